import { readFileSync } from "node:fs";
import { loadContent } from "../src/content/load.ts";
import { buildIndex } from "../src/search/index.ts";
import { isEnglishWord, isNounLike } from "../src/search/wordnet.ts";
const entries = await loadContent("content");
const idx = buildIndex(entries as any);
const count = new Map<string, number>();
for (const f of process.argv.slice(2)) {
  for (const line of readFileSync(f, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const q = JSON.parse(line);
    if (process.env.KINDS && !process.env.KINDS.split(",").includes(q.kind ?? q.lang)) continue;
    const r = idx.search(q.q);
    for (const t of r.terms) {
      if (idx.explain!(t).length) continue;
      const k = `${t}${isEnglishWord(t) ? (isNounLike(t) ? "" : "/v") : "/?"}`;
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
}
console.log([...count].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}:${n}`).join(" "));
