import { describe, expect, it } from "vitest";
import { isStopWord } from "../../src/search/analyze.ts";
import { EVERYDAY_LEXICON } from "../../src/search/everyday-lexicon.ts";
import { buildIndex } from "../../src/search/index.ts";
import { lexiconLinks, parseLexicon } from "../../src/search/lexicon.ts";
import { entry } from "../support/search-entries.ts";

/**
 * The everyday-wording lexicon: how its lines are read, and how the search uses them, on a small knowledge
 * base of its own (whatever the shipped content says).
 */

const index = buildIndex([
  entry("alliances", "cooperation-and-alliances", "Alliances", ["alliance", "ally", "partner"], ["Turkey"]),
  entry("treaties", "peaceful-coexistence", "Peace treaties", ["peace", "treaty", "sovereignty"]),
  entry("sanctions", "countering-threats", "Economic sanctions", ["sanction", "economic", "hostile"]),
  entry("regional", "peaceful-coexistence", "Regional peace", ["regional", "country", "stability"]),
  entry("cooperation", "technological-cooperation", "Technological cooperation", [
    "technology",
    "cooperation",
    "general",
  ]),
]);
const answer = (q: string) => index.search(q).answer?.entry.id ?? null;

describe("reading the lexicon", () => {
  it("stems both sides as the vocabulary is stemmed, and links a phrase of the source to each of its words", () => {
    const table = parseLexicon(
      "# a comment line\nBuddies\tAlliances\t0.6\ten\nhang out with\tcooperation\t0.8\ten\npeace deal\tpeace treaties\t0.8\ten\n",
    );
    expect(table.get("buddy")).toEqual([{ term: "alliance", sim: 0.6 }]);
    expect(table.get("hang out with")).toEqual([{ term: "cooperation", sim: 0.8 }]);
    expect(table.get("peace deal")).toEqual([
      { term: "peace", sim: 0.8 },
      { term: "treaty", sim: 0.8 },
    ]);
  });

  it("skips comments and lines without a weight in 0..1, and keeps the higher weight of a repeated link", () => {
    const table = parseLexicon(
      "# dropped: pals\tally\t0.6\ten\npals\tally\tlots\ten\nbuddy\tally\t0.6\ten\nbuddy\tally\t0.8\ten",
    );
    expect(table.has("pal")).toBe(false);
    expect(table.get("buddy")).toEqual([{ term: "ally", sim: 0.8 }]);
  });

  it("ships lines of four fields, weights 0.6 or 0.8, in the five languages", () => {
    const lines = EVERYDAY_LEXICON.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
    expect(lines.length).toBeGreaterThan(300);
    for (const line of lines) {
      const [from, to, weight, lang, extra] = line.split("\t");
      expect(from && to && extra === undefined, line).toBe(true);
      expect(["0.6", "0.8"], line).toContain(weight);
      expect(["en", "tr", "ms", "id", "ar"], line).toContain(lang);
    }
  });

  it("finds a word in the singular or the plural", () => {
    expect(lexiconLinks("buddies").map((l) => l.term)).toContain("alliance");
    expect(lexiconLinks("buddy").map((l) => l.term)).toContain("alliance");
  });
});

describe("the search with the lexicon", () => {
  it("turns an everyday word into the source's word at the lexicon's weight, below the word itself", () => {
    expect(index.explain!("buddies")).toEqual([{ term: "alliance", sim: 0.6, lexicon: true }]);
    const everyday = index.search("who are their buddies");
    const exact = index.search("who are their alliances");
    expect(everyday.answer?.entry.id).toBe("alliances");
    expect(everyday.answer!.score).toBeLessThan(exact.answer!.score);
  });

  it("leaves the lexicon out when its weight is 0", () => {
    const without = buildIndex(index.entries, { lexiconSim: 0 });
    expect(without.explain!("buddies")).toEqual([]);
    expect(without.search("who are their buddies").answer).toBeNull();
  });

  it("reads a phrase made only of stop words ('bad guys')", () => {
    expect(isStopWord("bad") && isStopWord("guys")).toBe(true);
    expect(index.search("what do they do about bad guys").terms).toEqual(["bad guy"]);
    expect(answer("what do they do about bad guys")).toBe("sanctions");
  });

  it("lets a phrase stand only for its words the knowledge base does not know ('nearby' of 'nearby countries')", () => {
    expect(index.search("what about nearby countries").terms).toEqual(["nearby country", "country"]);
  });

  it("never names a word the lexicon reads as missing from the source", () => {
    expect(index.search("who are their buddies").notInSource).toEqual([]);
    expect(index.search("what do they do about bad guys").notInSource).toEqual([]);
    expect(index.search("who are their buddies in Brazil").notInSource).toEqual(["Brazil"]);
  });

  it("does not let an off-topic question in through a lexicon word ('turkish' is Turkey)", () => {
    expect(index.explain!("turkish")).toEqual([{ term: "turkey", sim: 0.6, lexicon: true }]);
    expect(answer("how do I brew turkish tea")).toBeNull();
    expect(answer("turkish alliances")).toBe("alliances");
  });
});

describe("sense check and stop words", () => {
  it("keeps an everyday thing met only through a guess at another ending in its everyday sense", () => {
    // "generator" shares "genera" with "general", a known term, but is a machine.
    expect(index.explain!("generator").every((c) => c.sim < 0.9)).toBe(true);
    expect(answer("which generator is best for sanctions")).toBeNull();
    expect(answer("which economic sanctions are best")).toBe("sanctions");
  });

  it("drops prepositions and apostrophe-less contractions WordNet does not list", () => {
    expect(index.search("their attitude towards alliances").terms).toEqual(["attitude", "alliance"]);
    expect(index.search("they dont have alliances alongside peace treaties").terms).toEqual([
      "alliance",
      "peace",
      "treaty",
    ]);
  });
});
