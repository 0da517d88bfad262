import { describe, expect, it } from "vitest";
import { buildIndex } from "../../src/search/index.ts";
import { missingLine } from "../../src/embeds/missing.ts";
import { messagesFor } from "../../src/i18n/index.ts";
import { missingNote } from "../../src/search/not-in-source.ts";
import { baseForms, isEnglishWord, isEverydayThing, relatedWords } from "../../src/search/wordnet.ts";
import { entry } from "../support/search-entries.ts";

/**
 * Query understanding on a small knowledge base of its own, so these tests state how the search reads a
 * question whatever the shipped content says: WordNet synonyms and word forms, the sense check, and what
 * it names as not covered by the source.
 */

const index = buildIndex([
  entry("alliances", "cooperation-and-alliances", "Alliances", ["alliance", "ally", "partner"], ["Turkey"]),
  entry("treaties", "peaceful-coexistence", "Peace treaties", ["peace", "treaty", "sovereignty"]),
  entry("sanctions", "countering-threats", "Economic sanctions", ["sanction", "economic", "hostile"]),
  entry("cooperation", "technological-cooperation", "Technological cooperation", [
    "technology",
    "cooperation",
    "green",
  ]),
  entry("defence", "cooperation-and-alliances", "Defence relationships", ["defence", "military"]),
]);
const answer = (q: string) => index.search(q).answer?.entry.id ?? null;

describe("WordNet: word forms and synonyms", () => {
  it("finds dictionary forms of inflected words, and does not read a word as a shorter one", () => {
    expect(baseForms("allied")).toContain("ally");
    expect(baseForms("treaties")).toContain("treaty");
    expect(baseForms("cooperating")).toContain("cooperate");
    expect(baseForms("early")).toEqual(["early"]);
  });

  it("relates words of the same root and synonyms, both ways", () => {
    expect(relatedWords("cooperate").map((r) => r.word)).toContain("cooperation");
    expect(relatedWords("collaborate").map((r) => r.word)).toContain("cooperate");
    expect(relatedWords("defend").map((r) => r.word)).toContain("defence");
  });

  it("knows English words and place names, not made-up words", () => {
    expect(isEnglishWord("navy")).toBe(true);
    expect(isEnglishWord("brazil")).toBe(true);
    expect(isEnglishWord("terorism")).toBe(false);
    expect(isEverydayThing("tea")).toBe(true);
    expect(isEverydayThing("roofs")).toBe(true);
    expect(isEverydayThing("sovereignty")).toBe(false);
  });

  it("answers through a word of the same root that the content does not use", () => {
    expect(answer("do they cooperate")).toBe("cooperation");
    expect(answer("how do they defend themselves")).toBe("defence");
    expect(answer("who are they allied with")).toBe("alliances");
  });

  it("reads a two-word verb as one ('join forces' is to cooperate, not a matter of forces)", () => {
    expect(answer("have they joined forces with anyone")).toBe("cooperation");
    expect(index.search("have they joined forces with anyone").notInSource).toEqual([]);
  });

  it("counts a synonym below the word itself", () => {
    const exact = index.search("cooperation").hits[0]!;
    const related = index.search("cooperate").hits[0]!;
    expect(related.entry.id).toBe(exact.entry.id);
    expect(related.score).toBeLessThan(exact.score);
  });

  it("does not read a real English word as a typo of a known one", () => {
    // "teal" is one edit from "treaty"'s neighbours and "peach" from "peace": English words, not typos.
    expect(index.search("peach").hits).toEqual([]);
    // A word WordNet does not know is still a typo.
    expect(answer("sanctons")).toBe("sanctions");
  });
});

describe("sense check", () => {
  it("one familiar word beside an everyday thing the source does not know is not an answer", () => {
    expect(answer("how do green roofs work")).toBeNull();
    expect(answer("brew turkey tea")).toBeNull();
  });

  it("the familiar word alone, or with the source's other words, still answers", () => {
    expect(answer("green technology")).toBe("cooperation");
    expect(answer("green")).toBe("cooperation");
    expect(answer("economic sanctions on hostile states")).toBe("sanctions");
  });

  it("a name the source does not know does not stop the answer", () => {
    expect(answer("is it allied with Brazil")).toBe("alliances");
  });

  it("a game, a sport, school or family is another subject too, with stop words between the familiar words", () => {
    expect(answer("how do you form an alliance in chess")).toBeNull();
    expect(answer("a peace treaty with my cousin")).toBeNull();
    expect(answer("do they form an alliance with Turkey")).toBe("alliances");
  });

  it("a short question about the asker's own affairs needs a clear answer", () => {
    expect(answer("how do I sanction my brother")).toBeNull();
    expect(answer("how can we get economic sanctions lifted on our club")).toBeNull();
    expect(answer("economic sanctions on hostile states")).toBe("sanctions");
  });

  it("chat fillers and abbreviations count neither for nor against an answer", () => {
    expect(index.search("ngl tbh do they have allies rn lol").terms).toEqual(["ally"]);
    expect(answer("ngl tbh do they have allies rn lol")).toBe("alliances");
    expect(answer("wanna know everything abt their alliances")).toBe("alliances");
  });
});

