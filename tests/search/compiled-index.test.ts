import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/content/entry.ts";
import { loadContent } from "../../src/content/load.ts";
import { contentKey, loadContentSnapshot, snapshotPath } from "../../src/content/snapshot.ts";
import {
  compiledIndexKey,
  compiledIndexPath,
  indexContent,
  readCompiledPostings,
  writeCompiledPostings,
} from "../../src/search/compiled-index.ts";
import { buildIndex, indexPostings, type SearchIndex } from "../../src/search/index.ts";
import { Postings } from "../../src/search/postings.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";
import { shippedContentIn, tempFolders } from "../support/temp-content.ts";

const temp = tempFolders("safir-compiled-");
async function copyOfContent(): Promise<{ content: string; cache: string; file: string }> {
  const { content, cache } = await shippedContentIn(await temp());
  return { content, cache, file: compiledIndexPath(snapshotPath(cache, content)) };
}

// Questions that reach terms, phrases, typos and the name look-up: every result field must be the same.
const QUESTIONS = [
  "artificial intelligence",
  "artifical inteligence",
  "how does it counter terrorism?",
  "economic sanctons",
  "what alliances does it have",
  "defence cooperation with neighbours",
  "nuclear weapons",
  "what is this about",
  "how to brew turkish tea",
  "العربية",
];
const results = (index: SearchIndex) =>
  QUESTIONS.map((q) => {
    const r = index.search(q, 25);
    return {
      q,
      terms: r.terms,
      notInSource: r.notInSource,
      hits: r.hits.map((h) => [h.entry.id, h.score]),
      answer: r.answer?.entry.id,
    };
  });

describe("the compiled search index", () => {
  it("is written beside the snapshot at the first start and read at the next, with the same results as a fresh index", async () => {
    const { content, cache, file } = await copyOfContent();
    const expected = results(buildIndex(await loadContent(content)));
    const first = indexContent(await loadContentSnapshot(content, { cacheDir: cache }));
    expect(results(first)).toEqual(expected);
    const written = await stat(file);
    const second = indexContent(await loadContentSnapshot(content, { cacheDir: cache }));
    expect(results(second)).toEqual(expected);
    // Read, not rewritten.
    expect((await stat(file)).mtimeMs).toBe(written.mtimeMs);
  });

  it("is what the next start uses while the content is unchanged", async () => {
    const { content, cache, file } = await copyOfContent();
    const entries = await loadContentSnapshot(content, { cacheDir: cache });
    indexContent(entries);
    // Postings of other entries (each entry's text moved to the next one) under the current key: if the file
    // is read, the answers move with them.
    const shifted: Entry[] = entries.map((e, i) => ({ ...entries[(i + 1) % entries.length]!, id: e.id }));
    writeCompiledPostings(
      file,
      compiledIndexKey(await contentKey(content)),
      entries.length,
      indexPostings(shifted),
    );
    const again = indexContent(await loadContentSnapshot(content, { cacheDir: cache }));
    expect(results(again)).not.toEqual(results(buildIndex(entries)));
  });

  it("is rebuilt when the content changes", async () => {
    const { content, cache, file } = await copyOfContent();
    const entries = await loadContentSnapshot(content, { cacheDir: cache });
    indexContent(entries);
    const before = await readFile(file);
    const topic = entries.find((e) => e.kind === "topic")!;
    const source = path.join(content, topic.file);
    const text = await readFile(source, "utf8");
    await writeFile(source, text.replace(/^title: .*$/m, "title: Zanzibar xylophones"));
    const index = indexContent(await loadContentSnapshot(content, { cacheDir: cache }));
    expect(index.search("zanzibar xylophones").answer?.entry.id).toBe(topic.id);
    expect(await readFile(file)).not.toEqual(before);
    expect(results(index)).toEqual(results(buildIndex(await loadContent(content))));
  });

  it("is never trusted when damaged: any changed byte, a cut or an empty file, and it is rebuilt", async () => {
    const { content, cache, file } = await copyOfContent();
    const expected = results(buildIndex(await loadContent(content)));
    indexContent(await loadContentSnapshot(content, { cacheDir: cache }));
    const good = await readFile(file);
    const damaged = [
      Buffer.alloc(0),
      good.subarray(0, good.length >> 1),
      Buffer.from("not an index at all"),
      // One bit of the last weight flipped: the bounds still hold, the checksum does not.
      Buffer.from(good).fill(good[good.length - 2]! ^ 1, good.length - 2, good.length - 1),
    ];
    for (const bytes of damaged) {
      await writeFile(file, bytes);
      const index = indexContent(await loadContentSnapshot(content, { cacheDir: cache }));
      expect(results(index)).toEqual(expected);
      expect(await readFile(file)).toEqual(good);
    }
  });

  it("rejects a file that passes its checksum but would make the search read out of bounds", async () => {
    const file = path.join(await temp(), "bad.index");
    const postings = new Postings({
      terms: ["alpha"],
      termStart: Uint32Array.of(0, 1),
      docs: Uint32Array.of(7), // entry 7 of 2
      weights: Float64Array.of(1),
      pairStart: Uint32Array.of(0, 0),
      pairSecond: new Uint32Array(0),
      phraseStart: Uint32Array.of(0),
      phraseDocs: new Uint32Array(0),
      phraseWeights: new Float64Array(0),
    });
    writeCompiledPostings(file, "k", 2, postings);
    expect(readCompiledPostings(file, "k", 2)).toBeUndefined();
    // The same postings for eight entries are fine; under another key or entry count they are not current.
    writeCompiledPostings(file, "k", 8, postings);
    expect(readCompiledPostings(file, "k", 8)).toBeDefined();
    expect(readCompiledPostings(file, "other key", 8)).toBeUndefined();
    expect(readCompiledPostings(file, "k", 7)).toBeUndefined();
  });

  it("reads back exactly what was written", async () => {
    const entries = await loadContent(path.join(PROJECT_ROOT, "content"));
    const postings = indexPostings(entries);
    const file = path.join(await temp(), "x.index");
    writeCompiledPostings(file, "k", entries.length, postings);
    expect(readCompiledPostings(file, "k", entries.length)?.data()).toEqual(postings.data());
  });

  it("indexes entries that did not come from a snapshot, and an unwritable cache only costs time", async () => {
    const { content } = await copyOfContent();
    const entries = await loadContent(content);
    expect(results(indexContent(entries))).toEqual(results(buildIndex(entries)));
    const blocked = path.join(await temp(), "a-file");
    await writeFile(blocked, "");
    const cached = await loadContentSnapshot(content, { cacheDir: path.join(blocked, "cache") });
    expect(results(indexContent(cached))).toEqual(results(buildIndex(entries)));
  });
});
