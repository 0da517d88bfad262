import type { ContentProblem, Entry } from "./entry.ts";

/**
 * Writing checks: what a review of the knowledge base found and a machine can see. They run on entries that
 * parsed, across the whole set, and each points at the line to fix. Kept apart from the structural checks in
 * validate.ts; docs/writing-rules.md explains each rule to editors.
 */
export function checkWriting(all: readonly Entry[], texts: ReadonlyMap<string, string>): ContentProblem[] {
  // A second entry with a taken id is already reported as a duplicate; its words would only be reported again.
  const entries = all.filter((e, i) => all.findIndex((o) => o.id === e.id) === i);
  return [
    ...entries.flatMap((e) => checkRepeats(e, texts.get(e.file))),
    ...entries.flatMap((e) => checkWording(e, texts.get(e.file))),
    ...checkVocabulary(entries, texts),
    ...checkExamples(entries, texts),
  ];
}

/**
 * Example questions teach the question classifier which area a question is about. The same question twice
 * counts twice; in two areas it teaches both, so neither: each example belongs to one entry, once.
 */
function checkExamples(entries: readonly Entry[], texts: ReadonlyMap<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, Entry>();
  for (const entry of entries) {
    for (const example of entry.examples ?? []) {
      const key = exampleKey(example);
      const first = owner.get(key);
      if (!first) {
        owner.set(key, entry);
        continue;
      }
      // The second of two in one entry is the one to remove; in another entry, its only one.
      const line = listItemLine(texts.get(entry.file), "examples", example, first === entry ? 2 : 1);
      problems.push({
        file: entry.file,
        ...(line ? { line } : {}),
        message:
          first === entry
            ? `example "${clip(example)}" is listed twice in this entry: remove one`
            : `example "${clip(example)}" is also an example of '${first.id}' (${first.file}): an example belongs to one entry; keep it where it is answered`,
      });
    }
  }
  return problems;
}

/** Examples compare by their words, whatever the case and punctuation ("Allies?" is "allies"). */
const exampleKey = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");

/** Share of a point's words that must already be in the summary (or an earlier point) to call it a repeat. */
export const REPEAT_SHARE = 0.75;
/** A summary or point this close to a quote, both ways, is the quote again in other punctuation. */
export const QUOTE_SHARE = 0.85;
/** Fewer distinct words than this and overlap says little ("No treaty is named."). */
const MIN_WORDS = 3;

/**
 * A key point must add something: one whose words are nearly all in the summary, or in an earlier point,
 * makes the reader read the same thing twice. The same goes for a summary or point that is a quote again:
 * the reply shows the quotes under "From the source".
 */
function checkRepeats(entry: Entry, text: string | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (line: number | undefined, message: string) =>
    problems.push({ file: entry.file, ...(line ? { line } : {}), message });
  const summary = contentWords(entry.summary);
  const quotes = entry.source.quotes.map((q) => ({ q, words: contentWords(q) }));
  const earlier: Set<string>[] = [];
  const closeQuote = (words: Set<string>) =>
    quotes.find((q) => share(words, q.words) >= QUOTE_SHARE && share(q.words, words) >= QUOTE_SHARE);

  const summaryQuote = closeQuote(summary);
  if (summaryQuote) {
    at(
      keyLine(text, "summary"),
      `the summary repeats the quote "${clip(summaryQuote.q)}" almost word for word, and the reply shows the quote too: answer in plain words`,
    );
  }
  entry.points.forEach((point, i) => {
    const words = contentWords(point);
    const line = pointLine(text, i);
    if (words.size >= MIN_WORDS) {
      const inSummary = share(words, summary);
      const twin = earlier.findIndex((w) => share(words, w) >= REPEAT_SHARE);
      const quote = closeQuote(words);
      if (inSummary >= REPEAT_SHARE) {
        at(
          line,
          `key point ${i + 1} repeats the summary (${Math.round(inSummary * 100)}% of its words are already there): make it add something the summary does not say, or remove it`,
        );
      } else if (twin >= 0) {
        at(line, `key point ${i + 1} repeats key point ${twin + 1}: merge them or make each say something new`);
      } else if (quote) {
        at(
          line,
          `key point ${i + 1} repeats the quote "${clip(quote.q)}" almost word for word, and the reply shows the quote too: say what it adds in plain words`,
        );
      }
    }
    earlier.push(words);
  });
  return problems;
}

/**
 * Phrases the review found doing harm. Attribution ("according to the source") belongs where it carries
 * meaning, once at most: the reply's footer already cites the source. Connectors of cause and means ("as a
 * result", "is a way of") state a link the source never makes; it states its points side by side.
 */
export const ATTRIBUTION =
  /\b(?:according to the source|the source (?:says|said|states|describes|calls|adds|notes|explains|mentions|tells us|argues))\b/gi;
export const STRETCHES =
  /\b(?:as a result|is a way (?:of|to)|as a way (?:of|to)|are ways? (?:of|to)|which means|this means|therefore|consequently|thereby|benefits? both sides)\b/gi;

