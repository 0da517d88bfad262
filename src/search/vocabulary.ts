import Fuse, { type FuseResult } from "fuse.js";

/**
 * Fuse.js as the fuzzy matcher over the vocabulary (the distinct terms of the knowledge base): for a question
 * word it finds the known terms the word could be a typo or a part of, exactly as `new Fuse(terms).search`
 * would, but without scanning every term.
 */

interface Bucket {
  terms: string[];
  /** Letter pair → indexes of the terms containing it. */
  pairs: Map<string, number[]>;
  /** Scratch for counting shared pairs; a word has at most 31 pairs, so a byte is enough. */
  counts: Uint8Array;
}

/** A term of a bucket (by index) and the edits that bring a question word to it. */
interface PoolTerm {
  t: number;
  d: number;
}

/**
 * Returns `search(word, limit)`: the same results, in the same order, as Fuse.js over the terms that share
 * the word's first letter, with the given threshold.
 */
export function createVocabularyMatcher(
  terms: Iterable<string>,
  threshold: number,
): (word: string, limit: number) => FuseResult<string>[] {
  // Fuse.js over the vocabulary, one bucket of terms per first letter: a typo rarely changes the first
  // letter, and this keeps each fuzzy look-up to a sliver of the vocabulary (narrowed further below).
  const buckets = new Map<string, Bucket>();
  for (const term of terms) {
    const key = term[0]!;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { terms: [], pairs: new Map(), counts: new Uint8Array(0) };
      buckets.set(key, bucket);
    }
    const t = bucket.terms.push(term) - 1;
    for (let i = 0; i + 1 < term.length; i++) {
      const pair = term.slice(i, i + 2);
      const list = bucket.pairs.get(pair);
      if (!list) bucket.pairs.set(pair, [t]);
      else if (list[list.length - 1] !== t) list.push(t);
    }
  }
  for (const bucket of buckets.values()) bucket.counts = new Uint8Array(bucket.terms.length);
  const fuseOptions = {
    includeScore: true,
    threshold: threshold,
    ignoreLocation: true,
    isCaseSensitive: true,
    minMatchCharLength: 2,
  };
  // Most errors Fuse.js allows for a word of each length: the largest e with e / length <= threshold, the
  // test Fuse.js itself applies (computed the same way, so rounding cannot make the filter below too strict).
  const maxErrors = (length: number) => {
    let e = 0;
    while ((e + 1) / length <= threshold) e++;
    return e;
  };
  /**
   * The bucket's terms Fuse.js can match `word` against, in bucket order. Fuse.js matches a term when some
   * part of it is within k edits of the word (its bitap search counts insertions, deletions and
   * substitutions). Letter pairs narrow the bucket first: each edit breaks at most two of the word's pairs,
   * so a match keeps at least (length - 1) - 2k of them (the q-gram lemma); then an exact check of the edit
   * distance to the closest part of the term. Leaving out terms that cannot match changes no result, only the
   * time: Fuse.js then ranks a handful of terms instead of thousands.
   */
  const fuzzyPool = (bucket: Bucket, word: string, k: number): PoolTerm[] => {
    const need = word.length - 1 - 2 * k;
    const pool: PoolTerm[] = [];
    const check = (t: number) => {
      const d = substringDistance(word, bucket.terms[t]!, k);
      if (d <= k) pool.push({ t, d });
    };
    if (need <= 0) {
      for (let t = 0; t < bucket.terms.length; t++) check(t);
      return pool;
    }
    const { counts, pairs } = bucket;
    const seen: number[] = [];
    for (let i = 0; i + 1 < word.length; i++) {
      for (const t of pairs.get(word.slice(i, i + 2)) ?? []) {
        const c = counts[t]!;
        counts[t] = c + 1;
        if (c === 0) seen.push(t);
      }
    }
    const kept: number[] = [];
    for (const t of seen) {
      if (counts[t]! >= need) kept.push(t);
      counts[t] = 0;
    }
    kept.sort((a, b) => a - b);
    for (const t of kept) check(t);
    return pool;
  };

  /**
   * `Fuse(bucket).search(word, { limit })`, with the same results in the same order, at a fraction of the
   * cost. Fuse.js scores a term by the edits its closest part needs (edits / length, at least 0.001) and
   * breaks ties by position. So Fuse.js only needs to rank the nearest terms: when the first `size` of them
   * (by edits, then position) give `limit` results, every other term would rank after those. Should a score
   * ever differ from the computed edits, the whole pool is ranked instead, as before.
   */
  const fuzzySearch = (bucket: Bucket, word: string, limit: number) => {
    const k = maxErrors(word.length);
    const pool = fuzzyPool(bucket, word, k);
    const rank = (terms: PoolTerm[]) =>
      new Fuse(
        terms.map((p) => bucket.terms[p.t]!),
        fuseOptions,
      ).search(word, { limit });
    if (pool.length <= limit) return pool.length ? rank(pool) : [];
    const nearest = [...pool].sort((a, b) => a.d - b.d || a.t - b.t);
    for (let size = limit; ; size *= 2) {
      const near = nearest.slice(0, size).sort((a, b) => a.t - b.t);
      const found = rank(near);
      const same = found.every(
        ({ refIndex, score }) => score === Math.max(0.001, near[refIndex]!.d / word.length),
      );
      if (!same) return rank(pool);
      if (found.length >= limit || size >= nearest.length) return found;
    }
  };
  return (word, limit) => {
    const bucket = word ? buckets.get(word[0]!) : undefined;
    return bucket ? fuzzySearch(bucket, word, limit) : [];
  };
}

/**
 * The fewest edits (insertions, deletions, substitutions) that turn `word` into some part of `text`, or
 * k + 1 when it takes more than k: the approximate substring match Fuse.js's bitap search looks for, so this
 * is the error count Fuse.js scores a term by. Myers' bit-parallel algorithm (words of at most 32 letters,
 * as Fuse.js's own limit): one step per letter of `text`.
 */
function substringDistance(word: string, text: string, k: number): number {
  const m = word.length;
  if (m <= k) return m;
  if (text.length < m - k) return k + 1;
  if (peqWord !== word) {
    peqWord = word;
    peq.clear();
    for (let i = 0; i < m; i++) {
      const c = word.charCodeAt(i);
      peq.set(c, (peq.get(c) ?? 0) | (1 << i));
    }
  }
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = k + 1;
  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // A match may start anywhere in the text: the top row stays 0, so nothing is shifted in.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) {
      best = score;
      if (best === 0) break;
    }
  }
  return best;
}
const peq = new Map<number, number>();
let peqWord = "";
