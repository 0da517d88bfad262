import { normalizeText, splitWords, stem } from "./normalize.ts";
import { STOP_WORDS } from "./stopwords.ts";

const STOPS: ReadonlySet<string> = new Set([...STOP_WORDS].map((w) => normalizeText(w)));

/** Text → the terms the index compares: normalised, stop words dropped, lightly stemmed. */
export function analyze(text: string): string[] {
  return analyzeWords(text).map((w) => w.term);
}

/** A content word of a question: as normalised, its term, and where it stands among all the words. */
export interface QuestionWord {
  /** The word normalised (lower case, no accents), before stemming. */
  word: string;
  term: string;
  /** Position among all the question's words, stop words included: adjacent words differ by 1. */
  at: number;
}

/** Like `analyze`, keeping each term's word and position, for telling the user which words were not found. */
export function analyzeWords(text: string): QuestionWord[] {
  return contentWords(splitWords(normalizeText(text)));
}

/** The content words of words already normalised and split: stop words dropped, the rest stemmed. */
export function contentWords(words: readonly string[]): QuestionWord[] {
  const out: QuestionWord[] = [];
  words.forEach((word, at) => {
    if (STOPS.has(word)) return;
    const term = stem(word);
    if (!STOPS.has(term)) out.push({ word, term, at });
  });
  return out;
}

/** Whether a normalised word is a stop word. */
export const isStopWord = (word: string): boolean => STOPS.has(word);
