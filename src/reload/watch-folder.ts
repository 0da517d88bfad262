import { type FSWatcher, watch } from "node:fs";
import path from "node:path";

/** Something changed in or around the folder; `file` is relative to it when the platform says which. */
export type FolderEvent = { file: string | undefined };

export interface FolderWatcher {
  close(): void;
}

export interface WatchFolderOptions {
  onEvent(event: FolderEvent): void;
  /** A watcher failed; it is re-armed by itself. For the log, never fatal. */
  onProblem(err: Error): void;
  /** How often to try again while the folder (or its parent) cannot be watched. */
  retryMs?: number;
}

/** The shape transports and tests depend on: a real watcher in production, a scripted one in tests. */
export type WatchFolder = (dir: string, options: WatchFolderOptions) => FolderWatcher;

/**
 * Watches a folder and everything below it with the platform's file events (fs.watch, recursive), and
 * survives the folder itself being deleted, replaced (`mv new content`) or re-pointed (a symlink swap):
 * its parent is watched too, and the folder watch is re-armed whenever the parent reports the folder's name
 * or a watch fails. Nothing here throws, and the watchers never keep the process alive.
 */
export const watchFolder: WatchFolder = (dir, options) => {
  const parent = path.dirname(dir);
  const name = path.basename(dir);
  const retryMs = options.retryMs ?? 2000;
  let inner: FSWatcher | undefined;
  let outer: FSWatcher | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  const failing = new Set<string>();

  const open = (target: string, recursive: boolean, onChange: (file: string | undefined) => void) => {
    try {
      const w = watch(target, { recursive, persistent: false }, (_type, file) => {
        onChange(file === null ? undefined : String(file));
      });
      w.on("error", (err) => {
        options.onProblem(err);
        w.close();
        if (w === inner) inner = undefined;
        if (w === outer) outer = undefined;
        options.onEvent({ file: undefined });
        schedule();
      });
      return w;
    } catch (err) {
      // ENOENT while the folder is being replaced is expected; anything else is worth one log line per
      // streak (the retry below would otherwise repeat it every few seconds, say at the inotify limit).
      const code = (err as NodeJS.ErrnoException).code ?? "unknown";
      if (code !== "ENOENT" && !failing.has(code)) {
        failing.add(code);
        options.onProblem(err as Error);
      }
      return undefined;
    }
  };

  const armInner = () => {
    inner?.close();
    inner = open(dir, true, (file) => options.onEvent({ file: file ?? undefined }));
  };
  const armOuter = () => {
    outer ??= open(parent, false, (file) => {
      if (file !== undefined && file !== name) return;
      // The folder itself was renamed, deleted, created or re-pointed: watch whatever is there now.
      armInner();
      if (!inner) schedule();
      options.onEvent({ file: undefined });
    });
  };
  const schedule = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      if (closed) return;
      const wasMissing = !inner;
      if (!inner) armInner();
      armOuter();
      // The folder came back while nothing could see it: what it holds now has to be read.
      if (wasMissing && inner) options.onEvent({ file: undefined });
      if (inner && outer) failing.clear();
      else schedule();
    }, retryMs);
    retry.unref();
  };

  armInner();
  armOuter();
  if (!inner || !outer) schedule();
  return {
    close() {
      closed = true;
      if (retry) clearTimeout(retry);
      inner?.close();
      outer?.close();
      inner = outer = undefined;
    },
  };
};
