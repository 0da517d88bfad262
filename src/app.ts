import { readFileSync } from "node:fs";
import { COMMANDS_BY_NAME } from "./commands/index.ts";
import type { Services } from "./commands/types.ts";
import { loadContent } from "./content/load.ts";
import { Cooldown } from "./interactions/cooldown.ts";
import { createDispatcher, type Dispatcher } from "./interactions/dispatch.ts";
import { type Logger, silentLogger } from "./log.ts";
import { buildIndex, type SearchIndex } from "./search/index.ts";
import type { StoreHandle } from "./store/types.ts";

export const VERSION: string = (() => {
  // From src/ (tsx) the package file is one folder up; from dist/src/ (a build) it is two.
  for (const up of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "safir" && pkg.version) return pkg.version;
    } catch {
      // not there: try the next place
    }
  }
  return "0.0.0";
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

export interface App {
  index: SearchIndex;
  services: Services;
  dispatcher: Dispatcher;
  store?: StoreHandle;
}

/** Content → index → services → dispatcher: everything every transport shares. Throws ContentError on bad content. */
export async function createApp(options: AppOptions): Promise<App> {
  const entries = await loadContent(options.contentDir);
  const index = buildIndex(entries);
  const services: Services = {
    index,
    about: {
      version: VERSION,
      entries: entries.length,
      topics: entries.filter((e) => e.kind === "topic").length,
      privacy: options.store
        ? { recording: true, retentionDays: options.store.retentionDays }
        : { recording: false },
    },
    ...(options.store ? { recorder: options.store } : {}),
  };
  const cooldown = options.cooldown
    ? new Cooldown({ ...options.cooldown, now: options.now ?? Date.now })
    : undefined;
  const sharedCooldown =
    options.cooldown && options.store ? options.store.sharedCooldown(options.cooldown) : undefined;
  const dispatcher = createDispatcher({
    services,
    commands: COMMANDS_BY_NAME,
    log: options.log ?? silentLogger,
    ...(cooldown ? { cooldown } : {}),
    ...(options.memoSize !== undefined ? { memoSize: options.memoSize } : {}),
    ...(options.memoMaxBytes !== undefined ? { memoMaxBytes: options.memoMaxBytes } : {}),
    ...(options.store ? { recorder: options.store } : {}),
    ...(sharedCooldown ? { sharedCooldown } : {}),
  });
  return { index, services, dispatcher, ...(options.store ? { store: options.store } : {}) };
}
