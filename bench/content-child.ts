import { loadContentSnapshot } from "../src/content/snapshot.ts";
import { indexContent } from "../src/search/compiled-index.ts";

/**
 * One start over a content folder, in a fresh process (run with --expose-gc by bench/content.ts): load through
 * the snapshot, build the index, answer one question. Prints one line of JSON.
 */
const [dir, cacheDir] = process.argv.slice(2) as [string, string];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");
gc();
const before = process.memoryUsage();
let t = performance.now();
const entries = await loadContentSnapshot(dir, { cacheDir });
const loadMs = performance.now() - t;
t = performance.now();
const index = indexContent(entries);
const indexMs = performance.now() - t;
t = performance.now();
index.search("what is the policy on cooperation", 5);
const firstQuestionMs = performance.now() - t;
gc();
gc();
const after = process.memoryUsage();
const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    entries: entries.length,
    loadMs: Math.round(loadMs),
    indexMs: Math.round(indexMs),
    firstQuestionMs: Math.round(firstQuestionMs * 10) / 10,
    heapMb: mb(after.heapUsed + after.external - before.heapUsed - before.external),
    startRssMb: mb(before.rss),
    rssMb: mb(after.rss),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  })}\n`,
);
