import { ADJECTIVES, ENGLISH_WORDS, EVERYDAY_WORDS, NOT_NOUNS, WORDNET_RELATED } from "./wordnet-table.ts";

/**
 * English words and their close relations, from WordNet 3.1 (the generated table in wordnet-table.ts, made
 * by `npm run wordnet`). Parsed on first use, once per process: a few milliseconds, and only lines are
 * split, each word's relations only when a question asks for them.
 */

let relatedLines: Map<string, string> | undefined;
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

function phraseEnds(): Set<string> {
  if (!phraseSeconds) {
    phraseSeconds = new Set();
    for (const key of table().keys()) {
      const bar = key.indexOf("_");
      if (bar > 0) phraseSeconds.add(key.slice(bar + 1));
    }
  }
  return phraseSeconds;
}
let english: Set<string> | undefined;
let everyday: Set<string> | undefined;
let notNouns: Set<string> | undefined;
let adjectives: Set<string> | undefined;

/** Whether the word is used mostly as an adjective ("nuclear", "solar"). */
export function isAdjective(word: string): boolean {
  adjectives ??= new Set(ADJECTIVES.split(" "));
  const bases = baseForms(word);
  return bases.length > 0 && adjectives.has(bases[0]!);
}

/** Whether the word is used mostly as a noun (or is unknown to WordNet, as names often are). */
export function isNounLike(word: string): boolean {
  notNouns ??= new Set(NOT_NOUNS.split(" "));
  const bases = baseForms(word);
  return bases.length === 0 || !notNouns.has(bases[0]!);
}

function table(): Map<string, string> {
  if (!relatedLines) {
    relatedLines = new Map();
    for (const line of WORDNET_RELATED.split("\n")) {
      const space = line.indexOf(" ");
      if (space > 0) relatedLines.set(line.slice(0, space), line.slice(space + 1));
    }
  }
  return relatedLines;
}

function englishWords(): Set<string> {
  if (!english) {
    english = new Set(ENGLISH_WORDS.split(" "));
    for (const word of table().keys()) english.add(word);
    for (const word of everydayWords()) english.add(word);
  }
  return english;
}

function everydayWords(): Set<string> {
  everyday ??= new Set(EVERYDAY_WORDS.split(" "));
  return everyday;
}

/**
 * Whether the word's most used sense is a thing of everyday life (food, an animal, a plant, the body, a
 * substance, a man-made object): a question naming one that the knowledge base does not know is most
 * likely about that thing, not about foreign policy.
 */
export function isEverydayThing(word: string): boolean {
  const set = everydayWords();
  return baseForms(word).some((w) => set.has(w));
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
  const words = englishWords();
  const out: string[] = [];
  const itself = words.has(word);
  if (itself) out.push(word);
  for (const [ending, back] of DETACH) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    // A word that is one already is not read as a comparison or an adverb of another ("early" is not "ear").
    if (itself && DERIVING.has(ending)) continue;
    const stem = word.slice(0, -ending.length);
    for (const base of [stem + back, doubled(stem) ? stem.slice(0, -1) : ""]) {
      if (base && base !== word && words.has(base) && !out.includes(base)) out.push(base);
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
  const words = englishWords();
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < word.length && words.has(head + tail.slice(1))) return true;
    if (i + 1 < word.length && words.has(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const c of letters) {
      if (words.has(head + c + tail)) return true;
      if (i < word.length && c !== tail[0] && words.has(head + c + tail.slice(1))) return true;
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
  const lines = table();
  for (const base of [first, ...baseForms(first)]) {
    const key = `${base}_${second}`;
    if (lines.has(key)) return key;
  }
  return undefined;
}

/** Reads the tables now (about 25 ms) rather than in the first question that needs them. */
export function prepareWordNet(): void {
  englishWords();
  phraseEnds();
  notNouns ??= new Set(NOT_NOUNS.split(" "));
  adjectives ??= new Set(ADJECTIVES.split(" "));
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
    const line = table().get(base);
    if (!line) continue;
    for (const w of line.split(" ")) if (w !== word && !out.has(w)) out.set(w, false);
  }
  return [...out].map(([w, base]) => ({ word: w, base }));
}
