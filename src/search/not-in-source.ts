import { analyzeWords, type QuestionWord } from "./analyze.ts";
import { splitWords } from "./normalize.ts";
import { isAdjective, isEnglishWord, isNounLike } from "./wordnet.ts";

/**
 * What a question asks about that the knowledge base does not speak of, in the user's own words: the
 * content words no known term accounts for (not even as a typo, another ending, a synonym or a word of
 * another language), when they are English words or names. A word of another language that the knowledge
 * base does not know is left out: it may well mean something the source covers.
 */

/**
 * Words that say how much or what kind, not what about: "how big is its navy" asks about the navy, and
 * "is it good" is not a topic the source could mention; nor are the words for the source itself ("this text",
 * "the doc"). They are never named as missing.
 */
const FRAME_WORDS = new Set(
  `big bigger biggest large larger largest small smaller smallest huge tiny great greater greatest good better
  best bad worse worst new newer newest old older oldest real main major minor big important importance
  different same certain sure true false right wrong easy hard tricky simple whole full kind sort type
  lot lots bit stuff thing things example examples info information detail details overview summary
  today now currently recently current recent exactly example question questions answer answers
  text texts doc docs document documents article passage source
  tell told talk say said mean meaning called call stuff deal lol lmao tbh nah yeah yep idk imo btw
  happen happened happening go went gone`.split(/\s+/),
);

/** A request for an amount: "how many…", "how much…", or a figure by name ("their defence budget", "the population"). */
const FIGURE_QUESTION =
  /\bhow\s+(?:many|much)\b|\b(?:budgets?|population|gdp|spending|expenditures?|percentage)\b/i;

/** A request for a size as well ("how big is its navy"): the source gives none either. */
const SIZE_QUESTION = /\bhow\s+(?:big|large)\b/i;

/** A request for an amount or a size. */
const asksFigures = (query: string) => FIGURE_QUESTION.test(query) || SIZE_QUESTION.test(query);

/** In a request for figures, the period they are counted over ("each year", "per month"), not a topic. */
const PERIOD_WORDS = new Set(
  "year years yearly annual annually month months monthly decade decades".split(" "),
);

/** "Per year", "last year": the period, not the topic. */
const PERIOD_MARKERS = new Set("per last next past each every".split(" "));

/** Whether the word at `at` of `all` (the question's words) names a period: "year", or "per" in "per year". */
const isPeriod = (all: readonly string[], at: number): boolean => {
  const word = all[at]?.toLowerCase() ?? "";
  return (
    PERIOD_WORDS.has(word) || (PERIOD_MARKERS.has(word) && PERIOD_WORDS.has(all[at + 1]?.toLowerCase() ?? ""))
  );
};

/** The source's subject, as a figure's topic: "the population of the country" asks about the population. */
const SUBJECT_NOUNS = new Set("country countries nation nations state states".split(" "));

/**
 * What any nation is counted by (its defence, army, money, people, years): a figure asked of these alone
 * ("how much do they spend on defence each year", "what's the population") is about none of the source's
 * topics more than another, unlike one asked of a thing the source speaks of ("how many joint drills").
 */
const GENERAL_MEASURES = new Set([
  ...`defence defense defences defenses military army armies navy troops soldiers money spend spends spending spent
  budget budgets population gdp economy expenditure expenditures percentage year years yearly annual annually
  people government`.split(/\s+/),
  ...SUBJECT_NOUNS,
]);

/**
 * A request for a figure that names nothing but the source's subject and what any nation is counted by:
 * `words` are the question's content words, `known[i]` whether the knowledge base accounts for `words[i]`,
 * and `isSubject` tells a word of the source's subject ("Islamic", "nation", "security").
 */
export function asksGeneralFigure(
  query: string,
  words: readonly QuestionWord[],
  known: readonly boolean[],
  isSubject: (w: QuestionWord) => boolean,
): boolean {
  if (!asksFigures(query)) return false;
  return !words.some((w, i) => known[i] && !GENERAL_MEASURES.has(w.word) && !isSubject(w));
}

/** A request for a figure or a person ("how many…", "who is…", "the name of…"), which the source never gives. */
export const DETAIL_QUESTION =
  /\bhow\s+(many|much|big|large)\b|\bwho\s+(is|are|was|leads|runs|wrote)\b|\bname\s+of\b/i;

/**
 * A request to translate a word ("how do you say peace in japanese", "how do u say thank you in turkish"):
 * a language question, whatever word it asks about.
 */
export const TRANSLATION_REQUEST =
  /\bhow\s+(?:do|does|would|can)\s+(?:you|u|i|we|one)\s+say\b.*\bin\s+\p{L}+\W*$/iu;

