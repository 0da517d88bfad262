import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadContent } from "../src/content/load.ts";
import { runContent } from "./content.ts";
import { runE2e } from "./e2e.ts";
import { machineInfo } from "./machine.ts";
import { runQuality } from "./quality.ts";
import {
  type BenchResults,
  formatContent,
  formatE2e,
  formatQuality,
  formatReload,
  formatResults,
  formatScale,
  formatStartup,
} from "./report.ts";
import { runReload } from "./reload.ts";
import { runScale } from "./scale.ts";
import { runStartup } from "./startup.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PARTS = ["quality", "scale", "startup", "content", "e2e", "reload"] as const;
type Part = (typeof PARTS)[number];

const USAGE = `Usage: npm run bench -- [options]
  --only quality,scale,startup,content,e2e,reload   run only these parts (default: all)
  --quick                            smaller sizes and fewer repeats, for a check in about a minute
  --sizes 100,1000,10000             synthetic knowledge-base sizes for the scale part
  --fuse-max 1000                    largest size plain Fuse.js is run at (it takes seconds per question)
  --repeats 20                       timed repeats of every question after its first run
  --out bench/results/latest.json    where the JSON goes`;

/** `npm run bench`: every figure in BENCHMARKS.md, as a table on stdout and JSON in bench/results/. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      quick: { type: "boolean", default: false },
      sizes: { type: "string" },
      "fuse-max": { type: "string" },
      repeats: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const only = values.only ? values.only.split(",").map((s) => s.trim()) : [...PARTS];
  const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) {
    process.stderr.write(
      `Unknown part '${unknown.join(", ")}': choose from ${PARTS.join(", ")}.\n${USAGE}\n`,
    );
    return 2;
  }
  const run = (p: Part) => only.includes(p);
  const quick = values.quick ?? false;
  const sizes = (values.sizes ?? (quick ? "100,1000" : "100,1000,10000")).split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 6)) {
    process.stderr.write("--sizes takes whole numbers of at least 6 (the six area entries), like 100,1000\n");
    return 2;
  }
  const repeats = Number(values.repeats ?? (quick ? 5 : 20));
  const fuseMaxSize = Number(values["fuse-max"] ?? 1000);
  const out = path.resolve(values.out ?? path.join(ROOT, "bench/results/latest.json"));
  const progress = (s: string) => process.stderr.write(`${s}\n`);

  const started = performance.now();
  const results: BenchResults = {
    machine: machineInfo(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
  };
  process.stdout.write(`${formatResults(results)}`);

  if (run("quality")) {
    progress("quality: real content, development and held-out sets…");
    const entries = await loadContent(path.join(ROOT, "content"));
    results.quality = runQuality(entries, repeats);
    process.stdout.write(`\n${formatQuality(results.quality)}\n`);
  }
  if (run("scale")) {
    results.scale = await runScale(
      { sizes, questions: 200, repeats, fuseMaxSize, budgetMs: quick ? 5000 : 10_000 },
      progress,
    );
    process.stdout.write(`\n${formatScale(results.scale)}\n`);
  }
  if (run("startup")) {
    results.startup = await runStartup(quick ? 3 : 5, progress);
    process.stdout.write(`\n${formatStartup(results.startup)}\n`);
  }
  if (run("content")) {
    results.content = await runContent(quick ? 1000 : 10_000, progress);
    process.stdout.write(`\n${formatContent(results.content)}\n`);
  }
  if (run("e2e")) {
    results.e2e = await runE2e(quick, progress);
    process.stdout.write(`\n${formatE2e(results.e2e)}\n`);
  }
  if (run("reload")) {
    results.reload = await runReload(quick, progress);
    process.stdout.write(`\n${formatReload(results.reload)}\n`);
  }
  results.seconds = Math.round((performance.now() - started) / 1000);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nDone in ${results.seconds} s. JSON: ${path.relative(process.cwd(), out)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`The benchmark stopped: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