function checkWording(entry: Entry, text: string | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const parts = [
    { text: entry.summary, line: keyLine(text, "summary"), name: "the summary" },
    ...entry.points.map((p, i) => ({ text: p, line: pointLine(text, i), name: `key point ${i + 1}` })),
  ];
  let attributions = 0;
  for (const part of parts) {
    for (const m of part.text.matchAll(ATTRIBUTION)) {
      attributions++;
      if (attributions === 2) {
        problems.push({
          file: entry.file,
          ...(part.line ? { line: part.line } : {}),
          message: `${part.name} says "${m[0]}" again: the footer already cites the source, so keep such words for where they carry meaning (at most once an entry), or mark what the source does not say`,
        });
      }
    }
    for (const m of part.text.matchAll(STRETCHES)) {
      problems.push({
        file: entry.file,
        ...(part.line ? { line: part.line } : {}),
        message: `${part.name} says "${m[0]}": the source states no cause, means or benefit here, only its points side by side; say what it says, without the link`,
      });
    }
  }
  return problems;
}

/**
 * Aliases and keywords are search vocabulary for this entry alone. One that is another entry's title or id
 * sends that entry's question here; an alias in two entries makes the same words answer twice; an alias that
 * is the entry's own title or id adds nothing, since titles and ids are searched already.
 */
function checkVocabulary(entries: readonly Entry[], texts: ReadonlyMap<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const names = new Map<string, Entry>();
  for (const e of entries) {
    for (const name of [e.title, e.id.replace(/-/g, " ")]) {
      const key = vocabKey(name);
      if (key && !names.has(key)) names.set(key, e);
    }
  }
  const aliasOwner = new Map<string, Entry>();
  for (const entry of entries) {
    const text = texts.get(entry.file);
    for (const field of ["aliases", "keywords"] as const) {
      for (const term of entry[field]) {
        const key = vocabKey(term);
        const line = listItemLine(text, field, term);
        const at = (message: string) => problems.push({ file: entry.file, ...(line ? { line } : {}), message });
        const named = names.get(key);
        if (named && named !== entry) {
          at(
            `${field === "aliases" ? "alias" : "keyword"} '${term}' is the ${vocabKey(named.title) === key ? "title" : "id"} of '${named.id}' (${named.file}): vocabulary names this entry only`,
          );
        } else if (named === entry && field === "aliases") {
          at(`alias '${term}' is this entry's own title or id, which is searched already: remove it`);
        }
        if (field !== "aliases" || !key) continue;
        const owner = aliasOwner.get(key);
        if (!owner) aliasOwner.set(key, entry);
        else if (owner !== entry) {
          at(
            `alias '${term}' is also an alias of '${owner.id}' (${owner.file}): an alias belongs to one entry`,
          );
        }
      }
    }
  }
  return problems;
}

const STOP = new Set(
  `a an the and or but of to in on at by for with from as is are was were be been it its it's this that these
those they them their there which who whom what when where how why than then so such also only
into over under about between each other one two its own has have had do does did can could may might will
would shall should`.split(/\s+/),
);

/** The distinct content words of a text, lower-cased, with a plural 's' dropped so "alliance(s)" meet. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []) {
    const word = raw.replace(/'s$/, "");
    if (STOP.has(word)) continue;
    out.add(word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word);
  }
  return out;
}

/** Share of `a`'s words that are also in `b`. */
export function share(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}

const vocabKey = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

// Entries no longer know their lines; the raw text does. These find them again for the messages.

function lines(text: string | undefined): string[] {
  return (text ?? "").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
}

function closingFence(all: string[]): number {
  return all.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
}

function keyLine(text: string | undefined, key: string): number | undefined {
  const all = lines(text);
  const end = closingFence(all);
  const i = all.findIndex((l, n) => n > 0 && (end < 0 || n < end) && new RegExp(`^${key}\\s*:`).test(l));
  return i >= 0 ? i + 1 : undefined;
}

/** The line of the i-th key point in the body. */
function pointLine(text: string | undefined, index: number): number | undefined {
  const all = lines(text);
  const end = closingFence(all);
  if (end < 0) return undefined;
  let seen = -1;
  for (let n = end + 1; n < all.length; n++) {
    if (/^[-*][ \t]+/.test(all[n]!) && ++seen === index) return n + 1;
  }
  return undefined;
}

/** The line of `value` in the front matter list `key`, or the line of the key itself. */
function listItemLine(text: string | undefined, key: string, value: string, occurrence = 1): number | undefined {
  const all = lines(text);
  const start = keyLine(text, key);
  if (start === undefined) return undefined;
  const want = vocabKey(value);
  let seen = 0;
  for (let n = start; n < all.length && !/^---[ \t]*$/.test(all[n]!); n++) {
    const item = /^\s*-\s+(.*)$/.exec(all[n]!);
    if (item && vocabKey(item[1]!.replace(/^["']|["']$/g, "")) === want && ++seen === occurrence) return n + 1;
    if (!item && /^[^\s#]/.test(all[n]!)) break; // the next key: the list has ended
  }
  return start;
}
