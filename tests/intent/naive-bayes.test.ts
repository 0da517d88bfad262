import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naiveBayesFromData, trainNaiveBayes } from "../../src/intent/naive-bayes.ts";

const bag = (...words: string[]) => {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};

describe("naive Bayes", () => {
  const model = trainNaiveBayes(
    [
      { features: bag("allies", "friends"), label: 0 },
      { features: bag("allies", "team"), label: 0 },
      { features: bag("terrorism", "threats"), label: 1 },
      { features: bag("coffee", "recipe"), label: 2 },
      { features: bag("coffee", "beans"), label: 2 },
    ],
    3,
  );

  it("learns which class a feature belongs to", () => {
    expect(model.vocabularySize).toBe(8);
    const p = model.probabilities(bag("friends", "allies"));
    // By hand, add-one smoothing over 8 features: prior × P(friends) × P(allies) per class.
    const [a, b, c] = [
      (3 / 8) * (2 / 12) * (3 / 12),
      (2 / 8) * (1 / 10) * (1 / 10),
      (3 / 8) * (1 / 12) * (1 / 12),
    ];
    expect(p[0]).toBeCloseTo(a / (a + b + c), 12);
    expect(p[1]).toBeCloseTo(b / (a + b + c), 12);
    expect(model.probabilities(bag("coffee"))[2]).toBeCloseTo(0.09375 / (0.03125 + 0.025 + 0.09375), 12);
    // A feature counted twice weighs twice.
    expect(model.probabilities(bag("threats", "threats"))[1]).toBeGreaterThan(
      model.probabilities(bag("threats"))[1]!,
    );
  });

  it("ignores features it never saw: an unseen text gets the classes' share of the examples", () => {
    const p = model.probabilities(bag("zzz", "qqq"));
    expect(p[0]).toBeCloseTo(3 / 8, 10); // (2 examples + 1) / (5 + 3 classes)
    expect(p[1]).toBeCloseTo(2 / 8, 10);
    expect(p[2]).toBeCloseTo(3 / 8, 10);
  });

  it("probabilities are a distribution whatever the text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("allies", "friends", "coffee", "threats", "other"), { maxLength: 60 }),
        (words) => {
          const p = model.probabilities(bag(...words));
          expect(p.every((x) => x >= 0 && x <= 1)).toBe(true);
          expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it("reads back from its data the same model, and refuses data that does not fit", () => {
    const data = model.data();
    expect(data.features).toEqual([...data.features].sort());
    const again = naiveBayesFromData(data);
    for (const words of [["allies", "team"], ["coffee", "zzz"], [], ["threats", "threats", "friends"]])
      expect([...again.probabilities(bag(...words))]).toEqual([...model.probabilities(bag(...words))]);
    const swapped = [...data.features];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(() => naiveBayesFromData({ ...data, features: swapped })).toThrow(/sorted order/);
    expect(() => naiveBayesFromData({ ...data, features: data.features.slice(1) })).toThrow(/do not fit/);
    const nan = Float64Array.from(data.logLikelihood);
    nan[3] = NaN;
    expect(() => naiveBayesFromData({ ...data, logLikelihood: nan })).toThrow(/finite/);
  });

  it("refuses a label outside the classes and a class count that is not a positive integer", () => {
    expect(() => trainNaiveBayes([{ features: bag("a"), label: 3 }], 3)).toThrow(/label 3/);
    expect(() => trainNaiveBayes([{ features: bag("a"), label: 0.5 }], 3)).toThrow(RangeError);
    expect(() => trainNaiveBayes([], 0)).toThrow(/positive integer/);
  });

  it("grows past its first allocation (thousands of features)", () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ features: bag(`w${i}`), label: i % 2 }));
    const big = trainNaiveBayes(many, 2);
    expect(big.vocabularySize).toBe(3000);
    expect(big.probabilities(bag("w2999"))[1]).toBeGreaterThan(0.6);
    expect(big.probabilities(bag("w2998"))[0]).toBeGreaterThan(0.6);
  });
});
