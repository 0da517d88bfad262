import { contentWords } from "../search/analyze.ts";
import { normalizeText, splitWords } from "../search/normalize.ts";

/** Longest text read, in characters: a question, not a document. */
const MAX_CHARS = 2000;

/**
 * What the question classifier reads of a text: every word as typed (normalised, stop words kept: "first",
 * "before", "together" say what is asked), every pair of adjacent words ("team up", "act first", "go after"),
 * and the stemmed content words the search uses, so "alliances" and "alliance" meet. Counts, not weights.
 */
export function intentFeatures(text: string): Map<string, number> {
  const cut = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const words = splitWords(normalizeText(cut));
  const out = new Map<string, number>();
  const add = (key: string) => out.set(key, (out.get(key) ?? 0) + 1);
  for (const w of words) add(`u:${w}`);
  for (let i = 1; i < words.length; i++) add(`b:${words[i - 1]} ${words[i]}`);
  for (const { term } of contentWords(words)) add(`t:${term}`);
  return out;
}
