/**
 * How the inverted index is stored: terms numbered in the order they were first seen, and for each term the
 * entries it appears in with its weight there, all in a few flat typed arrays; the phrases (two adjacent
 * terms) likewise, keyed by their two term numbers. At 10,000 entries this is about two million postings:
 * as objects in string-keyed maps they took seconds of garbage collection and ~280 MB; flat, a few tens of
 * MB, built without garbage, and written to and read from a file as they are (src/search/compiled-index.ts).
 * Node-free: the Worker builds its index with it too.
 */

/** How repeated mentions of a term in one entry add up (the scoring's rules, given by src/search/index.ts). */
export interface MentionRules {
  /** What each further mention adds, times the smaller of its field weight and the best so far. */
  extraMention: number;
  /** The most a term can weigh in one entry. */
  maxWeight: number;
}

/** Everything a Postings holds, as plain arrays: what the compiled index file stores. */
export interface PostingsData {
  /** Term number → term, in the order the terms were first met. */
  terms: string[];
  /** Term t's postings are docs/weights[termStart[t] .. termStart[t + 1]), in entry order. */
  termStart: Uint32Array;
  docs: Uint32Array;
  weights: Float64Array;
  /** The phrases that begin with term a: their second terms are pairSecond[pairStart[a] .. pairStart[a + 1]), ascending. */
  pairStart: Uint32Array;
  pairSecond: Uint32Array;
  /** Phrase p (an index into pairSecond): its postings are phraseDocs/phraseWeights[phraseStart[p] .. phraseStart[p + 1]). */
  phraseStart: Uint32Array;
  phraseDocs: Uint32Array;
  phraseWeights: Float64Array;
}

/** The read side: what the scoring looks up. Term numbers are < 0 for terms the knowledge base lacks. */
export class Postings {
  readonly terms: readonly string[];
  readonly termStart: Uint32Array;
  readonly docs: Uint32Array;
  readonly weights: Float64Array;
  readonly phraseStart: Uint32Array;
  readonly phraseDocs: Uint32Array;
  readonly phraseWeights: Float64Array;
  readonly #pairStart: Uint32Array;
  readonly #pairSecond: Uint32Array;
  readonly #ids: Map<string, number>;

