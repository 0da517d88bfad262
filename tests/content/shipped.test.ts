import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AREA_IDS, SOURCE_SECTIONS } from "../../src/content/areas.ts";
import { loadContent } from "../../src/content/load.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

const entries = await loadContent(path.join(PROJECT_ROOT, "content"));

describe("shipped content: structure", () => {
  it("has an area entry with each of the six exact ids", () => {
    const areas = entries.filter((e) => e.kind === "area").map((e) => e.id);
    expect(areas.sort()).toEqual([...AREA_IDS].sort());
    for (const id of AREA_IDS) expect(entries.find((e) => e.id === id)?.area).toBe(id);
  });

  it("puts every topic in an area that has an entry", () => {
    const areaIds = new Set(entries.filter((e) => e.kind === "area").map((e) => e.id));
    const topics = entries.filter((e) => e.kind === "topic");
    expect(topics.length).toBeGreaterThanOrEqual(10);
    for (const t of topics) expect(areaIds.has(t.area), `${t.file}: area '${t.area}'`).toBe(true);
  });

  it("links only to existing entries", () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const e of entries) for (const r of e.related) expect(ids.has(r), `${e.file} → ${r}`).toBe(true);
  });
});

/** The source document's text by section, named as entries cite them ("Key Focus Areas › Countering Threats"). */
function sectionsOf(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current = "Introduction";
  let h2 = "";
  const add = (line: string) => sections.set(current, `${sections.get(current) ?? ""}${line}\n`);
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{2,3})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      const text = heading[2]!;
      if (heading[1] === "##") {
        h2 = text;
        current = text;
      } else {
        current = `${h2} › ${text}`;
      }
      sections.set(current, sections.get(current) ?? "");
      continue;
    }
    add(line);
  }
  return sections;
}

const SOURCE = path.resolve(PROJECT_ROOT, "../shared/source/foreign-policy-and-security-relations.md");
const haveSource = existsSync(SOURCE);

describe.skipIf(!haveSource)(
  `shipped content against the source document (skipped: ${SOURCE} is not here; it exists only in the project's CI)`,
  () => {
    const text = haveSource ? readFileSync(SOURCE, "utf8") : "";
    const sections = sectionsOf(text);

    it("the headings parsed from the source are exactly the sections entries may cite", () => {
      const cited = [...sections.keys()].filter((k) => k !== "Key Focus Areas");
      expect(cited).toEqual([...SOURCE_SECTIONS]);
    });

    for (const entry of entries) {
      it(`${entry.id}: every quote is verbatim and inside "${entry.source.section}"`, () => {
        const body = sections.get(entry.source.section);
        expect(body, `section "${entry.source.section}" not found in the source`).toBeDefined();
        for (const quote of entry.source.quotes) {
          expect(text.includes(quote), `not verbatim in the source: "${quote}"`).toBe(true);
          expect(body!.includes(quote), `not in section "${entry.source.section}": "${quote}"`).toBe(true);
        }
      });
    }
  },
);
