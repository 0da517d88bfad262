/** The validated content, bundled into dist/worker.js at build time (scripts/build.ts). */
declare module "safir:content" {
  import type { Entry } from "../content/entry.ts";

  const entries: Entry[];
  export default entries;
}