describe("notInSource", () => {
  const missing = (q: string) => index.search(q).notInSource;

  it("names a name or noun the source does not cover, as the user wrote it", () => {
    expect(missing("is it allied with Brazil")).toEqual(["Brazil"]);
    expect(missing("does it sanction NATO")).toEqual(["NATO"]);
    expect(missing("how big is its navy")).toEqual(["navy"]);
  });

  it("names adjacent missing words together", () => {
    expect(missing("do they build solar farms")).toEqual(["solar farms"]);
  });

  it("is empty when everything asked is covered", () => {
    expect(missing("peace treaties")).toEqual([]);
    expect(missing("What are their alliances?")).toEqual([]);
  });

  it("never names stop words, typos of known words, or another language's words", () => {
    expect(missing("what is the thing about the alliances")).toEqual([]);
    expect(missing("sanctons agaisnt hostile")).toEqual([]);
    expect(missing("ekonomik yaptirimlar")).toEqual([]);
    expect(missing("العقوبات الاقتصادية")).toEqual([]);
    // Malay "penting" (important) looks like English "pent" + "-ing": a question in another language names
    // only names.
    expect(missing("kenapa dasar luar penting untuk kestabilan")).toEqual([]);
    expect(missing("sekatan ekonomi ke atas Brazil")).toEqual(["Brazil"]);
  });

  it("never names the words for the source itself", () => {
    expect(missing("what does the text say about alliances")).toEqual([]);
    expect(missing("which country is this doc about")).toEqual([]);
  });

  it("names a request for figures the source does not give", () => {
    expect(missing("how many peace treaties")).toEqual(["how many"]);
  });

  it("a verb is named only when there is no answer, or when figures are asked for", () => {
    expect(index.search("do they sanction and worry").answer).not.toBeNull();
    expect(missing("do they sanction and worry")).toEqual([]);
    expect(index.search("how much do they spend").answer).toBeNull();
    expect(missing("how much do they spend")).toEqual(["spend"]);
    expect(missing("how much do they spend on sanctions")).toEqual(["spend"]);
  });
});

describe("an opinion, or a person, asked of the source's subject alone", () => {
  // The subject in the knowledge base's own words (the title's "foreign policy"), and one topic beside it.
  const subject = buildIndex([
    entry("aim", "overview", "The aim of foreign policy", ["foreign", "policy", "aim", "partnerships"]),
    entry("sanctions", "countering-threats", "Economic sanctions", ["sanction", "economic", "hostile"]),
  ]);
  const ask = (q: string) => subject.search(q);

  it("is not answered, and the opinion asked for is named as missing", () => {
    expect(ask("what is the aim of their foreign policy").answer?.entry.id).toBe("aim");
    const opinion = ask("in your honest opinion is their foreign policy any good");
    expect(opinion.answer).toBeNull();
    expect(opinion.notInSource).toContain("your honest opinion");
    expect(ask("do you think their foreign policy is good or bad").notInSource).toEqual([
      "do you think",
      "good or bad",
    ]);
    const person = ask("who leads their foreign policy");
    expect(person.answer).toBeNull();
    expect(ask("who's behind this foreign policy").answer).toBeNull();
  });

  it("is answered when it asks about something the source covers, under the line", () => {
    const r = ask("do you think their economic sanctions work");
    expect(r.answer?.entry.id).toBe("sanctions");
    expect(r.notInSource).toContain("do you think");
    expect(ask("who gets their economic sanctions").answer?.entry.id).toBe("sanctions");
  });
});

describe("a request to translate a word", () => {
  it("is a language question: not answered, whatever the word", () => {
    expect(answer("peace treaty in turkey")).toBe("treaties");
    expect(answer("how do you say peace treaty in turkish")).toBeNull();
    expect(answer("how do u say alliance in japanese?")).toBeNull();
    // "How would you say…" asking for a description is no translation.
    expect(answer("how would you say their peace treaties work")).toBe("treaties");
  });
});

