import { readFileSync } from "node:fs";
import { COMMANDS_BY_NAME } from "./commands/index.ts";
import type { Services } from "./commands/types.ts";
import type { Entry } from "./content/entry.ts";
import { loadContent } from "./content/load.ts";
import { Cooldown } from "./interactions/cooldown.ts";
import { createDispatcher, type Dispatcher } from "./interactions/dispatch.ts";
import { type Logger, silentLogger } from "./log.ts";
import { LiveContent } from "./reload/live-content.ts";
import { type ContentSnapshot, createSnapshot } from "./reload/snapshot.ts";
import { buildIndex, type SearchIndex } from "./search/index.ts";

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
}

export interface App {
  /** The index being served right now: read it per use, a reload replaces it. */
  readonly index: SearchIndex;
  /** What handlers get for a request answered now (the dispatcher reads it per request). */
  readonly services: Services;
  dispatcher: Dispatcher;
  /** The content being served and its reload (src/reload): `content.current.hash`, `content.reload()`. */
  content: LiveContent;
}

/** Content → index → services → dispatcher: everything every transport shares. Throws ContentError on bad content. */
export async function createApp(options: AppOptions): Promise<App> {
  const log = options.log ?? silentLogger;
  const snapshot = (entries: readonly Entry[]): ContentSnapshot =>
    createSnapshot(entries, servicesFor, (e) => buildIndex(e));
  const content = new LiveContent({
    dir: options.contentDir,
    initial: snapshot(await loadContent(options.contentDir)),
    load: loadContent,
    build: snapshot,
    log,
  });
  const cooldown = options.cooldown
    ? new Cooldown({ ...options.cooldown, now: options.now ?? Date.now })
    : undefined;
  const dispatcher = createDispatcher({
    services: () => content.current.services,
    commands: COMMANDS_BY_NAME,
    log,
    ...(cooldown ? { cooldown } : {}),
    ...(options.memoSize !== undefined ? { memoSize: options.memoSize } : {}),
  });
  return {
    get index() {
      return content.current.index;
    },
    get services() {
      return content.current.services;
    },
    dispatcher,
    content,
  };
}

/** The services built from one version of the content; everything else handlers use is the same for all. */
function servicesFor(entries: readonly Entry[], index: SearchIndex): Services {
  return {
    index,
    about: {
      version: VERSION,
      entries: entries.length,
      topics: entries.filter((e) => e.kind === "topic").length,
    },
  };
}
