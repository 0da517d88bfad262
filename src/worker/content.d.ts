/** The validated content, bundled into dist/worker.js at build time (scripts/build.ts). */
declare module "safir:content" {
  import type { Entry } from "../content/entry.ts";

  const entries: Entry[];
  export default entries;
}

/** The question classifier, trained from that content at build time (null when no entry has examples). */
declare module "safir:intent" {
  import type { IntentBundle } from "../intent/bundle.ts";

  const bundle: IntentBundle | null;
  export default bundle;
}
