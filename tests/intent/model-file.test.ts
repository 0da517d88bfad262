import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { loadContentSnapshot, snapshotPath } from "../../src/content/snapshot.ts";
import { type IntentModelData, intentClassifier, trainIntentModel } from "../../src/intent/classifier.ts";
import { readIntentModel, writeIntentModel } from "../../src/intent/model-file.ts";
import { indexContent, intentModelPath } from "../../src/search/compiled-index.ts";
import { buildIndex, type SearchIndex } from "../../src/search/index.ts";
import { shippedContentIn, tempFolders } from "../support/temp-content.ts";

const temp = tempFolders("safir-intent-");
const shipped = await loadContent(path.join(import.meta.dirname, "../../content"));
const model = trainIntentModel(shipped)!;

// Questions that only the classifier answers, moves or withdraws (tests/search/intent.test.ts), and others.
const QUESTIONS = [
  "do they go after armed groups that are not countries",
  "do they get along with the countries next door",
  "is green technology stock a good investment right now",
  "what are they up against",
  "how does it counter terrorism?",
  "best turkish coffee recipe",
];
const answers = (index: SearchIndex) => QUESTIONS.map((q) => index.search(q).answer?.entry.id ?? null);

describe("the question classifier's model file", () => {
  it("reads back exactly what was written, and gives the same guesses", async () => {
    const file = path.join(await temp(), "m.intent");
    writeIntentModel(file, "k", model);
    const read = readIntentModel(file, "k")!;
    expect(read.areas).toEqual(model.areas);
    expect(read.examples).toBe(model.examples);
    expect(read.model.features).toEqual(model.model.features);
    expect([...read.model.logPrior]).toEqual([...model.model.logPrior]);
    const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(bytes(read.model.logLikelihood).equals(bytes(model.model.logLikelihood))).toBe(true);
    const [a, b] = [intentClassifier(model), intentClassifier(read)];
    for (const q of QUESTIONS) expect(b.guess(q)).toEqual(a.guess(q));
  });

  it("is not trusted under another key, when missing, cut short, changed or empty", async () => {
    const dir = await temp();
    const file = path.join(dir, "m.intent");
    expect(readIntentModel(file, "k")).toBeUndefined();
    writeIntentModel(file, "k", model);
    expect(readIntentModel(file, "other")).toBeUndefined();
    const bytes = await readFile(file);
    for (const bad of [
      bytes.subarray(0, bytes.length - 8),
      Buffer.concat([bytes, Buffer.alloc(8)]),
      Buffer.from(bytes).fill(1, bytes.length - 3000, bytes.length - 2990),
      Buffer.alloc(0),
      Buffer.from("SAFIRNB1garbage"),
    ]) {
      await writeFile(file, bad);
      expect(readIntentModel(file, "k")).toBeUndefined();
    }
  });

  it("a model whose arrays do not fit its areas makes no classifier", () => {
    const bad: IntentModelData = { ...model, areas: model.areas.slice(1) };
    expect(() => intentClassifier(bad)).toThrow(/does not fit/);
    const short = { ...model, model: { ...model.model, features: model.model.features.slice(1) } };
    expect(() => intentClassifier(short)).toThrow(/do not fit/);
  });

  it("is written beside the content snapshot when a question first needs it, then read, with the same answers", async () => {
    const { content, cache } = await shippedContentIn(await temp());
    const file = intentModelPath(snapshotPath(cache, content));
    const expected = answers(buildIndex(shipped));
    const first = indexContent(await loadContentSnapshot(content, { cacheDir: cache }));
    // A question the words are sure of does not need it.
    first.search("economic sanctions");
    await expect(stat(file)).rejects.toThrow();
    expect(answers(first)).toEqual(expected);
    const written = await stat(file);
    const second = indexContent(await loadContentSnapshot(content, { cacheDir: cache }));
    expect(answers(second)).toEqual(expected);
    expect((await stat(file)).mtimeMs).toBe(written.mtimeMs);
    // Damaged: trained again, same answers, and replaced.
    await writeFile(file, (await readFile(file)).subarray(0, 100));
    const third = indexContent(await loadContentSnapshot(content, { cacheDir: cache }));
    expect(answers(third)).toEqual(expected);
    expect((await stat(file)).size).toBe(written.size);
  });
});
