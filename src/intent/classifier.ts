import { AREA_IDS, type AreaId } from "../content/areas.ts";
import type { Entry } from "../content/entry.ts";
import { CHATTER_EXAMPLES } from "./chatter.ts";
import { intentFeatures } from "./features.ts";
import {
  type LabelledFeatures,
  type NaiveBayes,
  type NaiveBayesData,
  naiveBayesFromData,
  trainNaiveBayes,
} from "./naive-bayes.ts";

/** What the classifier makes of a question. */
export interface IntentGuess {
  /** The most likely area. */
  area: AreaId;
  /** The probability of that area. */
  p: number;
  /** The probability that the question is chatter the knowledge base does not answer. */
  none: number;
}

/**
 * The question classifier: which area a question is about, or none, learnt from the example questions of the
 * entries (their `examples`, labelled with the entry's area) and from chatter Safir must not answer
 * (chatter.ts). The search asks it where words alone are unsure (src/search/index.ts, "the classifier").
 */
export interface IntentClassifier {
  /** Example questions it learnt from, chatter included. */
  readonly examples: number;
  /**
   * `readings`: known terms the search read the question's typos as ("conclsuion" → conclusion), counted as
   * the question's own terms: the examples are spelt right.
   */
  guess(text: string, readings?: readonly string[]): IntentGuess;
}

/** The chatter lines, one message per line. */
export const chatterExamples = (): string[] =>
  CHATTER_EXAMPLES.split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");

/** A trained classifier as plain data: the areas it tells apart (then "none"), and its model. */
export interface IntentModelData {
  areas: AreaId[];
  /** Example questions it learnt from, chatter included. */
  examples: number;
  model: NaiveBayesData;
}

/**
 * Trains the classifier from the entries' example questions (tens of milliseconds for a few thousand, so the
 * Node build keeps the result beside the content snapshot: src/search/compiled-index.ts). None when no entry
 * has examples: a knowledge base without them is searched by its words alone.
 */
export function trainIntentModel(
  entries: readonly Entry[],
  chatter: readonly string[] = chatterExamples(),
): IntentModelData | undefined {
  const areas = AREA_IDS.filter((a) => entries.some((e) => e.area === a && (e.examples?.length ?? 0) > 0));
  if (areas.length === 0) return undefined;
  const examples: LabelledFeatures[] = [];
  for (const entry of entries) {
    const label = areas.indexOf(entry.area);
    for (const q of entry.examples ?? []) examples.push({ features: intentFeatures(q), label });
  }
  for (const q of chatter) examples.push({ features: intentFeatures(q), label: areas.length });
  return { areas, examples: examples.length, model: trainNaiveBayes(examples, areas.length + 1).data() };
}

/** The classifier of a trained model; throws when the model does not fit its areas. */
export function intentClassifier(data: IntentModelData): IntentClassifier {
  const model: NaiveBayes = naiveBayesFromData(data.model);
  const { areas } = data;
  const none = areas.length;
  if (areas.length === 0 || model.classes !== none + 1 || !areas.every((a) => AREA_IDS.includes(a)))
    throw new RangeError("the model does not fit its areas");
  return {
    examples: data.examples,
    guess(text, readings = []) {
      const features = intentFeatures(text);
      for (const term of readings) features.set(`t:${term}`, (features.get(`t:${term}`) ?? 0) + 1);
      const p = model.probabilities(features);
      let best = 0;
      for (let c = 1; c < none; c++) if (p[c]! > p[best]!) best = c;
      return { area: areas[best]!, p: p[best]!, none: p[none]! };
    },
  };
}
