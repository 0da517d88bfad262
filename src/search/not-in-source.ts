import type { QuestionWord } from "./analyze.ts";
import { splitWords } from "./normalize.ts";
import { isEnglishWord } from "./wordnet.ts";

/**
 * What a question asks about that the knowledge base does not speak of, in the user's own words: the
 * content words no known term accounts for (not even as a typo, another ending, a synonym or a word of
 * another language), when they are English words or names. A word of another language that the knowledge
 * base does not know is left out: it may well mean something the source covers.
 */

/**
 * Words that say how much or what kind, not what about: "how big is its navy" asks about the navy, and
 * "is it good" is not a topic the source could mention. They are never named as missing.
 */
const FRAME_WORDS = new Set(
  `big bigger biggest large larger largest small smaller smallest huge tiny great greater greatest good better
  best bad worse worst new newer newest old older oldest real main major minor big important importance
  different same certain sure true false right wrong easy hard tricky simple whole full kind sort type
  lot lots bit stuff thing things example examples info information detail details overview summary
  today now currently recently current recent exactly example question questions answer answers
  tell told talk say said mean meaning called call stuff deal lol lmao tbh nah yeah yep idk imo btw
  happen happened happening go went gone`.split(/\s+/),
);

const FIGURE_QUESTION = /\bhow\s+(many|much)\b/i;
const LATIN = /^[a-z]+$/;

/**
 * `words` are the question's content words; `known[i]` tells whether the knowledge base accounts for
 * `words[i]`. Adjacent missing words are named together ("nuclear weapons").
 */
export function notInSource(query: string, words: readonly QuestionWord[], known: readonly boolean[]): string[] {
  const shown = splitWords(query.replace(/[’‘`´]/g, "'"));
  const display = (w: QuestionWord) => {
    const original = shown[w.at];
    return original !== undefined && original.toLowerCase() === w.word ? original : w.word;
  };
  const out: string[] = [];
  let lastAt = -2;
  words.forEach((w, i) => {
    if (known[i] || !isMainTerm(w, display(w))) return;
    if (w.at === lastAt + 1 && out.length > 0) out[out.length - 1] += ` ${display(w)}`;
    else out.push(display(w));
    lastAt = w.at;
  });
  if (out.length === 0) {
    // "How many treaties?": the source has no figures, though it knows every word of the question.
    const figure = FIGURE_QUESTION.exec(query);
    if (figure && words.length > 0) out.push(figure[0].replace(/\s+/g, " "));
  }
  return out;
}

function isMainTerm(w: QuestionWord, original: string): boolean {
  if (FRAME_WORDS.has(w.word) || !LATIN.test(w.word)) return false;
  // A name or an acronym as typed ("Brazil", "NATO"): mid-sentence capitals are not typos of a known word.
  if (/^\p{Lu}/u.test(original) && (w.at > 0 || /^\p{Lu}{2,}$/u.test(original))) return true;
  return isEnglishWord(w.word);
}

/**
 * The plain line a reply opens with when the question asks about something the source does not cover,
 * or undefined when it covers everything asked.
 */
export function notInSourceLine(query: string, missing: readonly string[]): string | undefined {
  if (missing.length === 0) return undefined;
  const figure = FIGURE_QUESTION.test(query);
  const named = missing.filter((m) => !FIGURE_QUESTION.test(m));
  if (named.length === 0) return figure ? "The source gives no figures on this." : undefined;
  const list = joinOr(named);
  return figure
    ? `The source does not mention ${list}, and gives no figures.`
    : `The source does not mention ${list}.`;
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
