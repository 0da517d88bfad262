import { ADJECTIVES, ENGLISH_WORDS, EVERYDAY_WORDS, NOT_NOUNS, WORDNET_RELATED } from "./wordnet-table.ts";

/**
 * English words and their close relations, from WordNet 3.1 (the generated table in wordnet-table.ts, made
 * by `npm run wordnet`). Every list in the table is sorted (code-unit order, as the generator writes it), so
 * a word is looked up by binary search in the text itself: nothing is split into sets or maps at start-up,
 * which took a one-shot `ask` about 25 ms and most of its garbage collection.
 */

let phraseSeconds: Set<string> | undefined;

// Questions repeat their words: what WordNet says about a word is worked out once (bounded, as in expand).
const baseFormsCache = new Map<string, string[]>();
const nearCache = new Map<string, boolean>();
const relatedCache = new Map<string, { word: string; base: boolean }[]>();
function remember<T>(cache: Map<string, T>, word: string, compute: (word: string) => T): T {
  let value = cache.get(word);
  if (value === undefined) {
    if (cache.size > 10_000) cache.clear();
    value = compute(word);
    cache.set(word, value);
  }
  return value;
}

/**
 * Where the item `word` starts in `list` (items separated by `sep`, sorted, each item running to the next
 * `sep` or, when `keyEnd` is given, to the first `keyEnd` before it), or -1.
 */
function find(list: string, sep: string, word: string, keyEnd?: string): number {
  // lo and hi are always where an item starts (or the end of the list).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : list.lastIndexOf(sep, mid - 1) + 1;
    let end = list.indexOf(sep, start);
    if (end < 0) end = list.length;
    let keyStop = end;
    if (keyEnd !== undefined) {
      const k = list.indexOf(keyEnd, start);
      if (k >= 0 && k < end) keyStop = k;
    }
    const c = compare(list, start, keyStop, word);
    if (c === 0) return start;
    if (c < 0) lo = end + 1;
    else hi = start;
  }
  return -1;
}