describe("a figure of what any nation is counted by", () => {
  // A nation's defence and its people in the knowledge base's own words, and a thing it speaks of (drills).
  const nation = buildIndex([
    entry("people", "overview", "Safeguarding its people", ["people", "population", "territory", "safe"]),
    entry("defence", "cooperation-and-alliances", "Defence relationships", ["defence", "military", "spend"]),
    entry("drills", "cooperation-and-alliances", "Joint exercises", ["joint", "exercises", "drills"]),
  ]);
  const ask = (q: string) => nation.search(q);

  it("is not answered: no entry is closer than another, and the source gives no figures", () => {
    // The same words, asked for something other than a figure, are answered.
    expect(ask("do they spend on defence").answer?.entry.id).toBe("defence");
    expect(ask("how do they keep the population safe").answer?.entry.id).toBe("people");
    for (const q of [
      "how much do they spend on defence each year",
      "what's their defence budget",
      "how big is their military",
      "what's the population",
      "whats the population of the country",
    ])
      expect(ask(q).answer, q).toBeNull();
    expect(ask("what's the population").notInSource).toEqual(["population"]);
  });

  it("names the figure and its topic, not the period it is counted over nor the source's subject", () => {
    const line = (q: string) => {
      const note = missingNote(q, ask(q).notInSource);
      return note && missingLine(note, messagesFor("en"));
    };
    expect(ask("how much do they spend on defence each year").notInSource).not.toContain("year");
    expect(line("what is their defence budget per year")).toBe(
      "The source gives no figures on defence budget.",
    );
    expect(line("whats the population of the country")).toBe("The source gives no figures on population.");
    expect(line("how big is their navy")).toBe("The source does not mention navy, and gives no figures.");
    expect(line("how many joint drills last year")).toBe("The source gives no figures on joint drills.");
  });

  it("is answered when the figure is of a thing the source speaks of, under the line", () => {
    const r = ask("how many joint drills are there");
    expect(r.answer?.entry.id).toBe("drills");
    expect(r.notInSource).toEqual(["how many"]);
  });
});

describe("the line a reply opens with when the source is silent", () => {
  const line = (q: string, missing: string[]) => {
    const note = missingNote(q, missing);
    return note && missingLine(note, messagesFor("en"));
  };

  it("opens with one plain line naming the missing terms", () => {
    expect(line("is it allied with Brazil", ["Brazil"])).toBe("The source does not mention Brazil.");
    expect(line("Brazil and Chile?", ["Brazil", "Chile"])).toBe(
      "The source does not mention Brazil or Chile.",
    );
  });

  it("says when the source gives no figures", () => {
    expect(line("how many peace treaties", ["how many"])).toBe(
      "The source gives no figures on peace treaties.",
    );
    expect(line("what's the population", ["population"])).toBe("The source gives no figures on population.");
  });

  it("says when the source gives no opinion, alone or after what it does not mention", () => {
    expect(line("do you think it is good or bad", ["do you think", "good or bad"])).toBe(
      "The source gives no opinion on it.",
    );
    expect(line("in your opinion is the navy good", ["your opinion", "navy"])).toBe(
      "The source does not mention navy. The source gives no opinion on it.",
    );
    expect(line("how many treaties, and do you think they work", ["how many", "do you think"])).toBe(
      "The source gives no figures. The source gives no opinion on it.",
    );
  });

  it("says nothing when nothing is missing", () => {
    expect(missingNote("peace treaties", [])).toBeUndefined();
  });

  it("speaks the reply's language, and escapes the user's words", () => {
    const note = missingNote("is it allied with Brazil", ["Brazil"])!;
    expect(missingLine(note, messagesFor("tr"))).toBe("Kaynak Brazil konusundan söz etmiyor.");
    expect(missingLine({ named: ["*NATO*"], figures: false }, messagesFor("en"))).toBe(
      "The source does not mention \\*NATO\\*.",
    );
  });
});

describe("the source's own subject", () => {
  it("is not named as missing, in other words either", () => {
    // The title speaks of an Islamic nation; "Muslim" is the same subject to WordNet.
    expect(index.search("do muslim countries have alliances").notInSource).toEqual([]);
    expect(index.search("islamic alliances").notInSource).toEqual([]);
  });

  it("does not count against an answer", () => {
    expect(answer("muslim alliances")).toBe("alliances");
  });
});

describe("Arabic joined letters", () => {
  it("reads a word with 'and', 'with' or 'for' joined to it as the word", () => {
    const arabic = buildIndex([
      entry("treaties", "peaceful-coexistence", "Peace treaties", ["سيادة", "معاهدة"]),
      entry("alliances", "cooperation-and-alliances", "Alliances", ["تحالف", "ماليزيا"]),
    ]);
    expect(arabic.search("هل يعترفون بسيادة الدول").hits[0]?.entry.id).toBe("treaties");
    expect(arabic.search("تحالف مع تركيا وماليزيا").hits[0]?.entry.id).toBe("alliances");
  });
});
