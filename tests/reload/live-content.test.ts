import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { loadContent } from "../../src/content/load.ts";
import { LiveContent } from "../../src/reload/live-content.ts";
import { diffSnapshots, fingerprint } from "../../src/reload/snapshot.ts";
import { type ContentCopy, copyContent } from "../support/content-copy.ts";
import { recordingLogger } from "../support/fake-logger.ts";

/** The reload core on a real copy of the content: what is swapped in, what is kept, what is logged. */
let copy: ContentCopy;
let app: App;
let log: ReturnType<typeof recordingLogger>;

beforeEach(async () => {
  copy = await copyContent();
  log = recordingLogger();
  app = await createApp({ contentDir: copy.dir, log });
});
afterEach(() => copy.cleanup());

const ask = (question: string) =>
  JSON.stringify(
    app.dispatcher.invoke({
      kind: "command",
      request: { id: "t", name: "ask", options: { question }, user: { id: "1" } },
    }).response,
  );
const topicReply = (name: string) =>
  JSON.stringify(
    app.dispatcher.invoke({
      kind: "command",
      request: { id: "t", name: "topic", options: { name }, user: { id: "1" } },
    }).response,
  );

describe("LiveContent.reload", () => {
  it("a good edit: swaps in the new index, says which entry changed, and the cached reply is gone", async () => {
    const { topic } = copy;
    const question = topic.id.replace(/-/g, " ");
    const before = ask(question);
    expect(before).toContain(JSON.stringify(topic.title).slice(1, -1));
    expect(ask(question)).toBe(before); // now in the reply cache
    const oldIndex = app.index;
    const oldHash = app.content.current.hash;

    const title = await copy.retitle(topic, "Edited while running");
    const outcome = await app.content.reload("request");

    expect(outcome).toMatchObject({
      status: "reloaded",
      previousHash: oldHash,
      diff: { changed: [topic.id] },
    });
    expect(app.content.current.hash).not.toBe(oldHash);
    expect(app.index).not.toBe(oldIndex);
    expect(app.index.get(topic.id)?.title).toBe(title);
    expect(oldIndex.get(topic.id)?.title).toBe(topic.title); // the old snapshot is untouched
    expect(ask(question)).toContain(title);
    expect(app.services.about.entries).toBe(app.index.entries.length);
    const line = log.entries.find((e) => e.msg?.startsWith("content reloaded"));
    expect(line?.level).toBe("info");
    expect(line?.msg).toContain(`1 changed (${topic.id})`);
    expect(line?.obj).toMatchObject({ changed: [topic.id], added: [], removed: [], reason: "request" });
  });

  it("a broken edit: keeps the last good content and logs every problem as file:line", async () => {
    const { topic } = copy;
    const good = app.content.current;
    const line = await copy.breakKind(topic);
    // A second broken file, so "every problem" means more than one.
    const other = app.index.entries.find((e) => e.kind === "topic" && e.id !== topic.id)!;
    const otherLine = await copy.breakKind(other);

    const outcome = await app.content.reload("watch");

    expect(outcome.status).toBe("rejected");
    expect(app.content.current).toBe(good);
    expect(topicReply(topic.id)).toContain(JSON.stringify(topic.title).slice(1, -1));
    const shown = path.relative(process.cwd(), copy.dir);
    const problems = log.entries.filter((e) => e.msg?.startsWith("content problem:"));
    // Both files by their kind line, and whatever follows from them (links to entries that no longer load).
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(new Set(problems.map((p) => p.level))).toEqual(new Set(["error"]));
    expect(problems.map((p) => p.msg).join("\n")).toContain(`${path.join(shown, topic.file)}:${line}: `);
    expect(problems.map((p) => p.msg).join("\n")).toContain(`${path.join(shown, other.file)}:${otherLine}: `);
    const summary = log.entries.find((e) => e.msg?.startsWith("content reload rejected"));
    expect(summary).toMatchObject({ level: "warn", obj: { problems: problems.length, hash: good.hash } });
    expect(summary?.msg).toContain("still serving the last good content");

    // Fixed again: served again.
    await copy.restore(topic);
    await copy.restore(other);
    expect((await app.content.reload("watch")).status).toBe("unchanged");
  });

  it("a new file is added, and deleting it removes it", async () => {
    const id = await copy.addProbe("reload-probe", "Reload probe");
    const added = await app.content.reload("watch");
    expect(added).toMatchObject({ status: "reloaded", diff: { added: [id], removed: [], changed: [] } });
    expect(topicReply(id)).toContain("Reload probe");

    await copy.remove(`${id}.md`);
    const removed = await app.content.reload("watch");
    expect(removed).toMatchObject({ status: "reloaded", diff: { added: [], removed: [id], changed: [] } });
    expect(app.index.get(id)).toBeUndefined();
    expect(topicReply(id)).not.toContain("Reload probe");
  });

  it("a renamed file: rejected while its id and name differ, then the old id removed and the new added", async () => {
    await copy.addProbe("reload-probe", "Reload probe");
    await app.content.reload("watch");
    const good = app.content.current;
    await copy.rename("reload-probe.md", "renamed-probe.md");
    const outcome = await app.content.reload("watch");
    expect(outcome.status).toBe("rejected");
    expect(outcome.status === "rejected" && outcome.problems.join("\n")).toMatch(
      /renamed-probe\.md:\d+: .*reload-probe/,
    );
    expect(app.content.current).toBe(good);

    const file = copy.path("renamed-probe.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("id: reload-probe", "id: renamed-probe"));
    const fixed = await app.content.reload("watch");
    expect(fixed).toMatchObject({
      status: "reloaded",
      diff: { added: ["renamed-probe"], removed: ["reload-probe"], changed: [] },
    });
  });

  it("the folder replaced by a new one (a deploy): the new content is served", async () => {
    const { topic } = copy;
    await copy.replaceFolder(async (staged) => {
      const file = path.join(staged, topic.file);
      await writeFile(file, (await readFile(file, "utf8")).replace(/^title:.*$/m, 'title: "Deployed title"'));
    });
    const outcome = await app.content.reload("watch");
    expect(outcome).toMatchObject({ status: "reloaded", diff: { changed: [topic.id] } });
    expect(app.index.get(topic.id)?.title).toBe("Deployed title");
  });

  it("a deleted entry that others link to is a broken edit, named at the linking line", async () => {
    const linked = app.index.entries.find((e) =>
      app.index.entries.some((o) => o.id !== e.id && o.related.includes(e.id)),
    );
    if (!linked) return; // content without links has nothing to test here
    const good = app.content.current;
    await copy.remove(linked.file);
    const outcome = await app.content.reload("watch");
    expect(outcome.status).toBe("rejected");
    expect(outcome.status === "rejected" && outcome.problems.join("\n")).toMatch(
      new RegExp(`\\.md:\\d+: 'related' names '${linked.id}'`),
    );
    expect(app.content.current).toBe(good);
  });

  it("the folder gone: rejected with one clear problem, still serving", async () => {
    const good = app.content.current;
    await copy.cleanup();
    const outcome = await app.content.reload("SIGHUP");
    expect(outcome.status).toBe("rejected");
    expect(outcome.status === "rejected" && outcome.problems[0]).toMatch(/content folder does not exist/);
    expect(app.content.current).toBe(good);
  });

  it("no change: 'unchanged', logged at debug for a file event and at info when asked", async () => {
    expect((await app.content.reload("watch")).status).toBe("unchanged");
    expect((await app.content.reload("SIGHUP")).status).toBe("unchanged");
    const lines = log.entries.filter((e) => e.msg?.startsWith("content unchanged"));
    expect(lines.map((e) => e.level)).toEqual(["debug", "info"]);
  });

  it("an unexpected read error: 'failed', logged, still serving", async () => {
    const live = new LiveContent({
      dir: copy.dir,
      initial: app.content.current,
      load: () => Promise.reject(Object.assign(new Error("EMFILE: too many open files"), { code: "EMFILE" })),
      build: () => {
        throw new Error("never built");
      },
      log,
    });
    const outcome = await live.reload("watch");
    expect(outcome).toMatchObject({ status: "failed", error: "EMFILE: too many open files" });
    expect(live.current).toBe(app.content.current);
    expect(log.entries.some((e) => e.level === "error" && e.msg?.startsWith("content reload failed"))).toBe(
      true,
    );
  });

  it("reloads never overlap: requests during one are served by one more run after it", async () => {
    let loads = 0;
    let inFlight = 0;
    let most = 0;
    const live = new LiveContent({
      dir: copy.dir,
      initial: app.content.current,
      load: async (dir) => {
        loads++;
        most = Math.max(most, ++inFlight);
        try {
          return await loadContent(dir);
        } finally {
          inFlight--;
        }
      },
      build: (entries) => ({ ...app.content.current, entries, ...fingerprint(entries) }),
      log,
    });
    const all = await Promise.all([live.reload("watch"), live.reload("watch"), live.reload("SIGHUP")]);
    expect(all.map((o) => o.status)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(most).toBe(1);
    expect(loads).toBe(2);
  });
});

describe("snapshot fingerprints", () => {
  it("the hash is 12 hex characters, stable for the same entries, and the diff names changed ids", async () => {
    const entries = await loadContent(copy.dir);
    const a = fingerprint(entries);
    expect(a.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint(await loadContent(copy.dir)).hash).toBe(a.hash);
    const changed = entries.map((e, i) => (i === 1 ? { ...e, summary: `${e.summary} More.` } : e));
    const b = fingerprint(changed.slice(0, -1));
    expect(b.hash).not.toBe(a.hash);
    expect(diffSnapshots(a, b)).toEqual({
      added: [],
      removed: [entries.at(-1)!.id],
      changed: [entries[1]!.id],
    });
  });
});
