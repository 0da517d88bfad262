/**
 * `npm run calibrate [-- --l2=1]`: the fifth round's experiment (docs/search.md, "Fifth round"). Fits a calibrated
 * answer decision on the question sets of the repository and prints its leave-one-set-out cross-validation (fit
 * on all sets but one, measure on that one, for every set) against the score threshold the search uses.
 *
 * The model is a logistic regression over a handful of what the search already measures about its top hit
 * (`AnswerSignals`, src/search/answer-signals.ts), with L2 regularisation on standardised features: few
 * features and a penalty, so it cannot learn particular questions. A question is a positive example when its
 * top hit's area is one the line accepts, a negative one otherwise (an off-topic question, or an in-scope one
 * whose top hit is in the wrong area); questions the sense check turns away, and questions that name an entry
 * exactly, are left out: those rules decide them whatever a model says. Two uses are measured:
 * - "replace": the model alone decides, in place of the threshold;
 * - "rescue": the threshold's answers stay, and the model (fitted on the questions under the threshold only)
 *   may answer a question under it.
 * The search ships no model: neither use raised in-scope top-1 without losing off-topic rejection (BENCHMARKS.md).
 * It writes nothing; it prints the tables and the model fitted on all sets.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { sharedFile } from "../src/cli/shared-paths.ts";
import { loadContent } from "../src/content/load.ts";
import { parseQuestions, type EvalQuestion } from "../src/eval/score.ts";
import { FEATURE_NAMES, featureVector } from "../src/search/answer-signals.ts";
import { buildIndex, type SearchIndex } from "../src/search/index.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The L2 penalty on the standardised coefficients (the intercept is not penalised). */
export const L2 = 1;

export interface QuestionSet {
  name: string;
  questions: EvalQuestion[];
}

/** The development set (../shared/eval, when present) and every bench/questions-*.jsonl, by file name. */
export function questionSets(): { sets: QuestionSet[]; missing: string[] } {
  const files: [string, string][] = [];
  const missing: string[] = [];
  const dev = sharedFile("eval", "questions.jsonl");
  if (dev) files.push(["development", dev]);
  else missing.push("../shared/eval/questions.jsonl (exists only in the project's CI)");
  const bench = path.join(ROOT, "bench");
  for (const f of readdirSync(bench)
    .filter((f) => /^questions-.*\.jsonl$/.test(f))
    .sort())
    files.push([f.replace(/^questions-|\.jsonl$/g, ""), path.join(bench, f)]);
  return {
    sets: files.map(([name, file]) => ({
      name,
      questions: parseQuestions(readFileSync(file, "utf8"), file),
    })),
    missing,
  };
}

export interface Example {
  set: string;
  inScope: boolean;
  /** The top hit's area is accepted by the line. */
  right: boolean;
  /** The sense check (or the personal-question rule) turns the top hit away whatever the model says. */
  gated: boolean;
  /** The question names an entry exactly: always answered. */
  named: boolean;
  x: number[];
  /** Whether the score threshold (the rule before the model) answers. */
  thresholdAnswers: boolean;
}

export function examples(index: SearchIndex, sets: readonly QuestionSet[]): Example[] {
  const out: Example[] = [];
  for (const set of sets) {
    for (const q of set.questions) {
      const r = index.search(q.q, 10, { signals: true });
      const s = r.signals;
      const top = r.hits[0];
      const right = top !== undefined && q.expect.includes(top.entry.area);
      out.push({
        set: set.name,
        inScope: q.expect.length > 0,
        right,
        gated: s === undefined || (!s.named && (s.otherSense || (s.personal && s.score < 0.5))),
        x: s ? featureVector(s) : [],
        named: s?.named ?? false,
        thresholdAnswers: r.answer !== null,
      });
    }
  }
  return out;
}

export interface Model {
  intercept: number;
  coefficients: number[];
}

/**
 * Logistic regression by Newton's method on standardised features, L2-penalised; the coefficients are turned
 * back to the raw scale so the search multiplies its own measurements. Deterministic: fixed iterations, no
 * randomness.
 */
