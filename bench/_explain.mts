import { loadContent } from "../src/content/load.ts";
import { buildIndex } from "../src/search/index.ts";
const entries = await loadContent("/work/wt-query/content");
const idx = buildIndex(entries as any);
for (const w of process.argv.slice(2)) console.log(w, JSON.stringify(idx.explain!(w)));
