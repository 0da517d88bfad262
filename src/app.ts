import { readFileSync } from "node:fs";
import path from "node:path";
import { loadContentSnapshot } from "./content/snapshot.ts";
import { type App, createCore } from "./core.ts";
import type { Logger } from "./logger.ts";
import type { StoreHandle } from "./store/types.ts";
import { PACKAGE_ROOT } from "./paths.ts";

export type { App } from "./core.ts";

export const VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
})();

export interface AppOptions {
  contentDir: string;
  log?: Logger;
  cooldown?: { uses: number; windowMs: number };
  now?: () => number;
  /** Pure replies kept for repeated requests (default 1000; 0 turns the cache off). */
  memoSize?: number;
  /** An estimate of the bytes those replies may hold (default 32 MiB). */
  memoMaxBytes?: number;
  /**
   * Where feedback, questions and usage are recorded (opened by the Node wiring: src/store/open.ts). With a
   * shared cooldown (PostgreSQL) it also replaces the in-memory one for `dispatcher.dispatch`.
   */
  store?: StoreHandle;
}

/** The core over a content folder, for Node transports. Throws ContentError on bad content. */
export async function createApp(options: AppOptions): Promise<App> {
  const { contentDir, ...rest } = options;
  const entries = await loadContentSnapshot(contentDir);
  return createCore({ ...rest, entries, version: VERSION });
}
