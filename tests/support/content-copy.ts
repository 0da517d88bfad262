import { cp, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import type { Entry } from "../../src/content/entry.ts";
import { loadContent } from "../../src/content/load.ts";
import type { Logger } from "../../src/log.ts";
import type { LogEntry } from "./fake-logger.ts";

/**
 * A private, editable copy of the shipped content for reload tests, and the edits they make to it. The
 * edits find their targets in whatever the content is (no ids or titles written in here), so they keep
 * working as the content is rewritten.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SHIPPED = path.join(ROOT, "content");

export interface ContentCopy {
  dir: string;
  /** A topic entry of the copy, as loaded before any edit. */
  topic: Entry;
  /** Absolute path of a file in the copy. */
  path(file: string): string;
  /** Gives `entry` a new title; returns it. */
  retitle(entry: Entry, title: string): Promise<string>;
  /** Makes `entry`'s `kind:` invalid; returns the 1-based line a validator must name. */
  breakKind(entry: Entry): Promise<number>;
  /** Puts `entry`'s file back the way it was before `breakKind`. */
  restore(entry: Entry): Promise<void>;
  /** Writes a new valid topic entry (its area, section and quote borrowed from `topic`); returns its id. */
  addProbe(id: string, title: string): Promise<string>;
  remove(file: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Replaces the whole folder, as a deploy does: a copy is changed by `change`, then moved into place. */
  replaceFolder(change: (staged: string) => Promise<void>): Promise<void>;
  cleanup(): Promise<void>;
}

export async function copyContent(): Promise<ContentCopy> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), "safir-reload-")), "content");
  await cp(SHIPPED, dir, { recursive: true });
  const entries = await loadContent(dir);
  const topic = entries.find((e) => e.kind === "topic");
  if (!topic) throw new Error("the shipped content has no topic entry to edit");
  const saved = new Map<string, string>();
  const at = (file: string) => path.join(dir, file);
  const edit = async (entry: Entry, change: (text: string) => string) => {
    const text = await readFile(at(entry.file), "utf8");
    if (!saved.has(entry.file)) saved.set(entry.file, text);
    const next = change(text);
    if (next === text) throw new Error(`the edit changed nothing in ${entry.file}`);
    // Written in one go, as an editor's save ends up.
    await writeFile(at(entry.file), next);
  };
  return {
    dir,
    topic,
    path: at,
    async retitle(entry, title) {
      await edit(entry, (t) => t.replace(/^title:.*$/m, `title: ${JSON.stringify(title)}`));
      return title;
    },
    async breakKind(entry) {
      let line = 0;
      await edit(entry, (t) => {
        const lines = t.split("\n");
        const i = lines.findIndex((l) => /^kind:/.test(l));
        line = i + 1;
        lines[i] = "kind: banana";
        return lines.join("\n");
      });
      return line;
    },
    async restore(entry) {
      const text = saved.get(entry.file);
      if (text !== undefined) await writeFile(at(entry.file), text);
    },
    async addProbe(id, title) {
      const front = {
        id,
        title,
        area: topic.area,
        kind: "topic",
        summary: `A probe entry written by the reload tests, to see a new file served (${id}).`,
        keywords: [id.replace(/-/g, "")],
        source: { section: topic.source.section, quotes: topic.source.quotes.slice(0, 1) },
      };
      await writeFile(at(`${id}.md`), `---\n${stringify(front)}---\n- ${topic.points[0] ?? "A point."}\n`);
      return id;
    },
    async remove(file) {
      await rm(at(file));
    },
    async rename(from, to) {
      await rename(at(from), at(to));
    },
    async replaceFolder(change) {
      const staged = `${dir}.new`;
      await cp(dir, staged, { recursive: true });
      await change(staged);
      await rename(dir, `${dir}.old`);
      await rename(staged, dir);
      await rm(`${dir}.old`, { recursive: true, force: true });
    },
    async cleanup() {
      await rm(path.dirname(dir), { recursive: true, force: true });
    },
  };
}

/** Resolves with the first log entry `match` accepts (from `from` on); fails after `timeoutMs` naming it. */
export function waitForLog(
  log: Logger & { entries: LogEntry[] },
  what: string,
  match: (e: LogEntry) => boolean,
  opts: { from?: number; timeoutMs?: number } = {},
): Promise<LogEntry> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  return new Promise((resolve, reject) => {
    const look = () => {
      const found = log.entries.slice(opts.from ?? 0).find(match);
      if (found) return resolve(found);
      if (Date.now() > deadline) {
        const seen = log.entries.map((e) => `${e.level}: ${e.msg}`).join("\n  ");
        return reject(new Error(`timed out waiting for the log line: ${what}; seen:\n  ${seen}`));
      }
      setTimeout(look, 20);
    };
    look();
  });
}

type RecordedLog = Logger & { entries: LogEntry[] };

/** The next "content reloaded" line after log entry `from`. */
export function waitForReload(log: RecordedLog, from: number, what = "content reloaded"): Promise<LogEntry> {
  return waitForLog(log, what, (e) => e.msg?.startsWith("content reloaded") ?? false, { from });
}

/** The next reload that names entry `id` as added, removed or changed (by `waitForLog`'s rules). */
export function waitForEntry(
  log: RecordedLog,
  change: "added" | "removed" | "changed",
  id: string,
  opts: { from?: number; what?: string } = {},
): Promise<LogEntry> {
  return waitForLog(
    log,
    opts.what ?? `${id} ${change}`,
    (e) => (e.obj[change] as string[] | undefined)?.includes(id) ?? false,
    opts.from !== undefined ? { from: opts.from } : {},
  );
}

/** The next rejected reload after `from`, and the problem lines logged with it (`file:line: message`). */
export async function waitForRejection(log: RecordedLog, from: number): Promise<string[]> {
  await waitForLog(log, "reload rejected", (e) => e.msg?.startsWith("content reload rejected") ?? false, {
    from,
  });
  return log.entries
    .slice(from)
    .filter((e) => e.msg?.startsWith("content problem:"))
    .map((e) => e.msg ?? "");
}
