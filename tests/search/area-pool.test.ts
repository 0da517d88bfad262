import { describe, expect, it } from "vitest";
import type { AreaId } from "../../src/content/areas.ts";
import { buildIndex } from "../../src/search/index.ts";
import { entry } from "../support/search-entries.ts";

/**
 * Evidence pooled by area, on a small knowledge base of its own: when no entry accounts for a question
 * alone but the entries of one area do together, the area answers with its best entry; not when the
 * question names something the knowledge base does not know.
 */

// The same entries twice: once with the peace entries in one area, once scattered over three areas.
const entries = (hostilityArea: AreaId, calmArea: AreaId) => [
  entry("treaties", "peaceful-coexistence", "Peace treaties", ["treaty", "sovereignty"]),
  entry("calm", calmArea, "Regional calm", ["tranquility", "region"]),
  entry("hostility", hostilityArea, "Hostile surroundings", ["hostility", "conflict"]),
  entry("sanctions", "countering-threats", "Economic sanctions", ["sanction", "economic"]),
  entry("terrorism", "countering-threats", "Countering terrorism", ["terrorism", "extremism"]),
  entry("alliances", "cooperation-and-alliances", "Alliances", ["alliance", "partner"]),
  entry("technology", "technological-cooperation", "Technology", ["technology", "innovation"]),
];
const pooled = buildIndex(entries("peaceful-coexistence", "peaceful-coexistence"));
const scattered = buildIndex(entries("countering-threats", "cooperation-and-alliances"));

describe("search: evidence pooled by area", () => {
  // Each entry accounts for one or two of the words; "vibe" is an everyday word the knowledge base lacks.
  const question = "treaty conflict region vibe";

  it("no entry answers alone when the words are spread over several areas", () => {
    expect(scattered.search(question).answer).toBeNull();
  });

  it("the area whose entries together account for the question answers, with its best entry first", () => {
    const result = pooled.search(question);
    expect(result.answer?.entry.area).toBe("peaceful-coexistence");
    expect(result.hits[0]).toBe(result.answer);
    expect(result.answer!.score).toBeGreaterThanOrEqual(pooled.tuning.minScore);
    for (const h of result.hits.slice(1)) expect(h.score).toBeLessThanOrEqual(result.answer!.score);
  });

  it("not when the question names something the knowledge base does not know", () => {
    const result = pooled.search("treaty conflict region Zork");
    expect(result.answer).toBeNull();
    expect(result.notInSource).toEqual(["Zork"]);
  });

  it("an entry that accounts for the question alone is answered as before", () => {
    expect(pooled.search("treaty sovereignty").answer?.entry.id).toBe("treaties");
    expect(scattered.search("treaty sovereignty").answer?.entry.id).toBe("treaties");
  });
});
