import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sharedFile } from "../src/cli/shared-paths.ts";
import type { Entry } from "../src/content/entry.ts";
import { evaluate, parseQuestions } from "../src/eval/score.ts";
import { ENGINES } from "./engines.ts";
import { ms } from "./stats.ts";
import { timeQuestions } from "./timing.ts";

export interface QualityRow {
  engine: string;
  rejection: string;
  top1: number;
  top3: number;
  rejected: number;
  medianMs: number;
  p99Ms: number;
  /** Top-1 (or rejection, for off-topic) by question kind, when the file labels kinds. */
  byKind: Record<string, { ok: number; of: number }>;
}

export interface QualitySet {
  name: string;
  file: string;
  questions: number;
  inScope: number;
  offTopic: number;
  rows: QualityRow[];
}

export interface QualityReport {
  entries: number;
  sets: QualitySet[];
  skipped: string[];
}

const HOLDOUT = fileURLToPath(new URL("questions-holdout.jsonl", import.meta.url));
// Written later than the held-out set and measured, never used to change the search or the content.
const BLIND = fileURLToPath(new URL("questions-blind.jsonl", import.meta.url));

/** Quality and speed of the three searches on the real content, for each question set that is present. */
export function runQuality(entries: readonly Entry[], repeats: number): QualityReport {
  const report: QualityReport = { entries: entries.length, sets: [], skipped: [] };
  const dev = sharedFile("eval", "questions.jsonl");
  if (dev) report.sets.push(runSet("development", dev, entries, repeats));
  else
    report.skipped.push(
      "development set: ../shared/eval/questions.jsonl is not here (it exists only in the project's CI); skipped",
    );
  for (const [name, file] of [
    ["held-out", HOLDOUT],
    ["blind", BLIND],
  ] as const) {
    if (existsSync(file)) report.sets.push(runSet(name, file, entries, repeats));
    else report.skipped.push(`${name} set: bench/${path.basename(file)} is missing; skipped`);
  }
  return report;
}

function runSet(name: string, file: string, entries: readonly Entry[], repeats: number): QualitySet {
  const text = readFileSync(file, "utf8");
  const questions = parseQuestions(text, file);
  const kinds = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => {
      const kind = (JSON.parse(l) as { kind?: unknown }).kind;
      return typeof kind === "string" ? kind : undefined;
    });
  const rows: QualityRow[] = [];
  let inScope = 0;
  let offTopic = 0;
  for (const engine of ENGINES) {
    const index = engine.build(entries);
    const r = evaluate(index, questions);
    inScope = r.inScope;
    offTopic = r.offTopic;
    const byKind: QualityRow["byKind"] = {};
    r.rows.forEach((row, i) => {
      const kind = kinds[i] ?? (row.expect.length === 0 ? "off-topic" : "in-scope");
      const k = byKind[kind] ?? { ok: 0, of: 0 };
      byKind[kind] = k;
      k.of++;
      if (row.ok) k.ok++;
    });
    const timed = timeQuestions(
      index,
      questions.map((q) => q.q),
      { repeats, firstBudgetMs: 60_000, repeatBudgetMs: 20_000, limit: 10 },
    );
    rows.push({
      engine: engine.name,
      rejection: engine.rejection,
      top1: r.top1,
      top3: r.top3,
      rejected: r.rejected,
      medianMs: ms(timed.medianMs),
      p99Ms: ms(timed.p99Ms),
      byKind,
    });
  }
  return {
    name,
    file: path.relative(process.cwd(), file),
    questions: questions.length,
    inScope,
    offTopic,
    rows,
  };
}
