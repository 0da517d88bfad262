/**
 * What the search measures about its top hit, from which an answer could be decided: the inputs of the
 * calibrated answer decision tried in the fifth round (docs/search.md, "Fifth round"; `npm run calibrate`).
 * The search still answers by its score threshold and the sense check: a logistic regression over these did
 * not raise in-scope top-1 without losing off-topic rejection in leave-one-set-out cross-validation, so no
 * fitted model ships. They stay so the experiment can be rerun as the sets and the search change.
 */

/** What the search measured about its top hit for one question. */
export interface AnswerSignals {
  /** The top hit's score (0.6 × coverage + 0.4 × strength), 0..1. */
  score: number;
  /** How much of the question the top hit accounts for, by rarity, 0..1. */
  coverage: number;
  /** How strongly: in which fields and with which phrases, 0..1. */
  strength: number;
  /** The top score less the best score of a hit of another area. */
  margin: number;
  /** Words the knowledge base does not know that are nouns or names (not the source's own subject). */
  unknownNouns: number;
  /** Words the knowledge base does not know that are English verbs, adjectives or adverbs. */
  unknownVerbs: number;
  /** The share of the question's content words that stand for known terms, 0..1. */
  knownShare: number;
  /** What the source does not cover includes a capitalised name ("Brazil", "NBA"). */
  unknownName: boolean;
  /** No word of the question is found in the top hit as typed: only through links (lexicon, WordNet, typos). */
  linkedOnly: boolean;
  /** How many content words the question has. */
  words: number;
  /** The question names the entry exactly (its title, id or alias): always the answer. */
  named: boolean;
  /** The sense check turns the top hit away (one familiar word used in another sense). */
  otherSense: boolean;
  /** A short question about the asker's own affairs ("my", "how do I"). */
  personal: boolean;
}

/** The score from which the search answers (`DEFAULT_TUNING.minScore`): a model can start from the rule. */
const ANSWER_THRESHOLD = 0.3;

/** A model's inputs, in order; booleans count 1, a question's length by its logarithm. */
export const FEATURE_NAMES = [
  "score",
  "coverage",
  "strength",
  "margin",
  "unknownNouns",
  "unknownVerbs",
  "knownShare",
  "unknownName",
  "linkedOnly",
  "logWords",
  "aboveThreshold",
] as const;

export function featureVector(s: AnswerSignals): number[] {
  return [
    s.score,
    s.coverage,
    s.strength,
    s.margin,
    s.unknownNouns,
    s.unknownVerbs,
    s.knownShare,
    s.unknownName ? 1 : 0,
    s.linkedOnly ? 1 : 0,
    Math.log(1 + s.words),
    s.score >= ANSWER_THRESHOLD ? 1 : 0,
  ];
}
