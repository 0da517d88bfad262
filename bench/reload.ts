import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { type App, createApp } from "../src/app.ts";
import { loadContent } from "../src/content/load.ts";
import type { ReloadOutcome } from "../src/reload/live-content.ts";
import { DEFAULT_DEBOUNCE_MS, watchContent } from "../src/reload/watch-content.ts";
import { buildIndex } from "../src/search/index.ts";
import { median, ms, percentile } from "./stats.ts";
import { generateKnowledgeBase, writeKnowledgeBase } from "./synthetic.ts";

/**
 * Content reload at the shipped size and at 10,000 entries: one entry's title is edited before each run,
 * so every reload really swaps. "reload" is LiveContent.reload (read + validate the whole folder, build the
 * index, fingerprint, swap); "loop blocked" is the longest the event loop stood still meanwhile (answers
 * wait that long); "save → served" goes through the real folder watcher and its debounce.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface ReloadRow {
  content: string;
  entries: number;
  runs: number;
  loadMs: number;
  indexMs: number;
  reloadMs: number;
  reloadP95Ms: number;
  loopBlockedMs: number;
  saveToServedMs: number;
  debounceMs: number;
}

export async function runReload(quick: boolean, progress: (s: string) => void): Promise<ReloadRow[]> {
  const rows: ReloadRow[] = [];
  const root = await mkdtemp(path.join(tmpdir(), "safir-bench-reload-"));
  try {
    progress("reload: the shipped content…");
    const shipped = path.join(root, "shipped");
    await cp(path.join(ROOT, "content"), shipped, { recursive: true });
    rows.push(await measure("shipped content/", shipped, quick ? 5 : 20));
    progress("reload: 10,000 synthetic entries (generating)…");
    const big = path.join(root, "synthetic-10000");
    await writeKnowledgeBase(big, generateKnowledgeBase(10_000, 0).files);
    rows.push(await measure("synthetic (bench/synthetic.ts)", big, quick ? 1 : 3));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return rows;
}

async function measure(label: string, dir: string, runs: number): Promise<ReloadRow> {
  const app = await createApp({ contentDir: dir });
  const target = app.index.entries.find((e) => e.kind === "topic") ?? app.index.entries[0]!;
  const file = path.join(dir, target.file);
  const original = await readFile(file, "utf8");
  let edits = 0;
  const edit = () =>
    writeFile(file, original.replace(/^title:.*$/m, `title: "${target.title} (edit ${++edits})"`));

  const loads: number[] = [];
  const indexes: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const entries = await loadContent(dir);
    loads.push(performance.now() - t);
    t = performance.now();
    buildIndex(entries);
    indexes.push(performance.now() - t);
  }

  const reloads: number[] = [];
  const blocked: number[] = [];
  for (let i = 0; i < runs; i++) {
    await edit();
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const t = performance.now();
    const outcome = await app.content.reload("request");
    reloads.push(performance.now() - t);
    // The last synchronous stretch (index build, swap) is only recorded once the loop gets to its timer.
    await new Promise((r) => setTimeout(r, 5));
    loop.disable();
    blocked.push(loop.max / 1e6);
    if (outcome.status !== "reloaded") throw new Error(`reload ${i} of ${label}: ${outcome.status}`);
  }

  const served = await saveToServed(app, edit, Math.min(runs, 5));
  if (served.length === 0) throw new Error("no save was timed");
  await writeFile(file, original);
  return {
    content: label,
    entries: app.index.entries.length,
    runs,
    loadMs: ms(median(loads)),
    indexMs: ms(median(indexes)),
    reloadMs: ms(median(reloads)),
    reloadP95Ms: ms(percentile(reloads, 95)),
    loopBlockedMs: ms(median(blocked)),
    saveToServedMs: ms(median(served)),
    debounceMs: DEFAULT_DEBOUNCE_MS,
  };
}

/** From a file's save to the reload that serves it, through the real watcher (debounce included). */
async function saveToServed(app: App, edit: () => Promise<void>, runs: number): Promise<number[]> {
  let waiting: ((o: ReloadOutcome) => void) | undefined;
  const watching = watchContent(app.content, {
    log: { debug() {}, info() {}, warn() {}, error() {} },
    watch: true,
    onReload: (outcome) => {
      if (outcome.status === "reloaded") waiting?.(outcome);
    },
  });
  const times: number[] = [];
  try {
    // The watcher is armed synchronously, but give the platform a moment before the first save.
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < runs; i++) {
      const done = new Promise<ReloadOutcome>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no reload within 60 s of a save")), 60_000);
        waiting = (o) => {
          clearTimeout(timer);
          resolve(o);
        };
      });
      const t = performance.now();
      await edit();
      await done;
      times.push(performance.now() - t);
    }
  } finally {
    watching.close();
  }
  return times;
}