  constructor(data: PostingsData) {
    this.terms = data.terms;
    this.termStart = data.termStart;
    this.docs = data.docs;
    this.weights = data.weights;
    this.#pairStart = data.pairStart;
    this.#pairSecond = data.pairSecond;
    this.phraseStart = data.phraseStart;
    this.phraseDocs = data.phraseDocs;
    this.phraseWeights = data.phraseWeights;
    this.#ids = new Map();
    data.terms.forEach((term, id) => this.#ids.set(term, id));
  }

  /** The number of distinct terms. */
  get size(): number {
    return this.terms.length;
  }

  /** The term's number, or -1. */
  id(term: string): number {
    return this.#ids.get(term) ?? -1;
  }

  has(term: string): boolean {
    return this.#ids.has(term);
  }

  /** In how many entries the term appears (0 for an unknown term). */
  count(term: string): number {
    const t = this.id(term);
    return t < 0 ? 0 : this.termStart[t + 1]! - this.termStart[t]!;
  }

  /** Whether entry `doc` mentions the term: its postings are in entry order, so a binary search. */
  mentions(term: string, doc: number): boolean {
    const t = this.id(term);
    if (t < 0) return false;
    let lo = this.termStart[t]!;
    let hi = this.termStart[t + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = this.docs[mid]!;
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The phrase "a b" (two known terms), as an index into phraseStart, or -1 when no entry has it. */
  phrase(a: string, b: string): number {
    const first = this.id(a);
    const second = this.id(b);
    if (first < 0 || second < 0) return -1;
    let lo = this.#pairStart[first]!;
    let hi = this.#pairStart[first + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.#pairSecond[mid]!;
      if (s === second) return mid;
      if (s < second) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The arrays, for writing them out. */
  data(): PostingsData {
    return {
      terms: this.terms as string[],
      termStart: this.termStart,
      docs: this.docs,
      weights: this.weights,
      pairStart: this.#pairStart,
      pairSecond: this.#pairSecond,
      phraseStart: this.phraseStart,
      phraseDocs: this.phraseDocs,
      phraseWeights: this.phraseWeights,
    };
  }
}

/**
 * Collects every mention (term, entry, field weight), entries in order, into growing typed arrays; `finish`
 * groups them by term (a stable counting sort, so each term's entries stay in order) and folds the mentions
 * of a term in one entry into one weight, in the order they were added.
 */
export class PostingsBuilder {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #mentions = new Mentions();
  readonly #pairs = new Mentions();
  readonly #pairSecond = growingU32();

  constructor(private readonly rules: MentionRules) {}

  /** The analysed terms of one field value of entry `doc`; with `phrases`, each two adjacent terms too. */
  add(terms: readonly string[], doc: number, weight: number, phrases: boolean): void {
    let previous = -1;
    for (const term of terms) {
      let t = this.#ids.get(term);
      if (t === undefined) {
        t = this.#terms.push(term) - 1;
        this.#ids.set(term, t);
      }
      this.#mentions.push(t, doc, weight);
      if (phrases && previous >= 0) {
        this.#pairs.push(previous, doc, weight);
        this.#pairSecond.push(t);
      }
      previous = t;
    }
  }

  finish(): Postings {
    const termCount = this.#terms.length;
    const byTerm = this.#mentions;
    const terms = fold(byTerm.keys.view(), byTerm.docs.view(), byTerm.weights.view(), termCount, this.rules);

    // Phrases: sorted by second term, then (stably) by first, gives every phrase's mentions together, in
    // entry order, with the phrases of one first term in ascending order of the second.
    const pairs = this.#pairs;
    const second = this.#pairSecond.view();
    const bySecond = countingOrder(second, termCount);
    const firstInOrder = permute(pairs.keys.view(), bySecond);
    const byFirst = countingOrder(firstInOrder, termCount);
    const order = permuteIndexes(bySecond, byFirst);
    const firsts = permute(pairs.keys.view(), order);
    const seconds = permute(second, order);
    const docs = permute(pairs.docs.view(), order);
    const weights = permute(pairs.weights.view(), order);
    // Number the phrases: a new phrase wherever (first, second) changes.
    const phraseOf = new Uint32Array(order.length);
    const pairSecondOut = growingU32();
    const pairStart = new Uint32Array(termCount + 1);
    for (let i = 0; i < order.length; i++) {
      if (i === 0 || firsts[i] !== firsts[i - 1] || seconds[i] !== seconds[i - 1]) {
        pairSecondOut.push(seconds[i]!);
        pairStart[firsts[i]! + 1]!++;
      }
      phraseOf[i] = pairSecondOut.length - 1;
    }
    for (let t = 0; t < termCount; t++) pairStart[t + 1]! += pairStart[t]!;
    const phrases = fold(phraseOf, docs, weights, pairSecondOut.length, this.rules);

    return new Postings({
      terms: this.#terms.slice(),
      termStart: terms.start,
      docs: terms.docs,
      weights: terms.weights,
      pairStart,
      pairSecond: pairSecondOut.view().slice(),
      phraseStart: phrases.start,
      phraseDocs: phrases.docs,
      phraseWeights: phrases.weights,
    });
  }
}

/**
 * Mentions (key, doc, weight), docs in ascending order of addition → for each key, its entries and the
 * folded weight there. A term's weight in an entry is its best field's weight, plus a little for every
 * further mention (so an entry that is about a word in its name, aliases and text outranks one that names it
 * once): the same arithmetic, in the same order, as the postings objects this replaces, to the last bit.
 */
function fold(
  keys: Uint32Array,
  docs: Uint32Array,
  weights: Float64Array,
  keyCount: number,
  rules: MentionRules,
) {
  const order = countingOrder(keys, keyCount);
  const start = new Uint32Array(keyCount + 1);
  const outDocs = new Uint32Array(order.length);
  const outWeights = new Float64Array(order.length);
  let n = 0;
  let best = 0;
  let extra = 0;
  let lastKey = -1;
  let lastDoc = -1;
  for (let i = 0; i < order.length; i++) {
    const m = order[i]!;
    const key = keys[m]!;
    const doc = docs[m]!;
    const weight = weights[m]!;
    if (key === lastKey && doc === lastDoc) {
      extra += Math.min(best, weight);
      best = Math.max(best, weight);
      outWeights[n - 1] = Math.min(best + rules.extraMention * extra, rules.maxWeight);
      continue;
    }
    outDocs[n] = doc;
    outWeights[n] = weight;
    best = weight;
    extra = 0;
    n++;
    start[key + 1]!++;
    lastKey = key;
    lastDoc = doc;
  }
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  return { start, docs: outDocs.slice(0, n), weights: outWeights.slice(0, n) };
}

/** The indexes of `keys` (each < keyCount) in ascending order of key, equal keys in their original order. */
function countingOrder(keys: Uint32Array, keyCount: number): Uint32Array {
  const next = new Uint32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) next[keys[i]! + 1]!++;
  for (let k = 0; k < keyCount; k++) next[k + 1]! += next[k]!;
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) order[next[keys[i]!]!++] = i;
  return order;
}

/** `values` in the order of `order` (indexes into it). */
function permute<A extends Uint32Array | Float64Array>(values: A, order: Uint32Array): A {
  const out = new (values.constructor as new (length: number) => A)(order.length);
  for (let i = 0; i < order.length; i++) out[i] = values[order[i]!]!;
  return out;
}
/** The composition: the original indexes, in the order `inner` then `outer` sorted them. */
const permuteIndexes = (inner: Uint32Array, outer: Uint32Array) => permute(inner, outer);

/** Mentions as three parallel growing arrays. */
class Mentions {
  readonly keys = growingU32();
  readonly docs = growingU32();
  readonly weights = growingF64();
  push(key: number, doc: number, weight: number) {
    this.keys.push(key);
    this.docs.push(doc);
    this.weights.push(weight);
  }
}

/** A typed array that doubles as it fills. */
class Growing<A extends Uint32Array | Float64Array> {
  #data: A;
  length = 0;
  constructor(private readonly make: (length: number) => A) {
    this.#data = make(1024);
  }
  push(value: number) {
    if (this.length === this.#data.length) {
      const grown = this.make(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[this.length++] = value;
  }
  /** The values so far (a view, not a copy). */
  view(): A {
    return this.#data.subarray(0, this.length) as A;
  }
}

const growingU32 = () => new Growing((n) => new Uint32Array(n));
const growingF64 = () => new Growing((n) => new Float64Array(n));