/** The item list[start, end) against word, in code-unit order, as Array.prototype.sort orders strings. */
function compare(list: string, start: number, end: number, word: string): number {
  const n = Math.min(end - start, word.length);
  for (let i = 0; i < n; i++) {
    const d = list.charCodeAt(start + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - word.length;
}

const inList = (list: string, word: string): boolean => word !== "" && find(list, " ", word) >= 0;

/** The words WordNet relates to this dictionary form, as one space-separated line, or undefined. */
function relatedLine(word: string): string | undefined {
  if (word === "") return undefined;
  const start = find(WORDNET_RELATED, "\n", word, " ");
  if (start < 0) return undefined;
  const end = WORDNET_RELATED.indexOf("\n", start);
  return WORDNET_RELATED.slice(start + word.length + 1, end < 0 ? undefined : end);
}

const tableWordCache = new Map<string, boolean>();
const isTableWord = (word: string): boolean =>
  remember(tableWordCache, word, (w) => w !== "" && find(WORDNET_RELATED, "\n", w, " ") >= 0);

function phraseEnds(): Set<string> {
  if (!phraseSeconds) {
    phraseSeconds = new Set();
    const lines = WORDNET_RELATED;
    for (let at = lines.indexOf("_"); at >= 0; at = lines.indexOf("_", at + 1)) {
      const start = lines.lastIndexOf("\n", at) + 1;
      const space = lines.indexOf(" ", start);
      // Only an underscore in the line's own word (its key) makes a phrase; then on to the next line.
      if (space > at) phraseSeconds.add(lines.slice(at + 1, space));
      const next = lines.indexOf("\n", at);
      if (next < 0) break;
      at = next;
    }
  }
  return phraseSeconds;
}

/** Whether the word is used mostly as an adjective ("nuclear", "solar"). */
export function isAdjective(word: string): boolean {
  const bases = baseForms(word);
  return bases.length > 0 && inList(ADJECTIVES, bases[0]!);
}

/** Whether the word is used mostly as a noun (or is unknown to WordNet, as names often are). */
export function isNounLike(word: string): boolean {
  const bases = baseForms(word);
  return bases.length === 0 || !inList(NOT_NOUNS, bases[0]!);
}

/** Whether WordNet knows the word: in its list of words, a word of the table, or an everyday thing. */
const lookUpWord = (word: string): boolean =>
  inList(ENGLISH_WORDS, word) || isTableWord(word) || inList(EVERYDAY_WORDS, word);
const knownCache = new Map<string, boolean>();
// The typo check tries some fifty letter changes per letter, nearly all of them no word: not remembered.
const isWordUncached = (word: string): boolean =>
  inList(ENGLISH_WORDS, word) ||
  (word !== "" && find(WORDNET_RELATED, "\n", word, " ") >= 0) ||
  inList(EVERYDAY_WORDS, word);
const isKnownWord = (word: string): boolean => remember(knownCache, word, lookUpWord);

/**
 * Whether the word's most used sense is a thing of everyday life (food, an animal, a plant, the body, a
 * substance, a man-made object): a question naming one that the knowledge base does not know is most
 * likely about that thing, not about foreign policy.
 */
export function isEverydayThing(word: string): boolean {
  return baseForms(word).some((w) => inList(EVERYDAY_WORDS, w));
}

// WordNet's own way back from an inflected word to its dictionary form ("morphy"), without its exception
// lists: endings to take off and what to put back, tried in order.
const DETACH: readonly [string, string][] = [
  ["ies", "y"],
  ["ves", "f"],
  ["ses", "s"],
  ["xes", "x"],
  ["zes", "z"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["men", "man"],
  ["es", "e"],
  ["es", ""],
  ["s", ""],
  ["ied", "y"],
  ["ed", "e"],
  ["ed", ""],
  ["ing", "e"],
  ["ing", ""],
  ["er", ""],
  ["est", ""],
  ["er", "e"],
  ["est", "e"],
  ["ly", ""],
];

const DERIVING = new Set(["er", "est", "ly"]);

/** The dictionary forms a word could be an inflection of, itself first when it is one ("allied" → "ally"). */
export function baseForms(word: string): string[] {
  return remember(baseFormsCache, word, computeBaseForms);
}

function computeBaseForms(word: string): string[] {
  const out: string[] = [];
  const itself = isKnownWord(word);
  if (itself) out.push(word);
  for (const [ending, back] of DETACH) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    // A word that is one already is not read as a comparison or an adverb of another ("early" is not "ear").
    if (itself && DERIVING.has(ending)) continue;
    const stem = word.slice(0, -ending.length);
    for (const base of [stem + back, doubled(stem) ? stem.slice(0, -1) : ""]) {
      if (base && base !== word && !out.includes(base) && isKnownWord(base)) out.push(base);
    }
  }
  return out;
}

// "planning" → "plann" → "plan".
const doubled = (s: string) =>
  s.length > 3 && s[s.length - 1] === s[s.length - 2] && !/[aeiou]/.test(s.at(-1)!);

/**
 * Whether the word is one edit (a letter left out, added, changed or two swapped) from an English word:
 * a typo of one ("possble"), not a word of its own.
 */
export function isNearEnglishWord(word: string): boolean {
  return remember(nearCache, word, computeNearEnglishWord);
}

function computeNearEnglishWord(word: string): boolean {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < word.length && isWordUncached(head + tail.slice(1))) return true;
    if (i + 1 < word.length && isWordUncached(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const c of letters) {
      if (isWordUncached(head + c + tail)) return true;
      if (i < word.length && c !== tail[0] && isWordUncached(head + c + tail.slice(1))) return true;
    }
  }
  return false;
}

/** Whether some two-word verb or phrase WordNet knows ends in this word ("up", "forces"). */
export const isPhraseEnd = (word: string): boolean => phraseEnds().has(word);

/**
 * The two-word verb or phrase WordNet knows that two adjacent words of a question make ("teamed up" →
 * "team_up", "join forces" → "join_forces"), or undefined.
 */
export function phraseOf(first: string, second: string): string | undefined {
  // Most word pairs end in a word no phrase ends in: one set look-up, no strings built.
  if (!phraseEnds().has(second)) return undefined;
  for (const base of [first, ...baseForms(first)]) {
    const key = `${base}_${second}`;
    if (isTableWord(key)) return key;
  }
  return undefined;
}

/** Finds the phrases' last words now (about a millisecond) rather than in the first question. */
export function prepareWordNet(): void {
  phraseEnds();
}

/** Whether WordNet knows the word (or its dictionary form) as an English word or a place or group name. */
export function isEnglishWord(word: string): boolean {
  return baseForms(word).length > 0;
}

/**
 * The words WordNet relates to a question word: its dictionary forms, the other words of its common senses
 * and the words derived from the same root. Not the word itself.
 */
export function relatedWords(word: string): { word: string; base: boolean }[] {
  return remember(relatedCache, word, computeRelatedWords);
}

function computeRelatedWords(word: string): { word: string; base: boolean }[] {
  const out = new Map<string, boolean>();
  for (const base of baseForms(word)) {
    if (base !== word) out.set(base, true);
    const line = relatedLine(base);
    if (!line) continue;
    for (const w of line.split(" ")) if (w !== word && !out.has(w)) out.set(w, false);
  }
  return [...out].map(([w, base]) => ({ word: w, base }));
}