/** A question asking who: a person, unless its other words say what ("who are their allies"). */
export const PERSON_QUESTION = /^\W*who(?:'s|s)?\b/i;

/** A request for an opinion ("in your opinion", "do you think…", "good or bad"): the source gives none. */
export const OPINION_QUESTION =
  /\b(?:(?:your|ur)\s+(?:personal\s+|own\s+|honest\s+)?(?:opinion|view|take)|do\s+(?:you|u)\s+(?:personally\s+|really\s+|honestly\s+)?think|good\s+or\s+bad)\b/i;
const LATIN = /^[a-z]+$/;

/** Past this many content words a message carries context ("my uncle said at dinner…"), not only its subject. */
const LONG_QUESTION = 8;

/**
 * `words` are the question's content words; `known[i]` tells whether the knowledge base accounts for
 * `words[i]`; `answered` whether the search found a confident answer. Names and nouns are named first, with
 * a describing word just before them ("solar farms"); verbs and adjectives alone ("spend") only when
 * there is no answer, since then they are all the question was about.
 */
export function notInSource(
  query: string,
  words: readonly QuestionWord[],
  known: readonly boolean[],
  answered: boolean,
): string[] {
  if (words.length > LONG_QUESTION) return [];
  const opinion = OPINION_QUESTION.exec(query);
  if (known.length === words.length && known.every(Boolean) && !FIGURE_QUESTION.test(query) && !opinion)
    return [];
  const shown = splitWords(query.replace(/[’‘`´]/g, "'"));
  const display = (w: QuestionWord) => {
    const original = shown[w.at];
    return original !== undefined && original.toLowerCase() === w.word ? original : w.word;
  };
  // A question mostly in another language: its words that happen to look English ("penting" → "pent") are
  // not English; only names as typed are named.
  const latin = words.filter((w) => LATIN.test(w.word));
  const english = latin.filter((w) => isEnglishWord(w.word)).length * 2 > latin.length;
  const main: QuestionWord[] = [];
  const other: QuestionWord[] = [];
  const figures = asksFigures(query);
  words.forEach((w, i) => {
    if (known[i] || !isMainTerm(w, display(w)) || excusesWording(shown, w.at)) return;
    if (figures && isPeriod(shown, w.at)) return;
    if (!english && !isName(w, display(w))) return;
    if (isName(w, display(w)) || isNounLike(w.word)) {
      main.push(w);
      return;
    }
    // A describing word of a missing noun is part of its name ("solar farms", "missile shields").
    const next = words[i + 1];
    if (
      next &&
      next.at === w.at + 1 &&
      !known[i + 1] &&
      isAdjective(w.word) &&
      /^[a-z]+$/.test(next.word) &&
      isNounLike(next.word)
    ) {
      main.push(w);
      return;
    }
    other.push(w);
  });
  // In a request for figures the verb is what is counted ("how much does it spend"), answer or not.
  const chosen = main.length > 0 ? main : answered && !FIGURE_QUESTION.test(query) ? [] : other;
  const out: string[] = [];
  let lastAt = -2;
  for (const w of chosen) {
    if (w.at === lastAt + 1 && out.length > 0) out[out.length - 1] += ` ${display(w)}`;
    else out.push(display(w));
    lastAt = w.at;
  }
  if (out.length === 0) {
    // "How many treaties?": the source has no figures, though it knows every word of the question.
    const figure = FIGURE_QUESTION.exec(query);
    if (figure && words.length > 0) out.push(figure[0].replace(/\s+/g, " "));
  }
  if (opinion) {
    // "In your opinion", "good or bad": the phrases, as typed, name what is missing better than a noun alone.
    const phrases = [...query.matchAll(new RegExp(OPINION_QUESTION.source, "gi"))].map((m) =>
      m[0].replace(/\s+/g, " "),
    );
    const inPhrases = new Set(phrases.flatMap((p) => splitWords(p.toLowerCase())));
    return [...out.filter((m) => !splitWords(m.toLowerCase()).every((w) => inPhrases.has(w))), ...phrases];
  }
  return out;
}

/** The asker's own English or spelling, excused ("sorry my english not good"): not what the question is about. */
const ASKERS_LANGUAGE = new Set(["english", "grammar", "spelling"]);

/** Whether the word at `at` of `all` (the question's words) is the asker's language after "my", "our" or "bad". */
export const excusesWording = (all: readonly string[], at: number): boolean =>
  ASKERS_LANGUAGE.has(all[at]?.toLowerCase() ?? "") && /^(?:my|our|bad|poor)$/i.test(all[at - 1] ?? "");

function isMainTerm(w: QuestionWord, original: string): boolean {
  if (FRAME_WORDS.has(w.word) || !LATIN.test(w.word) || w.word.length < 2) return false;
  return isName(w, original) || isEnglishWord(w.word);
}

/** A name or an acronym as typed ("Brazil", "NATO"): mid-sentence capitals are not typos of a known word. */
const isName = (w: QuestionWord, original: string) =>
  /^\p{Lu}/u.test(original) && (w.at > 0 || /^\p{Lu}{2,}$/u.test(original));

/** What a reply says the source does not cover: named things, figures, or both (plain data; the words are the catalogue's). */
export interface MissingNote {
  /** Terms of the question, as the user wrote them, that the knowledge base does not cover. */
  named: readonly string[];
  /** The question asks for a number or an amount, which the source never gives. */
  figures: boolean;
  /** With figures and nothing named: what the figure was asked about, in the user's words. */
  topic?: string;
  /** The question asks for an opinion, which the source never gives. */
  opinion?: boolean;
}

/**
 * The note a reply opens with, or undefined when there is nothing to say: "The source does not mention
 * Brazil." / "The source gives no figures on peace treaties." (in the reply's language, from src/i18n).
 */
export function missingNote(query: string, missing: readonly string[]): MissingNote | undefined {
  if (missing.length === 0) return undefined;
  const figures = asksFigures(query);
  const opinion = OPINION_QUESTION.test(query);
  const named = missing.filter((m) => !FIGURE_QUESTION.test(m) && !OPINION_QUESTION.test(m));
  if (named.length > 0) return opinion ? { named, figures, opinion } : { named, figures };
  if (opinion) return { named: [], figures, opinion };
  if (!figures) return undefined;
  // What the figure was asked about, in the user's words: "how many peace treaties" → "peace treaties".
  const shown = splitWords(query.replace(/[’‘`´]/g, "'"));
  const topic = analyzeWords(query)
    .filter((w) => !SUBJECT_NOUNS.has(w.word) && !isPeriod(shown, w.at))
    .map((w) => shown[w.at] ?? w.word)
    .filter((w) => /^[\p{L}\p{N}' -]+$/u.test(w))
    .join(" ");
  return topic ? { named: [], figures, topic } : { named: [], figures };
}
