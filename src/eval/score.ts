import type { SearchIndex } from "../search/index.ts";

export interface EvalQuestion {
  q: string;
  /** Accepted area ids; empty means the question is off topic and must get no answer. */
  expect: string[];
  /** What kind of question it is (casual, typo, tr, …), for figures per kind. */
  kind?: string;
  /** The terms of the question the source does not cover, when the line says. */
  notInSource?: string[];
}

export interface EvalRow {
  q: string;
  expect: string[];
  answer: string | null;
  top3: string[];
  ok: boolean;
  kind?: string;
  /** What the search named as not in the source. */
  notInSource: string[];
  /** The expected terms, for lines that give them. */
  expectNotInSource?: string[];
}

/** Per kind: right answers (or right rejections, for off-topic questions) out of questions. */
export interface KindScore {
  ok: number;
  of: number;
}

/**
 * Named-as-missing terms against the expected ones, over the lines that give them. A named term and an
 * expected one agree when they share a word ("space" and "space programme"), so the wording of a phrase's
 * edges does not decide the figure.
 */
export interface NotInSourceScore {
  lines: number;
  named: number;
  namedRight: number;
  expected: number;
  expectedFound: number;
  /** Lines of a file that gives notInSource on some lines, without it on this one, that named something anyway. */
  quietLines: number;
  namedOnQuietLines: number;
}

export interface EvalReport {
  inScope: number;
  top1: number;
  top3: number;
  offTopic: number;
  rejected: number;
  rows: EvalRow[];
  byKind: Record<string, KindScore>;
  notInSource: NotInSourceScore;
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
    const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === "string");
    if (typeof v.q !== "string" || !strings(v.expect)) {
      throw new Error(`${file}:${i + 1}: expected {"q": string, "expect": [area ids]}`);
    }
    if (v.kind !== undefined && typeof v.kind !== "string") {
      throw new Error(`${file}:${i + 1}: "kind" must be a string`);
    }
    if (v.notInSource !== undefined && !strings(v.notInSource)) {
      throw new Error(`${file}:${i + 1}: "notInSource" must be a list of strings`);
    }
    out.push({
      q: v.q,
      expect: v.expect,
      ...(v.kind !== undefined ? { kind: v.kind } : {}),
      ...(v.notInSource !== undefined ? { notInSource: v.notInSource } : {}),
    });
  });
  return out;
}

/** Top-1 and top-3 by area for in-scope questions; rejection (no answer) for off-topic ones. */
export function evaluate(index: SearchIndex, questions: readonly EvalQuestion[]): EvalReport {
  const report: EvalReport = {
    inScope: 0,
    top1: 0,
    top3: 0,
    offTopic: 0,
    rejected: 0,
    rows: [],
    byKind: {},
    notInSource: {
      lines: 0,
      named: 0,
      namedRight: 0,
      expected: 0,
      expectedFound: 0,
      quietLines: 0,
      namedOnQuietLines: 0,
    },
  };
  for (const { q, expect, kind, notInSource: expectNotInSource } of questions) {
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
    if (kind !== undefined) {
      const k = (report.byKind[kind] ??= { ok: 0, of: 0 });
      k.of++;
      if (ok) k.ok++;
    }
    if (!expectNotInSource && expect.length > 0) {
      report.notInSource.quietLines++;
      if (result.notInSource.length > 0) report.notInSource.namedOnQuietLines++;
    }
    if (expectNotInSource) {
      const nis = report.notInSource;
      nis.lines++;
      nis.named += result.notInSource.length;
      nis.namedRight += result.notInSource.filter((t) =>
        expectNotInSource.some((e) => sameTerm(t, e)),
      ).length;
      nis.expected += expectNotInSource.length;
      nis.expectedFound += expectNotInSource.filter((e) =>
        result.notInSource.some((t) => sameTerm(t, e)),
      ).length;
    }
    report.rows.push({
      q,
      expect,
      answer,
      top3: areas,
      ok,
      notInSource: result.notInSource,
      ...(kind !== undefined ? { kind } : {}),
      ...(expectNotInSource ? { expectNotInSource } : {}),
    });
  }
  return report;
}

const wordsOf = (term: string) => term.toLowerCase().split(/\s+/).filter(Boolean);
/** Two terms agree when they share a word, whatever the case. */
export function sameTerm(a: string, b: string): boolean {
  const bw = wordsOf(b);
  return wordsOf(a).some((w) => bw.includes(w));
}

export const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
