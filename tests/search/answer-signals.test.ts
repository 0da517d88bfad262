import { describe, expect, it } from "vitest";
import { fit, fitFor, leaveOneSetOut, answers, type Example } from "../../bench/calibrate.ts";
import { FEATURE_NAMES, featureVector } from "../../src/search/answer-signals.ts";
import { buildIndex } from "../../src/search/index.ts";
import { entry } from "../support/search-entries.ts";

/**
 * What the search measures about its top hit for an answer decision (the fifth round's experiment,
 * `npm run calibrate`), on a small knowledge base of its own, and the fitting the experiment uses.
 */
const index = buildIndex([
  entry("alliances", "cooperation-and-alliances", "Alliances", ["alliance", "partner"]),
  entry("treaties", "peaceful-coexistence", "Peace treaties", ["treaty", "sovereignty"]),
  entry("sanctions", "countering-threats", "Economic sanctions", ["sanction", "economic", "partner"]),
]);
const signalsOf = (q: string) => index.search(q, 5, { signals: true }).signals!;

describe("answer signals", () => {
  it("are measured only when asked for, and do not change the answer", () => {
    const q = "alliance partner";
    const plain = index.search(q);
    const measured = index.search(q, 5, { signals: true });
    expect(plain.signals).toBeUndefined();
    expect(measured.signals).toBeDefined();
    expect(measured.answer?.entry.id).toBe(plain.answer?.entry.id);
    expect(measured.notInSource).toEqual(plain.notInSource);
  });

  it("a question the top hit accounts for fully: its score, full coverage, every word known and typed as is", () => {
    const result = index.search("alliance partner", 5, { signals: true });
    const s = result.signals!;
    expect(s.score).toBe(result.hits[0]!.score);
    expect(s.coverage).toBeCloseTo(1, 5);
    expect(s.knownShare).toBe(1);
    expect(s.unknownNouns).toBe(0);
    expect(s.unknownName).toBe(false);
    expect(s.linkedOnly).toBe(false);
    expect(s.words).toBe(2);
    // "partner" is also in the sanctions entry, of another area: the margin is the lead over it.
    const other = result.hits.find((h) => h.entry.area !== "cooperation-and-alliances")!;
    expect(s.margin).toBeCloseTo(s.score - other.score, 5);
    expect(s.margin).toBeGreaterThan(0);
  });

  it("an unknown name counts as an unknown noun, and is named", () => {
    const s = signalsOf("alliance with Zorblatt");
    expect(s.unknownNouns).toBe(1);
    expect(s.unknownName).toBe(true);
    expect(s.knownShare).toBe(0.5);
    expect(s.coverage).toBeLessThan(1);
  });

  it("an unknown adverb counts as an unknown verb, not a noun", () => {
    const s = signalsOf("alliance quickly");
    expect(s.unknownVerbs).toBe(1);
    expect(s.unknownNouns).toBe(0);
  });

  it("a top hit reached only through a typo is linked only", () => {
    expect(signalsOf("sovereignity").linkedOnly).toBe(true);
    expect(signalsOf("sovereignty").linkedOnly).toBe(false);
  });

  it("a question naming an entry exactly is marked as named", () => {
    expect(signalsOf("Peace treaties").named).toBe(true);
  });

  it("the features follow FEATURE_NAMES", () => {
    expect(featureVector(signalsOf("alliance partner"))).toHaveLength(FEATURE_NAMES.length);
  });
});

describe("the calibration fit", () => {
  // Examples whose top hit is right exactly when the score is high, in three sets.
  const example = (set: string, score: number, right: boolean, inScope = true): Example => ({
    set,
    inScope,
    right,
    gated: false,
    named: false,
    thresholdAnswers: score >= 0.3,
    x: FEATURE_NAMES.map((n) => (n === "score" ? score : n === "aboveThreshold" ? Number(score >= 0.3) : 0)),
  });
  const rows: Example[] = ["a", "b", "c"].flatMap((set) => [
    example(set, 0.1, false, false),
    example(set, 0.15, false, false),
    example(set, 0.2, false),
    example(set, 0.4, true),
    example(set, 0.5, true),
    example(set, 0.6, true),
  ]);

  it("learns that a higher score means a right top hit, the same every time", () => {
    const model = fit(rows);
    expect(model.coefficients[FEATURE_NAMES.indexOf("score")]).toBeGreaterThan(0);
    expect(fit(rows)).toEqual(model);
    for (const r of rows) expect(answers(model, r, "replace")).toBe(r.right);
  });

  it("a stronger L2 penalty gives smaller coefficients", () => {
    const at = FEATURE_NAMES.indexOf("score");
    expect(Math.abs(fit(rows, 10).coefficients[at]!)).toBeLessThan(
      Math.abs(fit(rows, 0.1).coefficients[at]!),
    );
  });

  it("rules outside the model decide first: a named entry is answered, a question the sense check turns away is not", () => {
    const model = fit(rows);
    expect(answers(model, { ...example("a", 0.05, true), named: true }, "replace")).toBe(true);
    expect(answers(model, { ...example("a", 0.6, true), gated: true }, "replace")).toBe(false);
    // In rescue use the threshold's answers stay.
    expect(answers(fitFor(rows, "rescue"), example("a", 0.4, true), "rescue")).toBe(true);
  });

  it("leave-one-set-out measures each set with a model fitted on the others", () => {
    const table = leaveOneSetOut(rows, ["a", "b", "c"], "replace");
    expect(table.map((t) => t.set)).toEqual(["a", "b", "c"]);
    for (const t of table) {
      expect(t).toMatchObject({ inScope: 4, offTopic: 2 });
      expect(t.before).toEqual({ top1: 3, rejected: 2 });
      expect(t.after).toEqual({ top1: 3, rejected: 2 });
    }
  });
});
