import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { AREA_IDS, AREAS, type AreaId, type SourceSection } from "../src/content/areas.ts";
import { LIMITS } from "../src/content/schema.ts";
import { contentWords, REPEAT_SHARE, share } from "../src/content/writing.ts";
import type { SourceFile } from "../src/content/validate.ts";
import { analyze } from "../src/search/analyze.ts";
import { createRng, type Rng } from "./prng.ts";

/**
 * Synthetic knowledge bases in the real content schema, for measuring how search cost grows. The text is
 * made of pseudo-words whose frequencies follow Zipf's law, like real text: a few words are everywhere, most
 * are rare. Each entry also has a handful of topic words it repeats and a few words only it uses, so a
 * question can point at one entry the way a real question points at one topic.
 */

export interface SyntheticQuestion {
  q: string;
  /** The id of the entry the question was written from. */
  expect: string;
  kind: "words" | "typo" | "phrased";
}

export interface KnowledgeBase {
  files: SourceFile[];
  questions: SyntheticQuestion[];
}

const SECTIONS: Record<AreaId, readonly SourceSection[]> = {
  overview: ["Introduction", "Overview"],
  "cooperation-and-alliances": ["Key Focus Areas › Cooperation and Alliances"],
  "peaceful-coexistence": ["Key Focus Areas › Peaceful Coexistence"],
  "countering-threats": ["Key Focus Areas › Countering Threats"],
  "technological-cooperation": ["Key Focus Areas › Technological Cooperation"],
  conclusion: ["Conclusion"],
};

// Real English function words, so sentences tokenise like prose (the analyser drops them, MiniSearch does not).
const FUNCTION_WORDS = "the of and to in a is that for on with as by it are from this its at be an or which"
  .split(" ")
  .filter(Boolean);
const QUESTION_FRAMES = [
  (w: string) => `what about ${w}?`,
  (w: string) => `tell me about ${w}`,
  (w: string) => `how does the nation handle ${w}`,
  (w: string) => `is there anything on ${w} and the partners?`,
  (w: string) => `what is the policy on ${w}`,
];

const ONSETS = "b d f g k l m n p r t v z sh ch tr br dr kr pl st gr".split(" ");
const VOWELS = "a e i o u ai ou ea".split(" ");
const CODAS = ["", "", "", "n", "r", "l", "m", "k", "nd", "rt"];

/** Size of the shared (Zipf) vocabulary; each entry adds its own rare words on top. */
const VOCABULARY = 20_000;
const ZIPF_EXPONENT = 1.0;
const RARE_PER_ENTRY = 4;
const TOPIC_WORDS_PER_ENTRY = 12;

/** Deterministic vocabulary: rank → word, shorter words at the common end as in real languages. */
class WordMaker {
  private readonly seen = new Set<string>();
  constructor(private readonly rng: Rng) {}

  make(syllables: number): string {
    for (;;) {
      let w = "";
      for (let i = 0; i < syllables; i++) {
        w +=
          this.rng.pick(ONSETS) + this.rng.pick(VOWELS) + (i === syllables - 1 ? this.rng.pick(CODAS) : "");
      }
      // Keep words the analyser leaves as they are, so a question word and an indexed word always meet.
      if (w.length < 3 || this.seen.has(w)) continue;
      const analysed = analyze(w);
      if (analysed.length !== 1 || analysed[0] !== w) continue;
      this.seen.add(w);
      return w;
    }
  }
}

