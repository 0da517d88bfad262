import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { indexPostings } from "../../src/search/index.ts";
import { analyze } from "../../src/search/analyze.ts";
import { FIELD_WEIGHTS } from "../../src/search/index.ts";
import { type MentionRules, type Postings, PostingsBuilder } from "../../src/search/postings.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

const RULES: MentionRules = { extraMention: 0.1, maxWeight: 4 };

interface Value {
  terms: string[];
  doc: number;
  weight: number;
  phrases: boolean;
}

/** The postings as maps of objects, the way the index kept them before: the reference to compare with. */
function reference(values: readonly Value[]) {
  type P = { doc: number; weight: number; best: number; extra: number };
  const terms = new Map<string, P[]>();
  const phrases = new Map<string, P[]>();
  const add = (map: Map<string, P[]>, key: string, doc: number, weight: number) => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    const last = list[list.length - 1];
    if (last?.doc === doc) {
      last.extra += Math.min(last.best, weight);
      last.best = Math.max(last.best, weight);
      last.weight = Math.min(last.best + RULES.extraMention * last.extra, RULES.maxWeight);
    } else list.push({ doc, weight, best: weight, extra: 0 });
  };
  for (const v of values) {
    for (const t of v.terms) add(terms, t, v.doc, v.weight);
    if (v.phrases)
      for (let i = 1; i < v.terms.length; i++)
        add(phrases, `${v.terms[i - 1]} ${v.terms[i]}`, v.doc, v.weight);
  }
  return { terms, phrases };
}

/** Every term and phrase of `p` as [key, [doc, weight]...], to compare with the reference. */
function lists(p: Postings) {
  const terms = new Map<string, [number, number][]>();
  p.terms.forEach((term, t) => {
    const list: [number, number][] = [];
    for (let k = p.termStart[t]!; k < p.termStart[t + 1]!; k++) list.push([p.docs[k]!, p.weights[k]!]);
    terms.set(term, list);
  });
  return terms;
}

function expectSame(p: Postings, values: readonly Value[]) {
  const ref = reference(values);
  // Same terms, in the order first met (the vocabulary matcher's order, which breaks its ties).
  expect(p.terms).toEqual([...ref.terms.keys()]);
  expect(lists(p)).toEqual(new Map([...ref.terms].map(([t, l]) => [t, l.map((x) => [x.doc, x.weight])])));
  let phrases = 0;
  for (const [key, list] of ref.phrases) {
    const [a, b] = key.split(" ") as [string, string];
    const at = p.phrase(a, b);
    expect(at, key).toBeGreaterThanOrEqual(0);
    const got: [number, number][] = [];
    for (let k = p.phraseStart[at]!; k < p.phraseStart[at + 1]!; k++)
      got.push([p.phraseDocs[k]!, p.phraseWeights[k]!]);
    expect(got, key).toEqual(list.map((x) => [x.doc, x.weight]));
    phrases++;
  }
  expect(p.phraseStart.length - 1).toBe(phrases);
  for (const [term, list] of ref.terms) {
    expect(p.count(term)).toBe(list.length);
    for (const { doc } of list) expect(p.mentions(term, doc)).toBe(true);
  }
}

describe("postings in typed arrays", () => {
  it("hold exactly what the maps of objects held, for the shipped content", async () => {
    const entries = await loadContent(path.join(PROJECT_ROOT, "content"));
    const values: Value[] = [];
    entries.forEach((e, doc) => {
      const fields = [
        [FIELD_WEIGHTS.title, [e.title], true],
        [FIELD_WEIGHTS.aliases, e.aliases, true],
        [FIELD_WEIGHTS.keywords, e.keywords, true],
        [FIELD_WEIGHTS.summary, [e.summary], true],
        [FIELD_WEIGHTS.points, e.points, false],
        [FIELD_WEIGHTS.quotes, e.source.quotes, false],
      ] as const;
      for (const [weight, texts, phrases] of fields)
        for (const text of texts) values.push({ terms: analyze(text), doc, weight, phrases });
    });
    expectSame(indexPostings(entries), values);
  });

  it("hold exactly what the maps of objects held, for any mentions", () => {
    const word = fc.constantFrom("a", "b", "c", "d", "e", "f", "g");
    const value = fc.record({
      terms: fc.array(word, { maxLength: 6 }),
      docStep: fc.nat(2),
      weight: fc.constantFrom(3, 2.5, 1, 0.6, 0.5),
      phrases: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (raw) => {
        let doc = 0;
        const values = raw.map((v) => ({
          terms: v.terms,
          doc: (doc += v.docStep),
          weight: v.weight,
          phrases: v.phrases,
        }));
        const builder = new PostingsBuilder(RULES);
        for (const v of values) builder.add(v.terms, v.doc, v.weight, v.phrases);
        expectSame(builder.finish(), values);
      }),
      { numRuns: 300 },
    );
  });

  it("answer for terms and phrases nobody wrote", () => {
    const builder = new PostingsBuilder(RULES);
    builder.add(["alpha", "beta"], 0, 1, true);
    const p = builder.finish();
    expect(p.id("gamma")).toBe(-1);
    expect(p.count("gamma")).toBe(0);
    expect(p.mentions("gamma", 0)).toBe(false);
    expect(p.mentions("alpha", 1)).toBe(false);
    expect(p.phrase("beta", "alpha")).toBe(-1);
    expect(p.phrase("alpha", "gamma")).toBe(-1);
    expect(p.phrase("alpha", "beta")).toBe(0);
    expect(new PostingsBuilder(RULES).finish().size).toBe(0);
  });
});