export function fit(rows: readonly Example[], l2 = L2): Model {
  const data = rows.filter((r) => !r.gated && !r.named);
  const k = FEATURE_NAMES.length;
  const mean = new Array<number>(k).fill(0);
  const sd = new Array<number>(k).fill(0);
  for (const r of data) r.x.forEach((v, j) => (mean[j]! += v / data.length));
  for (const r of data) r.x.forEach((v, j) => (sd[j]! += (v - mean[j]!) ** 2 / data.length));
  for (let j = 0; j < k; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  const z = data.map((r) => [1, ...r.x.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  const y = data.map((r) => (r.right ? 1 : 0));
  const w = new Array<number>(k + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(k + 1).fill(0);
    const hess = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
    z.forEach((xi, i) => {
      const p = sigmoid(dot(w, xi));
      const d = p * (1 - p);
      for (let a = 0; a <= k; a++) {
        grad[a]! += (p - y[i]!) * xi[a]!;
        for (let b = 0; b <= k; b++) hess[a]![b]! += d * xi[a]! * xi[b]!;
      }
    });
    for (let a = 1; a <= k; a++) {
      grad[a]! += l2 * w[a]!;
      hess[a]![a]! += l2;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let a = 0; a <= k; a++) {
      w[a]! -= step[a]!;
      change = Math.max(change, Math.abs(step[a]!));
    }
    if (change < 1e-10) break;
  }
  const coefficients = w.slice(1).map((c, j) => c / sd[j]!);
  const intercept = w[0]! - coefficients.reduce((s, c, j) => s + c * mean[j]!, 0);
  return { intercept: round(intercept), coefficients: coefficients.map(round) };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

/** Gaussian elimination with partial pivoting: the Newton step. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let j = r + 1; j < n; j++) s -= m[r]![j]! * x[j]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

export type Use = "replace" | "rescue";

/** The model's probability that the top hit is in the right area. */
export const likelihood = (model: Model, x: readonly number[]) =>
  sigmoid(model.intercept + dot(model.coefficients, x));

/** Whether the question gets an answer when the model decides in the given use. */
export function answers(model: Model, r: Example, use: Use): boolean {
  if (r.named) return true;
  if (use === "rescue" && r.thresholdAnswers) return true;
  if (r.gated) return false;
  return likelihood(model, r.x) >= 0.5;
}

/** The model for a use, from the examples it may learn from. */
export function fitFor(rows: readonly Example[], use: Use, l2 = L2): Model {
  return fit(use === "rescue" ? rows.filter((r) => !r.thresholdAnswers) : rows, l2);
}

export interface SetScore {
  set: string;
  inScope: number;
  offTopic: number;
  before: { top1: number; rejected: number };
  after: { top1: number; rejected: number };
}

/** Per set, in-scope top-1 and off-topic rejection: the threshold, and the model fitted on the other sets. */
export function leaveOneSetOut(
  rows: readonly Example[],
  sets: readonly string[],
  use: Use,
  l2 = L2,
): SetScore[] {
  return sets.map((set) => {
    const model = fitFor(
      rows.filter((r) => r.set !== set),
      use,
      l2,
    );
    const own = rows.filter((r) => r.set === set);
    const score = (answered: (r: Example) => boolean) => ({
      top1: own.filter((r) => r.inScope && r.right && answered(r)).length,
      rejected: own.filter((r) => !r.inScope && !answered(r)).length,
    });
    return {
      set,
      inScope: own.filter((r) => r.inScope).length,
      offTopic: own.filter((r) => !r.inScope).length,
      before: score((r) => r.thresholdAnswers),
      after: score((r) => answers(model, r, use)),
    };
  });
}

const pctOf = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);

/** The leave-one-set-out table, in Markdown, with a line for all sets together. */
export function renderTable(table: readonly SetScore[]): string {
  const cell = (n: number, of: number) => `${n} (${pctOf(n, of)})`;
  const lines = [
    "| set | in scope | top-1, threshold | top-1, model | off topic | rejected, threshold | rejected, model |",
    "|---|---|---|---|---|---|---|",
  ];
  const all = {
    set: "all",
    inScope: 0,
    offTopic: 0,
    before: { top1: 0, rejected: 0 },
    after: { top1: 0, rejected: 0 },
  };
  for (const t of table) {
    lines.push(
      `| ${t.set} | ${t.inScope} | ${cell(t.before.top1, t.inScope)} | ${cell(t.after.top1, t.inScope)} | ${t.offTopic} | ${cell(t.before.rejected, t.offTopic)} | ${cell(t.after.rejected, t.offTopic)} |`,
    );
    all.inScope += t.inScope;
    all.offTopic += t.offTopic;
    all.before.top1 += t.before.top1;
    all.after.top1 += t.after.top1;
    all.before.rejected += t.before.rejected;
    all.after.rejected += t.after.rejected;
  }
  lines.push(
    `| **all** | ${all.inScope} | ${cell(all.before.top1, all.inScope)} | ${cell(all.after.top1, all.inScope)} | ${all.offTopic} | ${cell(all.before.rejected, all.offTopic)} | ${cell(all.after.rejected, all.offTopic)} |`,
  );
  return `${lines.join("\n")}\n`;
}

async function main(args: string[]): Promise<number> {
  const { sets, missing } = questionSets();
  for (const m of missing) process.stdout.write(`skipped: ${m}\n`);
  const l2Arg = args.find((a) => a.startsWith("--l2="));
  const l2 = l2Arg ? Number(l2Arg.slice(5)) : L2;
  if (!(l2 >= 0)) {
    process.stderr.write(`--l2 must be a number ≥ 0, got ${l2Arg}\n`);
    return 1;
  }
  const index = buildIndex(await loadContent(path.join(ROOT, "content")));
  const rows = examples(index, sets);
  const names = sets.map((s) => s.name);
  for (const use of ["replace", "rescue"] as const) {
    process.stdout.write(`\nLeave-one-set-out, model used to ${use} (L2 ${l2}):\n\n`);
    process.stdout.write(renderTable(leaveOneSetOut(rows, names, use, l2)));
    const model = fitFor(rows, use, l2);
    process.stdout.write(`\nfitted on all sets: intercept ${model.intercept}; `);
    process.stdout.write(`${FEATURE_NAMES.map((n, j) => `${n} ${model.coefficients[j]}`).join(", ")}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
