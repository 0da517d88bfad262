import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createRng } from "../../bench/prng.ts";
import { countWords, generateKnowledgeBase, typo, writeKnowledgeBase } from "../../bench/synthetic.ts";
import { AREA_IDS } from "../../src/content/areas.ts";
import type { Entry } from "../../src/content/entry.ts";
import { loadContent } from "../../src/content/load.ts";
import { validateContent } from "../../src/content/validate.ts";
import { analyze } from "../../src/search/analyze.ts";

const termsOf = (e: Entry) =>
  new Set(
    [e.title, e.summary, ...e.aliases, ...e.keywords, ...e.points, ...e.source.quotes].flatMap((t) =>
      analyze(t),
    ),
  );

describe("synthetic knowledge bases for the benchmarks", () => {
  it("are the same on every run for a seed, and differ for another seed", () => {
    const a = generateKnowledgeBase(60, 30);
    const b = generateKnowledgeBase(60, 30);
    expect(b).toEqual(a);
    const c = generateKnowledgeBase(60, 30, 99);
    expect(c.files.map((f) => f.text)).not.toEqual(a.files.map((f) => f.text));
  });

  it("pass the real content validator, with the six areas and 100-300 words per entry", () => {
    const { files } = generateKnowledgeBase(200, 0);
    const { entries, problems } = validateContent(files);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(200);
    expect(entries.filter((e) => e.kind === "area").map((e) => e.id)).toEqual([...AREA_IDS]);
    for (const e of entries) {
      const words = countWords(e);
      expect(words, e.id).toBeGreaterThanOrEqual(100);
      expect(words, e.id).toBeLessThanOrEqual(300);
    }
  });

  it("load through the real loader from a folder of markdown files", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "safir-synthetic-test-"));
    try {
      const { files } = generateKnowledgeBase(30, 0);
      await writeKnowledgeBase(dir, files);
      const entries = await loadContent(dir);
      expect(entries.map((e) => e.id).sort()).toEqual(files.map((f) => f.file.replace(/\.md$/, "")).sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("write questions from their expected entry's words, with at most one typo", () => {
    const { files, questions } = generateKnowledgeBase(100, 90);
    const byId = new Map(validateContent(files).entries.map((e) => [e.id, e]));
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(["words", "typo", "phrased"]));
    for (const q of questions) {
      const entry = byId.get(q.expect);
      expect(entry?.kind, q.q).toBe("topic");
      const terms = termsOf(entry!);
      const words = analyze(q.q);
      const missing = words.filter((w) => !terms.has(w));
      if (q.kind === "typo") expect(missing.length, q.q).toBeLessThanOrEqual(1);
      else if (q.kind === "words") expect(missing, q.q).toEqual([]);
      // Phrased questions add question words ("policy", "nation"), which the entry need not contain.
      expect(words.length - missing.length, q.q).toBeGreaterThanOrEqual(2);
    }
  });

  it("make typos that keep the first letter and change the word by one slip", () => {
    const rng = createRng(3);
    for (let i = 0; i < 500; i++) {
      const word = "comprehensively".slice(0, 5 + (i % 11));
      const slipped = typo(rng, word);
      expect(slipped[0]).toBe(word[0]);
      expect(Math.abs(slipped.length - word.length)).toBeLessThanOrEqual(1);
      if (slipped === word) {
        // Only a swap of two equal letters could leave the word unchanged; this word has none side by side.
        throw new Error(`typo left '${word}' unchanged`);
      }
    }
  });
});
