import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import type { Entry } from "../src/content/entry.ts";
import {
  buildIndex,
  DEFAULT_TUNING,
  FIELD_WEIGHTS,
  type Hit,
  type SearchIndex,
} from "../src/search/index.ts";

/**
 * The three searches compared. Each turns entries into a `SearchIndex`-shaped object, so the project's own
 * scorer (`src/eval/score.ts`) grades all three the same way.
 */
export interface Engine {
  name: string;
  /** How this engine decides there is no answer: printed with the results. */
  rejection: string;
  build(entries: readonly Entry[]): SearchIndex;
}

/**
 * Plain Fuse.js, default options, whole question as one pattern. Fuse's score is 0 (perfect) … 1 (no match);
 * the answer is the top hit when its score is at most 0.6, which is Fuse's own default match threshold, so
 * "rejected" means Fuse found nothing it would call a match. Fixed once, not tuned per question.
 */
export const FUSE_MAX_SCORE = 0.6;

/**
 * MiniSearch BM25 scores grow with the number and rarity of matching words and have no upper bound. The answer
 * is the top hit when its score is at least 30, about what a one-word question naming an entry's title scores
 * on the real content (chosen once on the development set, before the held-out set; not tuned per question).
 * MiniSearch keeps stop words, so off-topic questions full of "the", "is", "on" still score well above it.
 */
export const MINISEARCH_MIN_SCORE = 30;

const FIELDS = ["title", "aliases", "keywords", "summary", "points"] as const;

export const safir: Engine = {
  name: "Safir",
  rejection: `score below ${DEFAULT_TUNING.minScore} (src/search/index.ts)`,
  build: (entries) => buildIndex(entries),
};

export const plainFuse: Engine = {
  name: "Fuse.js (defaults)",
  rejection: `Fuse score above ${FUSE_MAX_SCORE}`,
  build(entries) {
    const fuse = new Fuse(entries, { keys: [...FIELDS], includeScore: true });
    return asIndex(entries, (query, limit) => {
      // Fuse returns every entry, unscored, for an empty pattern (7.3+).
      if (!query.trim()) return { hits: [], top: undefined };
      const found = fuse.search(query, { limit });
      const hits = found.map(({ item, score = 1 }) => ({ entry: item, score: round(1 - score) }));
      const top = found[0];
      return { hits, top: top && (top.score ?? 1) <= FUSE_MAX_SCORE ? hits[0] : undefined };
    });
  },
};

export const miniSearch: Engine = {
  name: "MiniSearch (BM25)",
  rejection: `BM25 score below ${MINISEARCH_MIN_SCORE}`,
  build(entries) {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const ms = new MiniSearch<Entry>({
      idField: "id",
      fields: [...FIELDS],
      extractField: (doc, field) => {
        const value = (doc as unknown as Record<string, unknown>)[field];
        return Array.isArray(value) ? value.join(" \n ") : String(value ?? "");
      },
      // Boosts mirror Safir's field weights, so the comparison is about the method, not the weights.
      searchOptions: {
        boost: {
          title: FIELD_WEIGHTS.title,
          aliases: FIELD_WEIGHTS.aliases,
          keywords: FIELD_WEIGHTS.keywords,
          summary: FIELD_WEIGHTS.summary,
          points: FIELD_WEIGHTS.points,
        },
        fuzzy: 0.2,
        prefix: true,
      },
    });
    ms.addAll(entries as Entry[]);
    return asIndex(entries, (query, limit) => {
      const found = ms.search(query).slice(0, limit);
      const hits = found.map((r) => ({ entry: byId.get(r.id as string)!, score: round(r.score) }));
      const top = found[0];
      return { hits, top: top && top.score >= MINISEARCH_MIN_SCORE ? hits[0] : undefined };
    });
  },
};

export const ENGINES: readonly Engine[] = [safir, plainFuse, miniSearch];

function asIndex(
  entries: readonly Entry[],
  run: (query: string, limit: number) => { hits: Hit[]; top: Hit | undefined },
): SearchIndex {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    entries,
    // Unused by the peers; present because the scorer takes a SearchIndex.
    tuning: DEFAULT_TUNING,
    vocabularySize: 0,
    get: (id) => byId.get(id),
    search(query, limit = 5) {
      const { hits, top } = run(query, limit);
      return { query, terms: [], notInSource: [], hits, answer: top ?? null };
    },
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
