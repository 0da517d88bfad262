import type { SearchIndex, SearchResult } from "../src/search/index.ts";
import { median, percentile } from "./stats.ts";

export interface TimingOptions {
  /** Extra runs of every question after the first, for timing only. */
  repeats: number;
  /** Stop taking new questions after this long: for searches that take a second per question. */
  firstBudgetMs: number;
  /** Stop repeating after this long, so a slow search cannot stretch the whole run. */
  repeatBudgetMs: number;
  limit?: number;
}

export interface Timed {
  /** Questions run (fewer than given when the first budget ran out). */
  questions: number;
  results: SearchResult[];
  /** Over every timed run, first runs included. */
  medianMs: number;
  p99Ms: number;
  /** Over each question's first run only: cold caches, as a new question from a user meets them. */
  firstMedianMs: number;
  firstP99Ms: number;
  samples: number;
}

const SLOW_MS = 50;

/** Runs every question once for its result, then the whole list again `repeats` times, timing each search. */
export function timeQuestions(index: SearchIndex, questions: readonly string[], opts: TimingOptions): Timed {
  const limit = opts.limit ?? 10;
  const results: SearchResult[] = [];
  const first: number[] = [];
  let started = performance.now();
  for (const q of questions) {
    if (performance.now() - started > opts.firstBudgetMs) break;
    const t = performance.now();
    results.push(index.search(q, limit));
    first.push(performance.now() - t);
  }
  const all = [...first];
  const asked = questions.slice(0, results.length);
  // A search that takes longer than this per question gains nothing from repeats but minutes of waiting.
  const repeats = median(first) > SLOW_MS ? 0 : opts.repeats;
  started = performance.now();
  for (let r = 0; r < repeats && performance.now() - started < opts.repeatBudgetMs; r++) {
    for (const q of asked) {
      const t = performance.now();
      index.search(q, limit);
      all.push(performance.now() - t);
    }
  }
  return {
    questions: results.length,
    results,
    medianMs: median(all),
    p99Ms: percentile(all, 99),
    firstMedianMs: median(first),
    firstP99Ms: percentile(first, 99),
    samples: all.length,
  };
}
