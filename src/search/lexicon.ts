import { analyze } from "./analyze.ts";
import { EVERYDAY_LEXICON } from "./everyday-lexicon.ts";
import { normalizeText, splitWords, stem } from "./normalize.ts";
import { baseForms } from "./wordnet.ts";

/**
 * The everyday-wording lexicon (everyday-lexicon.ts): words and phrases people use for what the source says
 * in its own words ("buddies" → "allies", "hang out with" → "cooperate"), in English, Turkish, Malay,
 * Indonesian and Arabic. Keys and targets go through the same normalisation and stemming as the vocabulary,
 * so a key matches however it is inflected ("buddies", "buddy") and a target meets the index's terms.
 */

/** One source term an everyday word or phrase stands for, with how close the meaning is (0..1). */
export interface LexiconLink {
  term: string;
  sim: number;
}

/** Longest phrase, in words, the lexicon holds (longer keys are not read). */
export const MAX_PHRASE_WORDS = 4;

let table: Map<string, LexiconLink[]> | undefined;
let phraseStarts: Set<string> | undefined;

/** A phrase's key: its words normalised and stemmed, joined by one space. */
export const lexiconKey = (words: readonly string[]): string => words.map(stem).join(" ");

/**
 * Parses the lexicon once: "everyday<TAB>source<TAB>weight<TAB>language" per line, # comments. A source
 * word of several words links to each of its terms.
 */
export function parseLexicon(text: string): Map<string, LexiconLink[]> {
  const out = new Map<string, LexiconLink[]>();
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [from, to, weight] = line.split("\t");
    const sim = Number(weight);
    if (!from || !to || !(sim > 0 && sim <= 1)) continue;
    const words = splitWords(normalizeText(from));
    if (words.length === 0 || words.length > MAX_PHRASE_WORDS) continue;
    const key = lexiconKey(words);
    const links = out.get(key) ?? [];
    for (const term of analyze(to)) {
      const at = links.findIndex((l) => l.term === term);
      if (at < 0) links.push({ term, sim });
      else links[at]!.sim = Math.max(links[at]!.sim, sim);
    }
    if (links.length > 0) out.set(key, links);
  }
  return out;
}

function lexicon(): Map<string, LexiconLink[]> {
  if (!table) {
    table = parseLexicon(EVERYDAY_LEXICON);
    phraseStarts = new Set([...table.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]!));
  }
  return table;
}

/** Reads the lexicon now (a few milliseconds) rather than in the first question. */
export function prepareLexicon(): void {
  lexicon();
}

/**
 * The source terms an everyday word stands for: the word as typed (stemmed), or, for an English word, its
 * dictionary form ("hanging" → "hang").
 */
export function lexiconLinks(word: string): readonly LexiconLink[] {
  const map = lexicon();
  const direct = map.get(word.includes(" ") ? word : stem(word));
  if (direct) return direct;
  if (!/^[a-z]+$/.test(word)) return [];
  for (const base of baseForms(word)) {
    const links = map.get(stem(base));
    if (links) return links;
  }
  return [];
}

/**
 * The lexicon phrase that starts at `all[at]` (the question's words, stop words included), longest first,
 * as its key and length in words; the first word may be inflected ("hanging out with" → "hang out with").
 */
export function lexiconPhraseAt(
  all: readonly string[],
  at: number,
): { key: string; length: number } | undefined {
  const map = lexicon();
  const first = all[at]!;
  const firsts = [stem(first)];
  if (/^[a-z]+$/.test(first)) for (const b of baseForms(first)) firsts.push(stem(b));
  if (!firsts.some((f) => phraseStarts!.has(f))) return undefined;
  for (let length = Math.min(MAX_PHRASE_WORDS, all.length - at); length >= 2; length--) {
    const rest = all.slice(at + 1, at + length).map(stem);
    for (const f of firsts) {
      const key = [f, ...rest].join(" ");
      if (map.has(key)) return { key, length };
    }
  }
  return undefined;
}
