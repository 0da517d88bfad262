import { loadContent } from "../src/content/load.ts";
import { buildIndex } from "../src/search/index.ts";
import { analyzeWords } from "../src/search/analyze.ts";
import { isEnglishWord, isNounLike, isEverydayThing } from "../src/search/wordnet.ts";
const entries = await loadContent("content");
const idx = buildIndex(entries as any);
for (const q of process.argv.slice(2)) {
  const r = idx.search(q);
  console.log("Q:", q, "→", r.answer?.entry.id ?? null, r.hits.slice(0, 3).map((h) => `${h.entry.id}:${h.score}`).join(" "), "nis", r.notInSource);
  for (const t of r.terms) console.log("   ", t, JSON.stringify(idx.explain!(t)), isEnglishWord(t) ? (isNounLike(t) ? "noun" : "verb/adj") : "?", isEverydayThing(t) ? "EVERYDAY" : "");
}
