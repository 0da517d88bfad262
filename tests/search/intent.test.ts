import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { buildIndex, type SearchResult } from "../../src/search/index.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";
import { entry } from "../support/search-entries.ts";

// The shipped content and its example questions, searched with the classifier and by words alone: each test
// shows one way the classifier changes (or may not change) what the words decided.
const entries = await loadContent(path.join(PROJECT_ROOT, "content"));
const withClassifier = buildIndex(entries);
const wordsAlone = buildIndex(entries, { intentRescue: 2, intentSwitch: 2, intentReject: 2 });
const answer = (r: SearchResult) => (r.answer ? `${r.answer.entry.area}/${r.answer.entry.id}` : null);

describe("the question classifier in the search", () => {
  it("every area entry of the shipped content has example questions", () => {
    for (const e of entries.filter((x) => x.kind === "area")) expect(e.examples?.length).toBeGreaterThan(100);
  });

  it("answers what the words left unanswered, with the area's best entry, first among the hits", () => {
    const q = "do they go after armed groups that are not countries";
    expect(wordsAlone.search(q).answer).toBeNull();
    const r = withClassifier.search(q);
    expect(r.answer?.entry.area).toBe("countering-threats");
    expect(r.hits[0]).toBe(r.answer);
    // The score stays what the words found: the classifier chose the entry, it did not make it a better match.
    expect(r.answer!.score).toBeLessThan(withClassifier.tuning.minScore);
  });

  it("moves an unsure answer to the area it is sure of", () => {
    const q = "do they get along with the countries next door";
    expect(answer(wordsAlone.search(q))).toMatch(/^cooperation-and-alliances\//);
    expect(answer(withClassifier.search(q))).toMatch(/^peaceful-coexistence\//);
  });

  it("withdraws an unsure answer from chatter that shares the source's words in another sense", () => {
    const q = "is green technology stock a good investment right now";
    expect(answer(wordsAlone.search(q))).toBe("technological-cooperation/green-technology");
    expect(withClassifier.search(q).answer).toBeNull();
  });

  it("keeps an answer the words are sure of, whatever the classifier thinks of the wording", () => {
    const q = "what does the source say about artificial intelligence";
    const r = withClassifier.search(q);
    expect(r.answer!.score).toBeGreaterThanOrEqual(withClassifier.tuning.intentOverrule);
    expect(answer(r)).toBe("technological-cooperation/artificial-intelligence");
  });

  it("never overrules a question that names an entry, nor answers a personal question or an unknown name", () => {
    expect(answer(withClassifier.search("Economic sanctions"))).toBe("countering-threats/economic-sanctions");
    // Asked about the asker's own affairs: not rescued, however sure the classifier (a low threshold here, so
    // that the rule, not the threshold, decides).
    const bold = buildIndex(entries, { intentRescue: 0.5 });
    expect(bold.search("who sticks by them when things get rough").answer).not.toBeNull();
    expect(bold.search("who sticks by my clan when things get rough").answer).toBeNull();
    expect(withClassifier.search("do they go after Zorblaxians").answer).toBeNull();
  });

  it("a question saying what it is for, or whose claim it checks, is not about the asker's own affairs", () => {
    expect(answer(withClassifier.search("one line summing it all up for my essay pls"))).toMatch(
      /^conclusion\//,
    );
    expect(withClassifier.search("one line summing it all up for my cat pls").answer).toBeNull();
    expect(answer(withClassifier.search("the main goal in one line for my presentation"))).toMatch(
      /^overview\//,
    );
    expect(answer(withClassifier.search("my uncle says they never make peace, is that true"))).toMatch(
      /^peaceful-coexistence\//,
    );
    expect(withClassifier.search("my uncle never makes peace, is that true").answer).toBeNull();
    // A question passed on ("my grandma asked…"), or an apology for the asker's English.
    expect(answer(withClassifier.search("my grandma asked whether they ever make peace"))).toMatch(
      /^peaceful-coexistence\//,
    );
    expect(withClassifier.search("my grandma never makes peace").answer).toBeNull();
    const learner = withClassifier.search("sorry my english is bad, what is the main goal of them");
    expect(answer(learner)).toMatch(/^overview\//);
    expect(learner.notInSource).toEqual([]);
  });

  it("gives the words' own unsure answer when the classifier finds the same area, short of a rescue", () => {
    // Rescue switched off, so that the agreement alone decides.
    const agreeing = buildIndex(entries, { intentRescue: 2 });
    const q = "how do they keep danger away with embassies and talks rather than weapons";
    const top = wordsAlone.search(q);
    expect(top.answer).toBeNull();
    expect(top.hits[0]?.entry.area).toBe("countering-threats");
    expect(top.hits[0]!.score).toBeGreaterThanOrEqual(0.2);
    expect(answer(agreeing.search(q))).toBe(`countering-threats/${top.hits[0]!.entry.id}`);
    expect(buildIndex(entries, { intentRescue: 2, intentAgree: 2 }).search(q).answer).toBeNull();
    // Not when the words' best hit is of another area than the classifier's, however sure it is.
    const other = "is the gadget side important for their deals with others";
    expect(wordsAlone.search(other).hits[0]?.entry.area).not.toBe("technological-cooperation");
    expect(buildIndex(entries, { intentRescue: 2, intentAgree: 0.01 }).search(other).answer).toBeNull();
  });

  it("reads typos as the search does: the examples are spelt right", () => {
    // Only the classifier answers these, and only with the search's reading of the typo ("conclusion").
    for (const q of ["the conclusoin, wat dose it tell", "concluson summery"]) {
      expect(wordsAlone.search(q).answer).toBeNull();
      expect(answer(withClassifier.search(q))).toMatch(/^conclusion\//);
    }
  });

  it("a question of stop words alone is the classifier's to answer, when it is sure enough", () => {
    const q = "what are they up against";
    expect(wordsAlone.search(q).terms).toEqual([]);
    expect(wordsAlone.search(q).answer).toBeNull();
    expect(answer(withClassifier.search(q))).toBe("countering-threats/countering-threats");
    // Not when it must be surer than it is.
    expect(buildIndex(entries, { intentRescue: 0.999999 }).search(q).answer).toBeNull();
  });

  it("does not answer a request for a figure or a person about something the source does not mention", () => {
    // A small knowledge base whose examples teach the classifier that troops are about alliances; its words
    // do not know "troops", so only the classifier could answer.
    const allies = {
      ...entry("cooperation-and-alliances", "cooperation-and-alliances", "Alliances", [
        "alliances",
        "allies",
      ]),
      kind: "area" as const,
      examples: [
        "do they send troops to their allies",
        "troops for allies",
        "do allies get their troops",
        "allies and troops",
      ],
    };
    const peace = {
      ...entry("peaceful-coexistence", "peaceful-coexistence", "Peace", ["peace"]),
      kind: "area" as const,
      examples: ["is there peace", "peace treaties?", "do they keep the peace"],
    };
    const small = buildIndex([allies, peace]);
    expect(small.search("do they send troops").answer?.entry.id).toBe("cooperation-and-alliances");
    for (const q of ["how many troops do they send", "who leads the troops they send"]) {
      const r = small.search(q);
      expect(r.notInSource).toContain("troops");
      expect(r.answer).toBeNull();
    }
  });

  it("a knowledge base without examples is searched by its words alone", () => {
    const small = [entry("peace", "peaceful-coexistence", "Peace treaties", ["treaties", "peace"])];
    const q = "any treaties";
    expect(buildIndex(small).search(q)).toEqual(
      buildIndex(small, { intentRescue: 2, intentSwitch: 2, intentReject: 2 }).search(q),
    );
  });
});
