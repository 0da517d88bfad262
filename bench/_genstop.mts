import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { normalizeText } from "../src/search/normalize.ts";
import { isEnglishWord } from "../src/search/wordnet.ts";
import { STOP_WORDS } from "../src/search/stopwords.ts";
const iso = createRequire(import.meta.url)("/tmp/sw/node_modules/stopwords-iso") as Record<string, string[]>;
// Words of these lists that carry this domain's topics (or make its phrases: "iş birliği", "bir arada",
// "latihan bersama", "luar negeri", "ضد الإرهاب", "غير الحكومية"): kept as content words.
const TOPICAL = new Set(process.argv.slice(2).join(" ").split(/\s+/).map((w) => normalizeText(w)));
const lines: string[] = [];
let dropped = 0;
for (const lang of ["tr", "id", "ar"]) {
  const words = [...new Set(iso[lang]!.map((w) => normalizeText(w)).filter((w) => /^[\p{L}]+$/u.test(w)))].filter((w) => {
    const drop = TOPICAL.has(w) || (/^[a-z]+$/.test(w) && isEnglishWord(w)) || STOP_WORDS.has(w);
    if (drop) dropped++;
    return !drop;
  });
  lines.push(`  ${lang}: "${words.sort().join(" ")}",`);
}
console.error("dropped", dropped);
writeFileSync("/tmp/q/isolists.txt", lines.join("\n"));
