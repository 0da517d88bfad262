import type { SearchResult } from "../search/index.ts";
import { questionRef } from "./question-ref.ts";
import type { AnswerTrace } from "./types.ts";

/** How many of search's candidates are kept with a recorded question. */
export const TRACE_CANDIDATES = 5;

/** What search made of a question, in the shape the store records. */
export function traceOfSearch(command: string, question: string, result: SearchResult): AnswerTrace {
  return {
    command,
    question,
    questionRef: questionRef(question),
    entryId: result.answer?.entry.id ?? null,
    score: result.answer?.score ?? 0,
    candidates: result.hits.slice(0, TRACE_CANDIDATES).map((h) => ({ entry: h.entry.id, score: h.score })),
  };
}