class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) {
      sum += 1 / (r + 2.7) ** ZIPF_EXPONENT;
      this.cdf[r] = sum;
    }
    for (let r = 0; r < n; r++) this.cdf[r]! /= sum;
  }
  /** A rank, 0 the most common. */
  sample(rng: Rng): number {
    const x = rng.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface Plan {
  id: string;
  area: AreaId;
  kind: "area" | "topic";
  title: string;
  rare: string[];
  topic: string[];
}

/** A knowledge base of `size` entries (six of them the area entries) and `questionCount` questions. */
export function generateKnowledgeBase(size: number, questionCount: number, seed = 20261101): KnowledgeBase {
  if (size < AREA_IDS.length) throw new Error(`a knowledge base needs at least ${AREA_IDS.length} entries`);
  const rng = createRng(seed);
  const maker = new WordMaker(rng);
  const vocabulary: string[] = [];
  for (let r = 0; r < VOCABULARY; r++) vocabulary.push(maker.make(r < 100 ? 2 : rng.int(2, 3)));
  const zipf = new Zipf(VOCABULARY);
  const background = () => vocabulary[zipf.sample(rng)]!;

  const plans: Plan[] = [];
  for (const area of AREA_IDS) {
    plans.push(planEntry(rng, maker, vocabulary, area, "area", area, AREAS[area].name));
  }
  for (let i = plans.length; i < size; i++) {
    const area = rng.pick(AREA_IDS);
    const plan = planEntry(rng, maker, vocabulary, `t${i}`, "topic", area, "");
    plan.id = `t${i}-${plan.rare[0]}`;
    plans.push(plan);
  }

  const files = plans.map((plan) => ({
    file: `${plan.id}.md`,
    text: renderEntry(rng, plan, background),
  }));
  const topics = plans.filter((p) => p.kind === "topic");
  const questions: SyntheticQuestion[] = [];
  for (let i = 0; i < questionCount; i++) questions.push(makeQuestion(rng, rng.pick(topics), i));
  return { files, questions };
}

function planEntry(
  rng: Rng,
  maker: WordMaker,
  vocabulary: readonly string[],
  id: string,
  kind: "area" | "topic",
  area: AreaId,
  areaTitle: string,
): Plan {
  const rare = Array.from({ length: RARE_PER_ENTRY }, () => maker.make(rng.int(3, 4)));
  // Topic words come from the middle and tail of the vocabulary: frequent enough to be shared with other
  // entries, rare enough to say something.
  const topic = new Set<string>();
  while (topic.size < TOPIC_WORDS_PER_ENTRY) topic.add(vocabulary[rng.int(300, vocabulary.length - 1)]!);
  const topicWords = [...topic];
  const title =
    kind === "area" ? areaTitle : [rare[0]!, ...topicWords.slice(0, rng.int(1, 2))].map(capitalise).join(" ");
  return { id, area, kind, title, rare, topic: topicWords };
}

/** One entry as a markdown file with YAML front matter, 100-300 words spread over the schema's fields. */
function renderEntry(rng: Rng, plan: Plan, background: () => string): string {
  // Aliases are left out of the count; the title, quote, summary, points and keywords share 100-300 words.
  const total = rng.int(100, 296);
  const titleWords = plan.title.split(" ").length;
  // A word of running text: mostly the shared vocabulary, sometimes the entry's own topic words.
  const contentWord = () => (rng.chance(0.25) ? rng.pick(plan.topic) : background());
  const proseWord = () => (rng.chance(0.35) ? rng.pick(FUNCTION_WORDS) : contentWord());

  const quoteWords = rng.int(8, 14);
  const quote = sentence([plan.rare[1]!, ...Array.from({ length: quoteWords - 1 }, proseWord)]);

  const summaryTarget = Math.round(total * 0.2);
  const summary = fill([plan.rare[0]!, plan.rare[2]!], summaryTarget, LIMITS.summaryMax - 20, proseWord, rng);

  let budget = total - titleWords - quoteWords - summary.split(" ").length;
  const pointsTarget = Math.round(budget * 0.6);
  const points: string[] = [];
  let pointWords = 0;
  let bodyChars = 0;
  for (let i = 0; i < LIMITS.pointsMax && pointWords < pointsTarget; i++) {
    const want = Math.min(pointsTarget - pointWords, rng.int(15, 35));
    const seedWords = i === 0 ? [plan.rare[3]!] : i === 1 ? [plan.rare[0]!] : [];
    const room = Math.min(LIMITS.pointMax - 10, LIMITS.bodyMax - 60 - bodyChars);
    if (room < 40) break;
    // The loader refuses a key point that repeats the summary or another point (src/content/writing.ts):
    // draw again, and stop adding points when the words keep coming out the same.
    const repeats = (text: string) => {
      const words = contentWords(text);
      return [summary, ...points].some((other) => share(words, contentWords(other)) >= REPEAT_SHARE);
    };
    let point = fill(seedWords, want, room, proseWord, rng);
    for (let tries = 0; tries < 5 && repeats(point); tries++)
      point = fill(seedWords, want, room, proseWord, rng);
    if (repeats(point)) break;
    points.push(point);
    pointWords += point.split(" ").length;
    bodyChars += point.length + 3;
  }
  budget -= pointWords;

  // The rest goes to keywords, one or two words each: the field that holds the most words per entry.
  const keywords: string[] = [];
  const seen = new Set<string>();
  const addKeyword = (k: string) => {
    if (keywords.length >= LIMITS.keywordsMax || k.length > LIMITS.keywordMax || seen.has(k)) return 0;
    seen.add(k);
    keywords.push(k);
    return k.split(" ").length;
  };
  for (const w of plan.rare) budget -= addKeyword(w);
  // Every topic word once as a keyword at least, so a question built from them always points here.
  for (const w of plan.topic) budget -= addKeyword(w);
  let guard = 0;
  while (budget > 0 && keywords.length < LIMITS.keywordsMax && guard++ < 1000) {
    budget -= addKeyword(rng.chance(0.4) ? `${contentWord()} ${contentWord()}` : contentWord());
  }

  const aliases = rng.chance(0.5) ? [`${plan.rare[1]} ${plan.topic[0]}`] : [];
  const related = plan.kind === "topic" ? [plan.area] : [];
  const front = {
    id: plan.id,
    title: plan.title,
    area: plan.area,
    kind: plan.kind,
    summary,
    aliases,
    keywords,
    related,
    source: { section: rng.pick(SECTIONS[plan.area]), quotes: [quote] },
  };
  const body = points.map((p) => `- ${p}`).join("\n");
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${body}\n`;
}

/** A sentence of about `target` words starting from `seed` words, at most `maxChars` long. */
function fill(seed: string[], target: number, maxChars: number, word: () => string, rng: Rng): string {
  const words = [...seed];
  while (words.length < target) words.push(word());
  rng.shuffle(words);
  let text = sentence(words);
  while (text.length > maxChars && words.length > 1) {
    // Drop from the end but keep the entry's own words, which the questions rely on.
    const at = words.findLastIndex((w) => !seed.includes(w));
    words.splice(at < 0 ? words.length - 1 : at, 1);
    text = sentence(words);
  }
  return text;
}

function sentence(words: readonly string[]): string {
  return `${capitalise(words.join(" "))}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A question written from one entry: a few of its distinctive words (usually one of its own rare words, plus
 * topic words), sometimes with a typo, sometimes wrapped in question words.
 */
function makeQuestion(rng: Rng, plan: Plan, n: number): SyntheticQuestion {
  const count = rng.int(3, 6);
  const words: string[] = [];
  if (rng.chance(0.7)) words.push(rng.pick(plan.rare));
  const topic = rng.shuffle([...plan.topic]);
  while (words.length < count) words.push(topic.pop()!);
  rng.shuffle(words);
  let kind: SyntheticQuestion["kind"] = "words";
  // Every third question has a typo, every third other one is phrased as a sentence: the same mix each run.
  if (n % 3 === 1) {
    const i = words.findIndex((w) => w.length >= 5);
    if (i >= 0) {
      words[i] = typo(rng, words[i]!);
      kind = "typo";
    }
  } else if (n % 3 === 2) {
    kind = "phrased";
  }
  const joined = words.join(" ");
  const q = kind === "phrased" ? rng.pick(QUESTION_FRAMES)(joined) : joined;
  return { q, expect: plan.id, kind };
}

/**
 * One typing slip after the first letter: a swap, a dropped, doubled or wrong letter. The first letter is kept
 * because people rarely get it wrong, and BENCHMARKS.md says so.
 */
export function typo(rng: Rng, word: string): string {
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const letters = "abcdefghijklmnopqrstuvwxyz".replace(word[i]!, "");
      return word.slice(0, i) + rng.pick([...letters]) + word.slice(i + 1);
    }
  }
}

export async function writeKnowledgeBase(dir: string, files: readonly SourceFile[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Sequential batches: 10,000 parallel writes would exhaust file descriptors on some systems.
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(
      files.slice(i, i + 256).map(({ file, text }) => writeFile(path.join(dir, file), text, "utf8")),
    );
  }
}

/** Words in an entry's text fields, for checking the generator keeps to 100-300. */
export function countWords(entry: {
  title: string;
  summary: string;
  aliases: string[];
  keywords: string[];
  points: string[];
  source: { quotes: string[] };
}): number {
  const parts = [entry.title, entry.summary, ...entry.keywords, ...entry.points, ...entry.source.quotes];
  return parts.join(" ").split(/\s+/).filter(Boolean).length;
}
