import { describe, expect, it } from "vitest";
import {
  baseForms,
  isAdjective,
  isEverydayThing,
  isNearEnglishWord,
  isNounLike,
  isPhraseEnd,
  phraseOf,
  relatedWords,
} from "../../src/search/wordnet.ts";
import {
  ADJECTIVES,
  ENGLISH_WORDS,
  EVERYDAY_WORDS,
  NOT_NOUNS,
  WORDNET_RELATED,
} from "../../src/search/wordnet-table.ts";

// The plain reading of the table (sets and a map, as wordnet.ts built them before it searched the sorted
// text instead): every answer of the binary search must be the one these give.
const table = new Map<string, string>();
for (const line of WORDNET_RELATED.split("\n")) {
  const space = line.indexOf(" ");
  table.set(line.slice(0, space), line.slice(space + 1));
}
const english = new Set([...ENGLISH_WORDS.split(" "), ...table.keys(), ...EVERYDAY_WORDS.split(" ")]);
const everyday = new Set(EVERYDAY_WORDS.split(" "));
const adjectives = new Set(ADJECTIVES.split(" "));
const notNouns = new Set(NOT_NOUNS.split(" "));

describe("WordNet look-ups in the sorted table text", () => {
  it("the generator's lists are sorted in code-unit order, which the binary search relies on", () => {
    const lists = [ENGLISH_WORDS, EVERYDAY_WORDS, ADJECTIVES, NOT_NOUNS].map((l) => l.split(" "));
    lists.push([...table.keys()]);
    for (const list of lists) {
      const unsorted = list.findIndex((w, i) => i > 0 && list[i - 1]! >= w);
      expect(unsorted).toBe(-1);
    }
  });

  it("knows exactly the words of the table, and their relations, for every word and some near misses", () => {
    const words = [...english];
    // Words just before, after and between listed ones, and at the ends of the alphabet.
    const probes = [...words, "", "a", "aa", "zzzz", "zz", "{", "_", "up_", "team_up", "join_forces"];
    for (const w of words.slice(0, 5000)) probes.push(`${w}s`, `${w}x`, w.slice(0, -1), `${w}_up`);
    const mismatches: string[] = [];
    for (const word of probes) {
      const bases = baseForms(word);
      const known = english.has(word);
      if (known !== (bases[0] === word)) mismatches.push(`known ${word}`);
      for (const b of bases) if (!english.has(b)) mismatches.push(`base ${word} → ${b}`);
      const related = relatedWords(word);
      const expected = new Map<string, boolean>();
      for (const b of bases) {
        if (b !== word) expected.set(b, true);
        for (const r of table.get(b)?.split(" ") ?? [])
          if (r !== word && !expected.has(r)) expected.set(r, false);
      }
      if (JSON.stringify(related) !== JSON.stringify([...expected].map(([w, base]) => ({ word: w, base }))))
        mismatches.push(`related ${word}`);
      if (isEverydayThing(word) !== bases.some((b) => everyday.has(b))) mismatches.push(`everyday ${word}`);
      if (isAdjective(word) !== (bases.length > 0 && adjectives.has(bases[0]!)))
        mismatches.push(`adj ${word}`);
      if (isNounLike(word) !== (bases.length === 0 || !notNouns.has(bases[0]!)))
        mismatches.push(`noun ${word}`);
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  }, 120_000);

  it("finds every two-word phrase by its words, and no phrase that is not in the table", () => {
    const phrases = [...table.keys()].filter((k) => k.includes("_"));
    expect(phrases.length).toBeGreaterThan(100);
    for (const key of phrases) {
      const [first, second] = [key.slice(0, key.indexOf("_")), key.slice(key.indexOf("_") + 1)];
      expect(isPhraseEnd(second)).toBe(true);
      if (!second.includes("_")) expect(phraseOf(first, second)).toBe(key);
    }
    const seconds = new Set(phrases.map((k) => k.slice(k.indexOf("_") + 1)));
    for (const word of ["the", "policy", "zzz", "up", "forces"])
      expect(isPhraseEnd(word)).toBe(seconds.has(word));
    expect(phraseOf("zzz", "up")).toBeUndefined();
  });

  it("tells typos of English words from words of their own", () => {
    expect(isNearEnglishWord("possble")).toBe(true);
    expect(isNearEnglishWord("terorism")).toBe(true);
    expect(isNearEnglishWord("qzxwvk")).toBe(false);
  });
});
