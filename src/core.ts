import { COMMANDS_BY_NAME } from "./commands/index.ts";
import type { Services } from "./commands/types.ts";
import type { Entry } from "./content/entry.ts";
import { Cooldown } from "./interactions/cooldown.ts";
import { createDispatcher, type Dispatcher } from "./interactions/dispatch.ts";
import { type Logger, silentLogger } from "./logger.ts";
import type { IntentModelData } from "./intent/classifier.ts";
import { buildIndex, type SearchIndex } from "./search/index.ts";
import type { StoreHandle } from "./store/types.ts";

/**
 * Entries → index → services → dispatcher: everything every transport shares, with no file system, clock or
 * Node-only module, so the same core runs in Node and in a Cloudflare Worker (src/worker/).
 */
export interface CoreOptions {
  version: string;
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

/**
 * The content the core serves: fixed entries (the Worker, one-shot tools), with the question classifier's
 * model trained from them beforehand if there is one (the Worker's is trained at build time), or whatever is
 * current now.
 */
export type CoreContent =
  | { entries: readonly Entry[]; intentModel?: () => IntentModelData | undefined }
  | { current: () => Services };

export interface App {
  /** The index being served right now: read it per use, a reload may replace it. */
  readonly index: SearchIndex;
  /** What handlers get for a request answered now (the dispatcher reads it per request). */
  readonly services: Services;
  dispatcher: Dispatcher;
  store?: StoreHandle;
}

/** The services built from one version of the content; everything else handlers use is the same for all. */
export function servicesFor(
  entries: readonly Entry[],
  index: SearchIndex,
  options: Pick<CoreOptions, "version" | "store">,
): Services {
  return {
    index,
    about: {
      version: options.version,
      entries: entries.length,
      topics: entries.filter((e) => e.kind === "topic").length,
      privacy: options.store
        ? { recording: true, retentionDays: options.store.retentionDays }
        : { recording: false },
    },
    ...(options.store ? { recorder: options.store } : {}),
  };
}

export function createCore(options: CoreOptions & CoreContent): App {
  let current: () => Services;
  if ("entries" in options) {
    const index = buildIndex(options.entries, {}, undefined, options.intentModel);
    const services = servicesFor(options.entries, index, options);
    current = () => services;
  } else {
    current = options.current;
  }
  const cooldown = options.cooldown
    ? new Cooldown({ ...options.cooldown, now: options.now ?? Date.now })
    : undefined;
  const sharedCooldown =
    options.cooldown && options.store ? options.store.sharedCooldown(options.cooldown) : undefined;
  const dispatcher = createDispatcher({
    services: current,
    commands: COMMANDS_BY_NAME,
    log: options.log ?? silentLogger,
    ...(cooldown ? { cooldown } : {}),
    ...(options.memoSize !== undefined ? { memoSize: options.memoSize } : {}),
    ...(options.memoMaxBytes !== undefined ? { memoMaxBytes: options.memoMaxBytes } : {}),
    ...(options.store ? { recorder: options.store } : {}),
    ...(sharedCooldown ? { sharedCooldown } : {}),
  });
  return {
    get index() {
      return current().index;
    },
    get services() {
      return current();
    },
    dispatcher,
    ...(options.store ? { store: options.store } : {}),
  };
}
