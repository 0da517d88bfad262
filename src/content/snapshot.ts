import { createHash } from "node:crypto";
import { closeSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { codeFingerprint } from "../code-fingerprint.ts";
import { PACKAGE_ROOT } from "../paths.ts";
import type { Entry } from "./entry.ts";

/**
 * A compiled snapshot of the content: the validated entries as JSON, keyed by a hash of every content file's
 * name and bytes and of the loader's own rules. The markdown stays the source of truth; the snapshot only
 * saves parsing YAML and checking the schema again (most of a start-up) when nothing changed. Any change to
 * a file, an added or removed file, or a new version of the loader makes the key differ, and the content is
 * loaded and validated in full again (and the snapshot rewritten). Bad content is never snapshotted.
 */

// Set by the build (scripts/build.ts) to a hash of src/content/: the rules the snapshot was validated with.
declare const __SAFIR_CONTENT_RULES__: string | undefined;

interface SnapshotFile {
  key: string;
  entries: Entry[];
}

export interface SnapshotOptions {
  /** Where snapshots are kept; default node_modules/.cache/safir in the project. null: no snapshot. */
  cacheDir?: string | null;
}

export const DEFAULT_CACHE_DIR = path.join(PACKAGE_ROOT, "node_modules", ".cache", "safir");

/** Loads the content folder like loadContent, through the snapshot when it is current. */
export async function loadContentSnapshot(dir: string, options: SnapshotOptions = {}): Promise<Entry[]> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const key = cacheDir ? await contentKey(dir).catch(() => undefined) : undefined;
  const file = cacheDir && key ? snapshotPath(cacheDir, dir) : undefined;
  if (file && key) {
    const cached = readSnapshot(file, key);
    if (cached) return remember(cached, key, file);
  }
  // The full loader (YAML, schema) is loaded only when the snapshot cannot be used.
  const { loadContent } = await import("./load.ts");
  const entries = await loadContent(dir);
  // A file edited while it was being loaded: the entries may be of either version, so they are kept under
  // no key (the next start loads the folder again) rather than under one they may not match.
  if (file && key && (await contentKey(dir).catch(() => undefined)) === key) {
    await writeSnapshot(file, { key, entries });
    remember(entries, key, file);
  }
  return entries;
}

export interface ContentOrigin {
  /** The content key the entries were loaded under (`contentKey`). */
  key: string;
  /** Their snapshot file: what is compiled from the same content (the search index) is kept beside it. */
  file: string;
}

/**
 * Entries returned by `loadContentSnapshot`, by identity, with the key they were loaded under: so that what
 * is built from them (src/search/compiled-index.ts) can be compiled under the same key, without every caller
 * (start-up, live reload) passing it along. Weak: a replaced version of the content is not kept alive.
 */
const origins = new WeakMap<readonly Entry[], ContentOrigin>();
const remember = (entries: Entry[], key: string, file: string) => {
  origins.set(entries, { key, file });
  return entries;
};

/** The key and snapshot of entries that `loadContentSnapshot` returned; undefined for any other array. */
export function contentOrigin(entries: readonly Entry[]): ContentOrigin | undefined {
  return origins.get(entries);
}

/** One snapshot per content folder, replaced when its content changes. */
export function snapshotPath(cacheDir: string, dir: string): string {
  const id = createHash("sha256").update(path.resolve(dir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `content-${id}.json`);
}

/**
 * The hash of every file below the folder (all of them, not only the .md the loader reads: a superset can
 * only make the key change more often, never miss a change) and of the loader's rules.
 */
export async function contentKey(dir: string): Promise<string> {
  const hash = createHash("sha256").update(`rules:${rulesFingerprint()}\0`);
  // Synchronous on purpose: at start-up nothing else is waiting, and 10,000 small reads in a loop take a
  // third of the time of 10,000 promises.
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() || d.isSymbolicLink())
    .map((d) => path.relative(dir, path.join(d.parentPath ?? d.path, d.name)))
    .sort();
  // Every file read into one reused buffer: 10,000 buffers of their own cost memory until collected.
  let buffer = Buffer.allocUnsafe(64 * 1024);
  for (const name of names) {
    const fd = openSync(path.join(dir, name), "r");
    let length = 0;
    try {
      for (;;) {
        if (length === buffer.length) {
          const grown = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(grown, 0, 0, length);
          buffer = grown;
        }
        const read = readSync(fd, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
    } finally {
      closeSync(fd);
    }
    hash.update(`${name}\0${length}\0`).update(buffer.subarray(0, length));
  }
  return hash.digest("hex");
}

/** In a build, fixed at build time; from the TypeScript sources (tsx, tests), a hash of src/content/. */
const rulesFingerprint = (): string =>
  typeof __SAFIR_CONTENT_RULES__ === "string"
    ? __SAFIR_CONTENT_RULES__
    : codeFingerprint(path.dirname(fileURLToPath(import.meta.url)));

/** Synchronous, like the key: on the start-up path a thread-pool round trip is only waiting. */
function readSnapshot(file: string, key: string): Entry[] | undefined {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as Partial<SnapshotFile>;
    return data.key === key && Array.isArray(data.entries) ? data.entries : undefined;
  } catch {
    return undefined; // none yet, or unreadable: load the content in full
  }
}

/** Best effort and atomic (write, then rename): a read-only disk or a race only costs the next start time. */
async function writeSnapshot(file: string, data: SnapshotFile): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(data));
    await rename(tmp, file);
    await pruneSnapshots(path.dirname(file), path.basename(file));
  } catch {
    // not writable: the content was loaded anyway
  }
}

/** How many content folders keep their snapshot (and compiled index) in one cache folder. */
export const KEPT_SNAPSHOTS = 16;

/**
 * Snapshots are kept per content folder, and every temporary folder (tests, benchmarks, an editor's copy)
 * leaves one behind: without a bound the cache grows with every run. The most recently written ones stay;
 * removing another process's snapshot only costs it one full load.
 */
async function pruneSnapshots(cacheDir: string, current: string): Promise<void> {
  const names = await readdir(cacheDir);
  const snapshots = names.filter((n) => /^content-[0-9a-f]{16}\.json$/.test(n) && n !== current);
  if (snapshots.length < KEPT_SNAPSHOTS) return;
  const dated = await Promise.all(
    snapshots.map(async (name) => ({ name, time: (await stat(path.join(cacheDir, name)).catch(() => null))?.mtimeMs ?? 0 })),
  );
  dated.sort((a, b) => b.time - a.time);
  for (const { name } of dated.slice(KEPT_SNAPSHOTS - 1)) {
    const id = name.slice(0, -".json".length);
    await rm(path.join(cacheDir, name), { force: true });
    await rm(path.join(cacheDir, `${id}.index`), { force: true });
    await rm(path.join(cacheDir, `${id}.intent`), { force: true });
  }
}
