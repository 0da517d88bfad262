import { mkdir, readFile, readdir, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/entry.ts";
import { loadContent } from "../../src/content/load.ts";
import { KEPT_SNAPSHOTS, contentKey, loadContentSnapshot, snapshotPath } from "../../src/content/snapshot.ts";
import { shippedContentIn, tempFolders } from "../support/temp-content.ts";

const temp = tempFolders("safir-snapshot-");
const copyOfContent = async () => shippedContentIn(await temp());

describe("the compiled content snapshot", () => {
  it("gives the same entries as the loader, and writes a snapshot keyed by the content", async () => {
    const { content, cache } = await copyOfContent();
    const entries = await loadContentSnapshot(content, { cacheDir: cache });
    expect(entries).toEqual(await loadContent(content));
    const saved = JSON.parse(await readFile(snapshotPath(cache, content), "utf8"));
    expect(saved.key).toBe(await contentKey(content));
    expect(saved.entries).toEqual(entries);
  });

  it("is used while the content is unchanged", async () => {
    const { content, cache } = await copyOfContent();
    await loadContentSnapshot(content, { cacheDir: cache });
    // A marked snapshot under the same key: if it is read, the mark comes back.
    const file = snapshotPath(cache, content);
    const saved = JSON.parse(await readFile(file, "utf8"));
    saved.entries[0].title = "read from the snapshot";
    await writeFile(file, JSON.stringify(saved));
    const again = await loadContentSnapshot(content, { cacheDir: cache });
    expect(again[0]!.title).toBe("read from the snapshot");
  });

  it("is rebuilt when a file changes, is added or is removed", async () => {
    const { content, cache } = await copyOfContent();
    const first = await contentKey(content);
    const topic = (await loadContentSnapshot(content, { cacheDir: cache })).find((e) => e.kind === "topic")!;
    const file = path.join(content, topic.file);
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^title: .*$/m, "title: A title, edited"));
    const edited = await contentKey(content);
    expect(edited).not.toBe(first);
    const entries = await loadContentSnapshot(content, { cacheDir: cache });
    expect(entries.find((e) => e.id === topic.id)?.title).toBe("A title, edited");
    await writeFile(path.join(content, "notes.txt"), "an extra file");
    expect(await contentKey(content)).not.toBe(edited);
  });

  it("never hides a problem: bad content is reported in full and not snapshotted", async () => {
    const { content, cache } = await copyOfContent();
    const topic = (await loadContentSnapshot(content, { cacheDir: cache })).find((e) => e.kind === "topic")!;
    await writeFile(path.join(content, topic.file), "no front matter here\n");
    await expect(loadContentSnapshot(content, { cacheDir: cache })).rejects.toBeInstanceOf(ContentError);
    // The old snapshot is still the last good one, and it is not served for the broken content.
    await expect(loadContentSnapshot(content, { cacheDir: cache })).rejects.toBeInstanceOf(ContentError);
  });

  it("a corrupt or unwritable cache only costs time", async () => {
    const { content, cache } = await copyOfContent();
    await loadContentSnapshot(content, { cacheDir: cache });
    await writeFile(snapshotPath(cache, content), "{ not json");
    expect(await loadContentSnapshot(content, { cacheDir: cache })).toEqual(await loadContent(content));
    const blocked = path.join(await temp(), "a-file");
    await writeFile(blocked, "");
    expect(await loadContentSnapshot(content, { cacheDir: path.join(blocked, "cache") })).toEqual(
      await loadContent(content),
    );
  });

  it("keeps the most recent snapshots of other folders, and drops the oldest with their compiled files", async () => {
    const { content, cache } = await copyOfContent();
    await mkdir(cache, { recursive: true });
    // Snapshots left by earlier folders, the first the oldest.
    const others = Array.from({ length: KEPT_SNAPSHOTS + 3 }, (_, i) => `content-${i.toString(16).padStart(16, "0")}`);
    for (const [i, id] of others.entries()) {
      for (const ext of [".json", ".index", ".intent"]) {
        const file = path.join(cache, id + ext);
        await writeFile(file, "{}");
        await utimes(file, 1_000_000 + i, 1_000_000 + i);
      }
    }
    await writeFile(path.join(cache, "notes.txt"), "not a snapshot");
    await loadContentSnapshot(content, { cacheDir: cache });
    const left = await readdir(cache);
    const snapshots = left.filter((n) => n.endsWith(".json"));
    expect(snapshots).toHaveLength(KEPT_SNAPSHOTS);
    expect(left).toContain(path.basename(snapshotPath(cache, content)));
    const kept = others.slice(-(KEPT_SNAPSHOTS - 1));
    for (const id of kept)
      expect(left).toEqual(expect.arrayContaining([`${id}.json`, `${id}.index`, `${id}.intent`]));
    for (const id of others.slice(0, 4)) expect(left.filter((n) => n.startsWith(id))).toEqual([]);
    expect(left).toContain("notes.txt");
  });
});
