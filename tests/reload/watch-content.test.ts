import { EventEmitter } from "node:events";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readCommonConfig } from "../../src/config.ts";
import type { LiveContent, ReloadOutcome, ReloadReason } from "../../src/reload/live-content.ts";
import { relevant, type Schedule, watchContent } from "../../src/reload/watch-content.ts";
import { type FolderEvent, type WatchFolderOptions, watchFolder } from "../../src/reload/watch-folder.ts";
import { recordingLogger } from "../support/fake-logger.ts";

/** The file-event and SIGHUP side of reloading, with a scripted watcher and clock: no waiting on timers. */

function harness(opts: { watch?: boolean } = {}) {
  const reasons: ReloadReason[] = [];
  const content = {
    dir: "/srv/safir/content",
    reload: (reason: ReloadReason): Promise<ReloadOutcome> => {
      reasons.push(reason);
      return Promise.resolve({ status: "unchanged", hash: "abc", entries: 1, ms: 0 });
    },
  } as unknown as LiveContent;
  const pending: { fn: () => void; ms: number; cancelled: boolean }[] = [];
  const schedule: Schedule = (fn, ms) => {
    const job = { fn, ms, cancelled: false };
    pending.push(job);
    return () => {
      job.cancelled = true;
    };
  };
  const fire = () => {
    const due = pending.splice(0).filter((j) => !j.cancelled);
    for (const j of due) j.fn();
    return due.length;
  };
  let watcher: { dir: string; options: WatchFolderOptions; closed: boolean } | undefined;
  const signals = new EventEmitter();
  const log = recordingLogger();
  const watching = watchContent(content, {
    log,
    watch: opts.watch ?? true,
    debounceMs: 300,
    schedule,
    signals,
    watchFolder: (dir, options) => {
      watcher = { dir, options, closed: false };
      return {
        close() {
          watcher!.closed = true;
        },
      };
    },
  });
  const emit = (file: string | undefined) => watcher!.options.onEvent({ file } as FolderEvent);
  return { reasons, pending, fire, watcher: () => watcher, signals, watching, emit, log };
}

describe("watchContent", () => {
  it("a burst of file events (an editor's temp file, then the rename) is one reload, after the quiet time", () => {
    const h = harness();
    expect(h.watcher()?.dir).toBe("/srv/safir/content");
    h.emit("4913");
    h.emit(".economic-sanctions.md.swp");
    h.emit("economic-sanctions.md.tmp");
    h.emit("economic-sanctions.md");
    expect(h.reasons).toEqual([]);
    expect(h.pending.filter((j) => !j.cancelled).map((j) => j.ms)).toEqual([300]);
    expect(h.fire()).toBe(1);
    expect(h.reasons).toEqual(["watch"]);
  });

  it("editor swap and backup files alone cause no reload", () => {
    const h = harness();
    h.emit(".economic-sanctions.md.swp");
    h.emit("economic-sanctions.md~");
    h.emit("notes.txt");
    expect(h.fire()).toBe(0);
    expect(h.reasons).toEqual([]);
  });

  it("SIGHUP reloads at once, and is logged", () => {
    const h = harness();
    h.signals.emit("SIGHUP");
    expect(h.reasons).toEqual(["SIGHUP"]);
    expect(h.log.entries.some((e) => e.msg === "SIGHUP: reloading the content")).toBe(true);
  });

  it("with watching off, no watcher is started, and SIGHUP still works", () => {
    const h = harness({ watch: false });
    expect(h.watcher()).toBeUndefined();
    h.signals.emit("SIGHUP");
    expect(h.reasons).toEqual(["SIGHUP"]);
  });

  it("a watcher problem is logged as a warning, not thrown", () => {
    const h = harness();
    expect(() => h.watcher()!.options.onProblem(new Error("EMFILE"))).not.toThrow();
    expect(h.log.entries.filter((e) => e.level === "warn")).toHaveLength(1);
  });

  it("close: stops the watcher, forgets SIGHUP and a pending reload; twice is harmless", () => {
    const h = harness();
    h.emit("a.md");
    h.watching.close();
    h.watching.close();
    expect(h.watcher()?.closed).toBe(true);
    expect(h.signals.listenerCount("SIGHUP")).toBe(0);
    h.fire();
    h.emit("b.md");
    h.fire();
    expect(h.reasons).toEqual([]);
  });
});

