import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/search/analyze.ts";
import { commonPrefixLength, editDistance } from "../../src/search/distance.ts";
import { normalizeText, splitWords, stem } from "../../src/search/normalize.ts";

describe("normalizeText", () => {
  it.each([
    ["TERRORISM", "terrorism"],
    ["ＴＥＲＲＯＲＩＳＭ", "terrorism"], // full-width forms (NFKC)
    ["ﬁre", "fire"], // ligature
    ["Café Déjà vu", "cafe deja vu"],
    ["nation’s", "nation's"], // curly apostrophe
    ["a\u200Bb\u200Dc\uFEFFd\u00ADe", "abcde"], // zero-width, BOM, soft hyphen
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("folds Turkish dotted and dotless I alike, in any case", () => {
    const forms = ["İşbirliği", "işbirliği", "IŞBIRLIĞI", "ışbırlığı"].map(normalizeText);
    expect(new Set(forms)).toEqual(new Set(["isbirligi"]));
    expect(normalizeText("TERÖRLE MÜCADELE")).toBe("terorle mucadele");
  });

  it("removes Arabic tatweel, vowel marks and direction marks, and folds hamza forms", () => {
    const plain = normalizeText("الارهاب");
    expect(normalizeText("الإرهاب")).toBe(plain);
    expect(normalizeText("الإرهـــاب")).toBe(plain); // tatweel
    expect(normalizeText("الْإِرْهَاب")).toBe(plain); // harakat
    expect(normalizeText("\u200Fالإرهاب\u200F")).toBe(plain); // right-to-left marks
    expect(normalizeText("\u202Bالإرهاب\u202C")).toBe(plain); // embedding controls
    expect(normalizeText("مدرسة")).toBe(normalizeText("مدرسه")); // taa marbuta
  });

  it("is idempotent on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe("splitWords", () => {
  it("splits on punctuation and spaces and cuts English possessives and contractions", () => {
    expect(splitWords("the nation's allies, we're here!!! x-y 42")).toEqual([
      "the",
      "nation",
      "allies",
      "we",
      "here",
      "x",
      "y",
      "42",
    ]);
  });

  it("finds no words in emoji or punctuation only", () => {
    expect(splitWords(normalizeText("🚀🔥 ?!… — ***"))).toEqual([]);
  });

  it("keeps Arabic, Turkish and Malay words whole", () => {
    expect(splitWords(normalizeText("العقوبات الاقتصادية"))).toHaveLength(2);
    expect(splitWords(normalizeText("kerjasama teknologi"))).toEqual(["kerjasama", "teknologi"]);
  });
});

describe("stem", () => {
  it.each([
    ["alliances", "alliance"],
    ["allies", "ally"],
    ["policies", "policy"],
    ["sanctions", "sanction"],
    ["boxes", "box"],
    ["churches", "church"],
    ["defences", "defence"],
    ["crisis", "crisis"],
    ["status", "status"],
    ["class", "class"],
    ["gas", "gas"], // short words are left alone
    ["2020s", "2020s"],
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it("makes singular and plural meet", () => {
    for (const [a, b] of [
      ["alliance", "alliances"],
      ["ally", "allies"],
      ["threat", "threats"],
      ["exercise", "exercises"],
    ])
      expect(stem(a!)).toBe(stem(b!));
  });

  it("strips the Arabic article and its prefixed forms", () => {
    const bare = stem(normalizeText("تحالفات"));
    expect(stem(normalizeText("التحالفات"))).toBe(bare);
    expect(stem(normalizeText("والتحالفات"))).toBe(bare);
    expect(stem("ال")).toBe("ال"); // too short to be an article plus a word
  });
});

describe("analyze", () => {
  it("drops stop words and stems what is left", () => {
    expect(analyze("What are the nation's alliances with Turkey?")).toEqual(["nation", "alliance", "turkey"]);
  });

  it("drops stop words in Turkish, Malay and Arabic too", () => {
    expect(analyze("terörle mücadele nedir")).toEqual(["terorle", "mucadele"]);
    expect(analyze("apakah sekatan ekonomi")).toEqual(["sekatan", "ekonomi"]);
    expect(analyze("ما هي العقوبات")).toEqual([stem(normalizeText("العقوبات"))]);
  });

  it("returns nothing for empty, stop-word-only or symbol-only text", () => {
    expect(analyze("")).toEqual([]);
    expect(analyze("what is the")).toEqual([]);
    expect(analyze("🚀🔥!!!")).toEqual([]);
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["terrorism", "terorism", 1], // deletion
    ["sanction", "sanctoin", 1], // adjacent transposition counts once
    ["kitten", "sitting", 3],
    ["alliance", "alliance", 0],
  ])("%j vs %j = %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it("stops early above max, returning max + 1", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
    expect(editDistance("terrorism", "terorism", 2)).toBe(1);
  });

  it("is a symmetric distance that is zero only for equal strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
      { numRuns: 300 },
    );
  });

  it("commonPrefixLength counts the shared beginning", () => {
    expect(commonPrefixLength("technological", "technology")).toBe(9);
    expect(commonPrefixLength("abc", "xyz")).toBe(0);
  });
});
