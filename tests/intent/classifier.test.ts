import { describe, expect, it } from "vitest";
import { chatterExamples, intentClassifier, trainIntentModel } from "../../src/intent/classifier.ts";
import { intentFeatures } from "../../src/intent/features.ts";
import { entry } from "../support/search-entries.ts";

const withExamples = (e: ReturnType<typeof entry>, examples: string[]) => ({ ...e, examples });

const entries = [
  withExamples(entry("allies", "cooperation-and-alliances", "Alliances", ["alliances"]), [
    "who are their friends",
    "do they team up with other countries",
    "who do they roll with",
  ]),
  withExamples(entry("threats", "countering-threats", "Countering threats", ["threats"]), [
    "how do they deal with enemies",
    "do they go after dangerous groups",
    "what do they do about attacks",
  ]),
  entry("peace", "peaceful-coexistence", "Peace", ["peace"]),
];
const chatter = ["best coffee recipe", "what's the weather today", "recommend a good game"];

describe("intent features", () => {
  it("words as typed (stop words too), adjacent pairs, and the search's stemmed terms", () => {
    const f = intentFeatures("Do they team up w/ Allies?");
    expect(f.get("u:team")).toBe(1);
    expect(f.get("u:do")).toBe(1);
    expect(f.get("b:team up")).toBe(1);
    expect(f.get("t:ally")).toBe(1);
    expect([...f.keys()].some((k) => k.startsWith("t:do"))).toBe(false);
  });

  it("reads at most 2,000 characters of a long paste", () => {
    const f = intentFeatures(`${"word ".repeat(400)}tail ${"x ".repeat(600)}`);
    expect(f.get("u:word")).toBe(400);
    expect(f.has("u:tail")).toBe(false);
  });
});

describe("the question classifier", () => {
  const classifier = intentClassifier(trainIntentModel(entries, chatter)!);

  it("learns from every entry's examples and the chatter", () => {
    expect(classifier.examples).toBe(9);
  });

  it("tells an area from examples in other words, and chatter from both", () => {
    expect(classifier.guess("who are their friends abroad")).toMatchObject({
      area: "cooperation-and-alliances",
    });
    expect(classifier.guess("how do they handle dangerous enemies")).toMatchObject({
      area: "countering-threats",
    });
    const coffee = classifier.guess("any coffee recipe for today");
    expect(coffee.none).toBeGreaterThan(0.5);
  });

  it("counts the search's readings of typos as the question's own terms", () => {
    const typo = "who r thier frends";
    const plain = classifier.guess(typo);
    const read = classifier.guess(typo, ["friend"]);
    expect(read.area).toBe("cooperation-and-alliances");
    expect(read.p).toBeGreaterThan(plain.area === "cooperation-and-alliances" ? plain.p : 0);
  });

  it("only guesses areas that have examples", () => {
    for (const q of ["peace", "is there peace", "coffee"])
      expect(["cooperation-and-alliances", "countering-threats"]).toContain(classifier.guess(q).area);
  });

  it("is absent when no entry has examples: the search uses words alone", () => {
    expect(
      trainIntentModel([entry("peace", "peaceful-coexistence", "Peace", ["peace"])], chatter),
    ).toBeUndefined();
  });

  it("ships chatter to learn from, one message per line", () => {
    const lines = chatterExamples();
    expect(lines.length).toBeGreaterThan(300);
    expect(lines.every((l) => l === l.trim() && l.length > 0 && !l.includes("\n"))).toBe(true);
    expect(new Set(lines.map((l) => l.toLowerCase())).size).toBe(lines.length);
  });
});
