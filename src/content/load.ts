import { constants } from "node:fs";
import { type FileHandle, open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { type ContentProblem, ContentError, type Entry } from "./entry.ts";
import { type SourceFile, type ValidationResult, validateContent } from "./validate.ts";

/**
 * Bounds on what the loader reads, so that no folder can hang or exhaust it: start-up, `check-content` and
 * live reload all call it. A real entry is a few kilobytes.
 */
export const LOAD_LIMITS = {
  /** Bytes per file; a larger one is reported, not read. */
  fileBytes: 256 * 1024,
  /** Files open at once: 10,000 files load under `ulimit -n 1024`. */
  concurrency: 32,
} as const;

export interface ReadResult {
  files: SourceFile[];
  /** What could not be read: a FIFO, a device, a folder named `x.md`, a file too large, a link loop. */
  problems: ContentProblem[];
}

/**
 * Reads every `.md` file below `dir` (README.md excepted), sorted for stable output. Only regular files are
 * read; a symlinked folder is followed once (the same folder reached twice is reported, not walked again).
 */
export async function readContentFiles(dir: string, limits = LOAD_LIMITS): Promise<ReadResult> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ContentError(dir, [
      { file: dir, message: "the content folder does not exist: set CONTENT_DIR to a folder of .md entries" },
    ]);
  }
  const problems: ContentProblem[] = [];
  const names = await walk(dir, info, problems);
  names.sort();
  const files: SourceFile[] = [];
  await eachLimited(names, limits.concurrency, async (file) => {
    const read = await readRegularFile(path.join(dir, file), limits.fileBytes);
    if (typeof read === "string") files.push({ file, text: read });
    else problems.push({ file, line: 1, message: read.problem });
  });
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, problems };
}

/** The old interface: the files alone, throwing a ContentError if any could not be read. */
export async function readContentDir(dir: string): Promise<SourceFile[]> {
  const { files, problems } = await readContentFiles(dir);
  if (problems.length > 0) throw new ContentError(dir, problems);
  return files;
}

export async function checkContentDir(dir: string, limits = LOAD_LIMITS): Promise<ValidationResult> {
  const { files, problems } = await readContentFiles(dir, limits);
  // An empty folder is one problem, not six missing areas.
  if (files.length === 0 && problems.length === 0) {
    return { entries: [], problems: [{ file: dir, message: "the content folder has no .md entries" }] };
  }
  const result = validateContent(files);
  if (problems.length === 0) return result;
  // Unreadable files come first: they are why the rest may look incomplete.
  const all = problems.slice();
  for (const p of result.problems) all.push(p);
  return { entries: result.entries, problems: all };
}

/** Loads and validates the content folder; throws a ContentError naming every bad file. */
export async function loadContent(dir: string): Promise<Entry[]> {
  const { entries, problems } = await checkContentDir(dir);
  if (problems.length > 0) throw new ContentError(dir, problems);
  return entries;
}

/** Relative paths ('/'-separated) of the candidate `.md` files below `root`. */
async function walk(root: string, rootInfo: { dev: number; ino: number }, problems: ContentProblem[]) {
  const out: string[] = [];
  // Folders by device and inode: a link back to a folder already read (or to the root) ends there.
  const seen = new Map<string, string>([[`${rootInfo.dev}:${rootInfo.ino}`, "."]]);
  const pending: string[] = [""];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch((err: unknown) => {
      problems.push({ file: rel || ".", message: `the folder cannot be read (${codeOf(err)})` });
      return [];
    });
    for (const entry of entries) {
      const file = rel ? `${rel}/${entry.name}` : entry.name;
      const isMd = entry.name.endsWith(".md") && entry.name.toLowerCase() !== "readme.md";
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        const target = await stat(path.join(root, file)).catch(() => undefined);
        if (!target) {
          if (isMd) problems.push({ file, line: 1, message: "a link to nothing: remove it or fix its target" });
          continue;
        }
        isDir = target.isDirectory();
      }
      if (isDir) {
        const info = await stat(path.join(root, file)).catch(() => undefined);
        if (!info) continue;
        const key = `${info.dev}:${info.ino}`;
        const first = seen.get(key);
        if (first !== undefined) {
          problems.push({
            file,
            message: `leads to a folder already read (${first}): remove the link, or the entries would be read twice`,
          });
          continue;
        }
        seen.set(key, file);
        if (isMd) {
          problems.push({
            file,
            line: 1,
            message: "is a folder, not a file: an entry must be a file (rename the folder so it does not end in .md)",
          });
        }
        pending.push(file);
      } else if (isMd) {
        out.push(file);
      }
    }
  }
  return out;
}

/**
 * The text of a regular file of at most `maxBytes`, or why not. Opened without blocking (a FIFO would
 * otherwise wait forever for a writer) and checked on the open handle, so a swap between listing and
 * opening changes nothing.
 */
async function readRegularFile(file: string, maxBytes: number): Promise<string | { problem: string }> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) return { problem: `is not a regular file (${kindOf(info)}): an entry must be a plain file` };
    if (info.size > maxBytes)
      return { problem: `is ${info.size} bytes; an entry file may be at most ${maxBytes} bytes` };
    // Read until the end, one byte past the limit at most: a file that grew since stat (or a special file
    // whose size says 0) is caught here too.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(info.size + 1, 4096)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes)
          return { problem: `is more than ${maxBytes} bytes; an entry file may be at most ${maxBytes} bytes` };
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes)
      return { problem: `is more than ${maxBytes} bytes; an entry file may be at most ${maxBytes} bytes` };
    return buffer.toString("utf8", 0, length);
  } catch (err) {
    return { problem: `cannot be read (${codeOf(err)})` };
  } finally {
    await handle?.close().catch(() => {});
  }
}

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isSocket(): boolean }) {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe";
  if (info.isCharacterDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a file";
}

function codeOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : "unknown error";
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
