import { readFileSync } from "node:fs";
import path from "node:path";
import type { Entry } from "./content/entry.ts";
import { loadContentSnapshot } from "./content/snapshot.ts";
import { type App as CoreApp, type CoreOptions, createCore, servicesFor } from "./core.ts";
import { silentLogger } from "./logger.ts";
import { PACKAGE_ROOT } from "./paths.ts";
import { LiveContent } from "./reload/live-content.ts";
import { type ContentSnapshot, createSnapshot } from "./reload/snapshot.ts";
import { indexContent } from "./search/compiled-index.ts";

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

/** The core's options, with a content folder in place of fixed entries and the version read from package.json. */
export interface AppOptions extends Omit<CoreOptions, "version"> {
  contentDir: string;
}

/** The core, plus what only a Node process has: a content folder that can change while it runs. */
export interface App extends CoreApp {
  /** The content being served and its reload (src/reload): `content.current.hash`, `content.reload()`. */
  content: LiveContent;
}

/**
 * The core over a content folder, for Node transports: loaded through the compiled snapshot, served from a
 * LiveContent that a reload swaps in one reference. Throws ContentError on bad content.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const { contentDir, ...rest } = options;
  const log = options.log ?? silentLogger;
  const build = (entries: readonly Entry[]): ContentSnapshot =>
    createSnapshot(
      entries,
      (e, index) =>
        servicesFor(e, index, { version: VERSION, ...(options.store ? { store: options.store } : {}) }),
      // Read from the compiled index when the content is unchanged since it was written.
      (e) => indexContent(e),
    );
  const content = new LiveContent({
    dir: contentDir,
    initial: build(await loadContentSnapshot(contentDir)),
    load: loadContentSnapshot,
    build,
    log,
  });
  const core = createCore({ ...rest, version: VERSION, current: () => content.current.services });
  // Assigned, not spread: spreading would copy the current index once instead of keeping the getters.
  return Object.assign(core, { content });
}
