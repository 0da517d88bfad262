import path from "node:path";
import type { Logger } from "../log.ts";
import type { LiveContent, ReloadOutcome, ReloadReason } from "./live-content.ts";
import { type FolderEvent, type WatchFolder, watchFolder } from "./watch-folder.ts";

/** Runs `fn` after `ms`; returns a cancel function. Injected so tests can fire it by hand. */
export type Schedule = (fn: () => void, ms: number) => () => void;

const realSchedule: Schedule = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

/** Where SIGHUP comes from: the process, or a stand-in in tests. */
export interface SignalSource {
  on(signal: "SIGHUP", listener: () => void): unknown;
  off(signal: "SIGHUP", listener: () => void): unknown;
}

export interface WatchContentOptions {
  log: Logger;
  /** Watch the folder for changes (CONTENT_WATCH). SIGHUP works either way. */
  watch: boolean;
  /** Quiet time after the last file event before reloading: editors write a temp file, then rename it. */
  debounceMs?: number;
  watchFolder?: WatchFolder;
  schedule?: Schedule;
  signals?: SignalSource;
  /** Called after every reload, whatever its outcome (the console prints it; tests wait on it). */
  onReload?: (outcome: ReloadOutcome, reason: ReloadReason) => void;
}

export interface ContentWatch {
  /** Stops watching and listening for SIGHUP; a reload already running finishes. Safe to call twice. */
  close(): void;
}

export const DEFAULT_DEBOUNCE_MS = 250;

/**
 * Reloads the content when its folder changes (debounced) and on SIGHUP, the same way in every transport.
 * A file event only says "look again": the whole folder is always reloaded, so a missed or merged event
 * costs nothing but a moment.
 */
export function watchContent(content: LiveContent, options: WatchContentOptions): ContentWatch {
  const { log } = options;
  const schedule = options.schedule ?? realSchedule;
  const signals = options.signals ?? process;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let cancel: (() => void) | undefined;
  let closed = false;

  const reload = (reason: ReloadReason) => {
    if (closed) return;
    void content.reload(reason).then((outcome) => options.onReload?.(outcome, reason));
  };
  const onEvent = ({ file }: FolderEvent) => {
    if (closed || !relevant(file)) return;
    cancel?.();
    cancel = schedule(() => {
      cancel = undefined;
      reload("watch");
    }, debounceMs);
  };
  const onHangup = () => {
    log.info({ signal: "SIGHUP" }, "SIGHUP: reloading the content");
    reload("SIGHUP");
  };

  signals.on("SIGHUP", onHangup);
  const watcher = options.watch
    ? (options.watchFolder ?? watchFolder)(content.dir, {
        onEvent,
        onProblem: (err) =>
          log.warn({ err, dir: content.dir }, "content watcher problem; watching again as soon as it can"),
      })
    : undefined;
  log.debug(
    { dir: content.dir, watch: options.watch },
    "content reload: SIGHUP, and file events if watching",
  );

  return {
    close() {
      if (closed) return;
      closed = true;
      cancel?.();
      watcher?.close();
      signals.off("SIGHUP", onHangup);
    },
  };
}

/**
 * Whether a file event can change the content: a .md file, or a name without an extension (a folder, or
 * an editor's probe file). Editors' swap and backup files (`.x.md.swp`, `x.md~`) are written every few
 * seconds while typing and are ignored.
 */
export function relevant(file: string | undefined): boolean {
  if (file === undefined || file === "") return true;
  const base = path.basename(file);
  if (base.startsWith(".") || base.endsWith("~")) return false;
  return base.toLowerCase().endsWith(".md") || !base.includes(".");
}
