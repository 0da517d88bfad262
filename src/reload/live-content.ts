import { performance } from "node:perf_hooks";
import { ContentError, type Entry } from "../content/entry.ts";
import { problemLines } from "../content/problem-lines.ts";
import type { Logger } from "../log.ts";
import { type ContentDiff, type ContentSnapshot, describeDiff, diffSnapshots } from "./snapshot.ts";

/** Why a reload ran: a file event, SIGHUP, or someone asking (the console's /reload, a test). */
export type ReloadReason = "watch" | "SIGHUP" | "request";

export type ReloadOutcome =
  | { status: "reloaded"; hash: string; previousHash: string; entries: number; diff: ContentDiff; ms: number }
  | { status: "unchanged"; hash: string; entries: number; ms: number }
  /** The folder has problems: nothing was swapped, the last good content is still served. */
  | { status: "rejected"; hash: string; entries: number; problems: string[]; ms: number }
  /** Loading failed in an unexpected way (a read error): nothing was swapped. */
  | { status: "failed"; hash: string; entries: number; error: string; ms: number };

export interface LiveContentOptions {
  dir: string;
  /** The content loaded at start-up. */
  initial: ContentSnapshot;
  /** Reads and validates the whole folder; throws a ContentError naming every problem. */
  load: (dir: string) => Promise<Entry[]>;
  /** Index and services for freshly loaded entries. */
  build: (entries: readonly Entry[]) => ContentSnapshot;
  log: Logger;
  /** Where file names in problem lines are shown relative to (default: the working directory). */
  cwd?: string;
}

/**
 * The content being served, and the one way to change it. `current` is a single reference: a reload loads
 * and validates the whole folder, builds the new index beside the old one, and only then swaps the
 * reference, so a request sees one version from start to end and a broken edit changes nothing. Reloads
 * never overlap: a request during one runs once more after it, so the last edit always wins.
 */
export class LiveContent {
  #current: ContentSnapshot;
  #running: Promise<ReloadOutcome> | undefined;
  #queued: Promise<ReloadOutcome> | undefined;
  readonly dir: string;

  constructor(private readonly options: LiveContentOptions) {
    this.#current = options.initial;
    this.dir = options.dir;
  }

  get current(): ContentSnapshot {
    return this.#current;
  }

  /** Loads the folder again and swaps it in if it is valid. Never rejects. */
  reload(reason: ReloadReason): Promise<ReloadOutcome> {
    if (!this.#running) {
      const run = this.#run(reason).finally(() => {
        this.#running = undefined;
      });
      this.#running = run;
      return run;
    }
    // One more run after the current one covers every request made meanwhile.
    this.#queued ??= this.#running.then(() => {
      this.#queued = undefined;
      return this.reload(reason);
    });
    return this.#queued;
  }

  async #run(reason: ReloadReason): Promise<ReloadOutcome> {
    const { log, dir } = this.options;
    const started = performance.now();
    const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
    const before = this.#current;
    const serving = { hash: before.hash, entries: before.entries.length };
    let next: ContentSnapshot;
    try {
      const entries = await this.options.load(dir);
      // Validating and indexing are both synchronous: let waiting requests through between the two.
      await letRequestsThrough();
      next = this.options.build(entries);
    } catch (err) {
      if (err instanceof ContentError) {
        const problems = problemLines(dir, err.problems, this.options.cwd);
        for (const line of problems) log.error({ reason, problem: line }, `content problem: ${line}`);
        const n = problems.length;
        log.warn(
          { reason, problems: n, ...serving },
          `content reload rejected: ${n} problem${n === 1 ? "" : "s"}; still serving the last good content (${serving.entries} entries, hash ${serving.hash})`,
        );
        return { status: "rejected", ...serving, problems, ms: elapsed() };
      }
      const error = err instanceof Error ? err.message : String(err);
      log.error(
        { reason, err, ...serving },
        `content reload failed: ${error}; still serving the last good content (hash ${serving.hash})`,
      );
      return { status: "failed", ...serving, error, ms: elapsed() };
    }
    if (next.hash === before.hash) {
      // An editor's temporary file or a save without changes: worth a line only when someone asked.
      const level = reason === "watch" ? "debug" : "info";
      log[level](
        { reason, ...serving },
        `content unchanged (${serving.entries} entries, hash ${serving.hash})`,
      );
      return { status: "unchanged", ...serving, ms: elapsed() };
    }
    this.#current = next;
    const diff = diffSnapshots(before, next);
    const ms = elapsed();
    const cap = (ids: string[]) => ids.slice(0, 50);
    log.info(
      {
        reason,
        hash: next.hash,
        previousHash: before.hash,
        entries: next.entries.length,
        added: cap(diff.added),
        removed: cap(diff.removed),
        changed: cap(diff.changed),
        ms,
      },
      `content reloaded: ${describeDiff(diff)}; ${next.entries.length} entries, hash ${next.hash} (was ${before.hash})`,
    );
    return {
      status: "reloaded",
      hash: next.hash,
      previousHash: before.hash,
      entries: next.entries.length,
      diff,
      ms,
    };
  }
}

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One full turn of the event loop, its I/O phase included. A single setImmediate is not enough: run from
 * an I/O callback (the loader's last file read), it fires in the same turn, before any new request is read.
 */
async function letRequestsThrough(): Promise<void> {
  await immediate();
  await immediate();
}