describe("relevant file events", () => {
  it.each([
    [undefined, true],
    ["", true],
    ["economic-sanctions.md", true],
    ["sub/Peace.MD", true],
    ["sub", true],
    ["4913", true],
    [".economic-sanctions.md.swp", false],
    ["economic-sanctions.md~", false],
    [".#economic-sanctions.md", false],
    ["notes.txt", false],
  ])("%s → %s", (file, expected) => {
    expect(relevant(file)).toBe(expected);
  });
});

describe("CONTENT_WATCH", () => {
  it("defaults to on, takes on/off, and names a bad value", () => {
    expect(readCommonConfig({}).contentWatch).toBe(true);
    expect(readCommonConfig({ CONTENT_WATCH: "off" }).contentWatch).toBe(false);
    expect(readCommonConfig({ CONTENT_WATCH: " On " }).contentWatch).toBe(true);
    expect(() => readCommonConfig({ CONTENT_WATCH: "sometimes" })).toThrow(
      /CONTENT_WATCH is 'sometimes': use on or off/,
    );
  });
});

describe("watchFolder: real file events", () => {
  let root: string | undefined;
  let close: (() => void) | undefined;
  afterEach(async () => {
    close?.();
    if (root) await rm(root, { recursive: true, force: true });
  });

  /** Waits until `events` has one more entry than `seen` (generous limit: a loaded machine is slow). */
  const next = (events: FolderEvent[], seen: number) =>
    new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 15_000;
      const look = () => {
        if (events.length > seen) return resolve();
        if (Date.now() > deadline) return reject(new Error("no file event"));
        setTimeout(look, 20);
      };
      look();
    });

  it("sees a new file, an edit, a deletion, and files in a folder that replaced the watched one", async () => {
    root = await mkdtemp(path.join(tmpdir(), "safir-watch-"));
    const dir = path.join(root, "content");
    await mkdir(dir);
    const events: FolderEvent[] = [];
    const problems: Error[] = [];
    close = watchFolder(dir, {
      onEvent: (e) => events.push(e),
      onProblem: (e) => problems.push(e),
      retryMs: 50,
    }).close;

    let seen = events.length;
    await writeFile(path.join(dir, "a.md"), "one");
    await next(events, seen);
    expect(events.some((e) => e.file === "a.md")).toBe(true);

    seen = events.length;
    await writeFile(path.join(dir, "a.md"), "two");
    await next(events, seen);

    seen = events.length;
    await rm(path.join(dir, "a.md"));
    await next(events, seen);

    // A deploy puts a whole new folder in place.
    const staged = path.join(root, "content.new");
    await mkdir(staged);
    await writeFile(path.join(staged, "b.md"), "b");
    await rename(dir, path.join(root, "content.old"));
    seen = events.length;
    await rename(staged, dir);
    await next(events, seen);

    // And the new folder is the one watched from now on.
    await new Promise((r) => setTimeout(r, 200));
    seen = events.length;
    await writeFile(path.join(dir, "c.md"), "c");
    await next(events, seen);
    expect(events.slice(seen).some((e) => e.file === "c.md" || e.file === undefined)).toBe(true);

    // Deleted, then created again later.
    await rm(dir, { recursive: true });
    await new Promise((r) => setTimeout(r, 200));
    await mkdir(dir);
    await new Promise((r) => setTimeout(r, 200));
    seen = events.length;
    await writeFile(path.join(dir, "d.md"), "d");
    await next(events, seen);
    expect(problems).toEqual([]);
  });

  it("a folder that does not exist yet is watched once it appears", async () => {
    root = await mkdtemp(path.join(tmpdir(), "safir-watch-"));
    const dir = path.join(root, "later");
    const events: FolderEvent[] = [];
    close = watchFolder(dir, { onEvent: (e) => events.push(e), onProblem: () => {}, retryMs: 50 }).close;
    await mkdir(dir);
    await next(events, 0);
    await new Promise((r) => setTimeout(r, 200));
    const seen = events.length;
    await writeFile(path.join(dir, "x.md"), "x");
    await next(events, seen);
  });
});
