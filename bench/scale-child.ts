import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Entry } from "../src/content/entry.ts";
import { loadContent } from "../src/content/load.ts";
import { ENGINES, type Engine, plainFuse } from "./engines.ts";
import { mb, ms } from "./stats.ts";
import { generateKnowledgeBase, type SyntheticQuestion, writeKnowledgeBase } from "./synthetic.ts";
import { timeQuestions } from "./timing.ts";

/**
 * One knowledge-base size, in its own process (started with --expose-gc by bench/scale.ts), so that memory
 * figures of one size are not polluted by another. Prints one line of JSON on stdout.
 */

export interface ScaleEngineRow {
  engine: string;
  skipped?: string;
  buildMs?: number;
  /** Retained JS heap + external memory after building, after a full GC. */
  heapMb?: number;
  /** The same after the questions: lazily built parts and caches included. */
  heapAfterQueriesMb?: number;
  rssMb?: number;
  questions?: number;
  top1?: number;
  medianMs?: number;
  p99Ms?: number;
  firstMedianMs?: number;
  firstP99Ms?: number;
}

export interface ScaleSizeResult {
  size: number;
  words: number;
  generateMs: number;
  loadMs: number;
  questions: number;
  engines: ScaleEngineRow[];
}

export interface ScaleChildOptions {
  size: number;
  questions: number;
  repeats: number;
  /** Plain Fuse.js scans everything per question: above this size it is only run when asked for. */
  fuseMaxSize: number;
  /** Per engine, for the first pass and for the repeats. */
  budgetMs: number;
}

/** Questions on other entries, asked before the measured ones. */
const WARMUP = 20;

const gc = () => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect)
    throw new Error("run with node --expose-gc: memory figures need a full GC before reading them");
  collect();
  collect();
};
const heap = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

export async function runSize(opts: ScaleChildOptions): Promise<ScaleSizeResult> {
  let t = performance.now();
  const kb = generateKnowledgeBase(opts.size, opts.questions + WARMUP);
  const warmup = kb.questions.splice(opts.questions).map((q) => q.q);
  const generateMs = performance.now() - t;
  const dir = await mkdtemp(path.join(tmpdir(), `safir-bench-${opts.size}-`));
  let entries: Entry[];
  let loadMs: number;
  try {
    await writeKnowledgeBase(dir, kb.files);
    t = performance.now();
    entries = await loadContent(dir);
    loadMs = performance.now() - t;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const words = entries.reduce(
    (n, e) => n + [e.title, e.summary, ...e.keywords, ...e.points].join(" ").split(/\s+/).length,
    0,
  );
  kb.files.length = 0;

  const rows: ScaleEngineRow[] = [];
  for (const engine of ENGINES) {
    if (engine === plainFuse && opts.size > opts.fuseMaxSize) {
      rows.push({
        engine: engine.name,
        skipped: `not run above ${opts.fuseMaxSize} entries (seconds per question; --fuse-max ${opts.size} runs it)`,
      });
      continue;
    }
    rows.push(measureEngine(engine, entries, kb.questions, warmup, opts));
  }
  return {
    size: opts.size,
    words,
    generateMs: ms(generateMs),
    loadMs: ms(loadMs),
    questions: kb.questions.length,
    engines: rows,
  };
}

/**
 * In its own (synchronous) function so that nothing of one engine is still referenced from this frame when
 * the next one is measured: an async function's locals outlive their block.
 */
function measureEngine(
  engine: Engine,
  entries: readonly Entry[],
  questions: readonly SyntheticQuestion[],
  warmup: readonly string[],
  opts: ScaleChildOptions,
): ScaleEngineRow {
  gc();
  const heap0 = heap();
  const rss0 = process.memoryUsage().rss;
  const t = performance.now();
  const index = engine.build(entries);
  const buildMs = performance.now() - t;
  gc();
  const heapBuilt = heap() - heap0;
  const rss = process.memoryUsage().rss - rss0;
  // Other questions first, so the first-run times measure cold caches rather than the JIT compiling.
  const warmStart = performance.now();
  for (const q of warmup) {
    if (performance.now() - warmStart > opts.budgetMs / 4) break;
    index.search(q, 5);
  }
  const timed = timeQuestions(
    index,
    questions.map((q) => q.q),
    { repeats: opts.repeats, firstBudgetMs: opts.budgetMs, repeatBudgetMs: opts.budgetMs, limit: 5 },
  );
  let top1 = 0;
  timed.results.forEach((r, i) => {
    if (r.hits[0]?.entry.id === questions[i]!.expect) top1++;
  });
  timed.results.length = 0;
  gc();
  return {
    engine: engine.name,
    buildMs: ms(buildMs),
    heapMb: mb(heapBuilt),
    heapAfterQueriesMb: mb(heap() - heap0),
    rssMb: mb(rss),
    questions: timed.questions,
    top1,
    medianMs: ms(timed.medianMs),
    p99Ms: ms(timed.p99Ms),
    firstMedianMs: ms(timed.firstMedianMs),
    firstP99Ms: ms(timed.firstP99Ms),
  };
}

const isMain = process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isMain) {
  const opts = JSON.parse(process.argv[2] ?? "{}") as ScaleChildOptions;
  const result = await runSize(opts);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
