import type { SearchIndex } from "../search/index.ts";

export interface EvalQuestion {
  q: string;
  /** Accepted area ids; empty means the question is off topic and must get no answer. */
  expect: string[];
}

export interface EvalRow {
  q: string;
  expect: string[];
  answer: string | null;
  top3: string[];
  ok: boolean;
}

export interface EvalReport {
  inScope: number;
  top1: number;
  top3: number;
  offTopic: number;
  rejected: number;
  rows: EvalRow[];
}

/** Parses a JSONL question file; a bad line is an error naming its line. */
export function parseQuestions(text: string, file = "questions"): EvalQuestion[] {
  const out: EvalQuestion[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
    const v = value as Partial<EvalQuestion>;
    if (
      typeof v.q !== "string" ||
      !Array.isArray(v.expect) ||
      !v.expect.every((x) => typeof x === "string")
    ) {
      throw new Error(`${file}:${i + 1}: expected {"q": string, "expect": [area ids]}`);
    }
    out.push({ q: v.q, expect: v.expect });
  });
  return out;
}

/** Top-1 and top-3 by area for in-scope questions; rejection (no answer) for off-topic ones. */
export function evaluate(index: SearchIndex, questions: readonly EvalQuestion[]): EvalReport {
  const report: EvalReport = { inScope: 0, top1: 0, top3: 0, offTopic: 0, rejected: 0, rows: [] };
  for (const { q, expect } of questions) {
    const result = index.search(q, 10);
    const answer = result.answer?.entry.area ?? null;
    // Top-3: the accepted area is among the areas of the three best entries, whether or not the first is
    // confident enough to be the answer (that is what top-1 measures).
    const areas = [...new Set(result.hits.slice(0, 3).map((h) => h.entry.area))];
    let ok: boolean;
    if (expect.length === 0) {
      report.offTopic++;
      ok = answer === null;
      if (ok) report.rejected++;
    } else {
      report.inScope++;
      ok = answer !== null && expect.includes(answer);
      if (ok) report.top1++;
      if (areas.some((a) => expect.includes(a))) report.top3++;
    }
    report.rows.push({ q, expect, answer, top3: areas, ok });
  }
  return report;
}

export const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
