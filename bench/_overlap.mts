import { loadContent } from "../src/content/load.ts";
import { analyze } from "../src/search/analyze.ts";
import { normalizeText } from "../src/search/normalize.ts";
import * as iso from "../src/search/_iso.ts";
const entries = await loadContent("content");
const vocab = new Set<string>();
for (const e of entries) for (const t of analyze([e.title, ...e.aliases, ...e.keywords, e.summary, ...e.points].join(" "))) vocab.add(t);
for (const [k, v] of Object.entries(iso)) {
  const hit = (v as string).split(" ").map((w) => normalizeText(w)).filter((w) => vocab.has(w));
  console.log(k, hit.join(" "));
}
