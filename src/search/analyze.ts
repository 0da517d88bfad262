import { normalizeText, splitWords, stem } from "./normalize.ts";
import { STOP_WORDS } from "./stopwords.ts";

const STOPS: ReadonlySet<string> = new Set([...STOP_WORDS].map((w) => normalizeText(w)));

/** Text → the terms the index compares: normalised, stop words dropped, lightly stemmed. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const word of splitWords(normalizeText(text))) {
    if (STOPS.has(word)) continue;
    const term = stem(word);
    if (!STOPS.has(term)) out.push(term);
  }
  return out;
}
