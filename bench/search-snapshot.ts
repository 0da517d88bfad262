import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sharedFile } from "../src/cli/shared-paths.ts";
import { loadContent } from "../src/content/load.ts";
import { validateContent } from "../src/content/validate.ts";
import { buildIndex, type SearchIndex } from "../src/search/index.ts";
import { createRng } from "./prng.ts";
import { generateKnowledgeBase, typo } from "./synthetic.ts";

/**
 * `node --import tsx bench/search-snapshot.ts [--full]`: every result (terms, hits, scores, answer) of
 * several thousand questions on the real content and on a synthetic base, as one hash per set. A change made
 * for speed must leave every hash as it was; `--full` prints the results themselves, to diff.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function questionFiles(): string[] {
  const files = [sharedFile("eval", "questions.jsonl")];
  for (const name of ["questions-holdout.jsonl", "questions-blind.jsonl"])
    files.push(path.join(ROOT, "bench", name));
  return files.filter((f): f is string => Boolean(f && existsSync(f)));
}

/** Each question as asked, with typos in every longer word, and cut short, as people type. */
function variants(questions: string[], seed: number): string[] {
  const rng = createRng(seed);
  const out: string[] = [];
  for (const q of questions) {
    out.push(q);
    out.push(q.replace(/\p{L}{5,}/gu, (w) => typo(rng, w)));
    out.push(q.replace(/\p{L}{7,}/gu, (w) => w.slice(0, rng.int(4, w.length - 1))));
  }
  return out;
}

function snapshot(index: SearchIndex, questions: string[]): string[] {
  return questions.map((q) => {
    const r = index.search(q, 25);
    return JSON.stringify({
      q,
      terms: r.terms,
      hits: r.hits.map((h) => `${h.entry.id}:${h.score}`),
      answer: r.answer ? `${r.answer.entry.id}:${r.answer.score}` : null,
    });
  });
}

const full = process.argv.includes("--full");
const report = (name: string, lines: string[]) => {
  if (full) for (const l of lines) process.stdout.write(`${name}\t${l}\n`);
  const hash = createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
  process.stdout.write(`${name}: ${lines.length} results, sha256 ${hash}\n`);
};

const real = await loadContent(path.join(ROOT, "content"));
const asked = questionFiles().flatMap((f) =>
  readFileSync(f, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q),
);
const extra = [
  "",
  "   ",
  "a",
  "ai",
  "tech",
  "xyzzy",
  "the of and",
  "العربية",
  "İstanbul ılık",
  "x".repeat(40),
];
report("real content", snapshot(buildIndex(real), variants([...asked, ...extra], 7)));

const kb = generateKnowledgeBase(1000, 600, 11);
const synthetic = validateContent(kb.files).entries;
report(
  "synthetic 1000",
  snapshot(
    buildIndex(synthetic),
    variants(
      kb.questions.map((q) => q.q),
      13,
    ),
  ),
);
