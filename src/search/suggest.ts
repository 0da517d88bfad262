import type { Entry } from "../content/entry.ts";
import type { SearchIndex } from "./index.ts";
import { normalizeText } from "./normalize.ts";

export const MAX_SUGGESTIONS = 25;

/**
 * Entries for a partially typed topic name, best first, at most `limit`. An empty input gets the six
 * areas and then topics in document order, so the list is useful before anything is typed.
 */
export function suggest(index: SearchIndex, partial: string, limit = MAX_SUGGESTIONS): Entry[] {
  const max = Math.max(0, Math.min(limit, MAX_SUGGESTIONS));
  const table = namesOf(index);
  const typed = collapse(normalizeText(partial));
  if (!typed) return table.browse.slice(0, max);
  const ranked = new Map<Entry, number>();
  const offer = (entry: Entry, rank: number) => {
    const prev = ranked.get(entry);
    if (prev === undefined || rank < prev) ranked.set(entry, rank);
  };
  for (const { entry, names } of table.rows) {
    if (names[0]!.startsWith(typed) || entry.id === typed) offer(entry, 0);
    else if (names.some((n) => n.startsWith(typed))) offer(entry, 1);
    else if (names.some((n) => n.includes(` ${typed}`))) offer(entry, 2);
    else if (names.some((n) => n.includes(typed))) offer(entry, 3);
  }
  // Then whatever the question search makes of it: typos, other languages, keywords.
  if (ranked.size < max) {
    for (const hit of index.search(partial, max).hits) offer(hit.entry, 4 + (1 - hit.score));
  }
  return [...ranked.entries()]
    .sort((a, b) => a[1] - b[1] || table.order.get(a[0])! - table.order.get(b[0])!)
    .slice(0, max)
    .map(([entry]) => entry);
}

interface NameTable {
  /** Each entry with its names (title first, then id and aliases), normalised once. */
  rows: { entry: Entry; names: string[] }[];
  order: Map<Entry, number>;
  /** What an empty input offers: the areas, then the topics, in document order. */
  browse: Entry[];
}

// Autocomplete runs on every keystroke: the names are normalised once per index, not per request.
const tables = new WeakMap<SearchIndex, NameTable>();
function namesOf(index: SearchIndex): NameTable {
  let table = tables.get(index);
  if (!table) {
    table = {
      rows: index.entries.map((entry) => ({
        entry,
        names: [entry.title, entry.id.replace(/-/g, " "), ...entry.aliases].map((n) =>
          collapse(normalizeText(n)),
        ),
      })),
      order: new Map(index.entries.map((e, i) => [e, i])),
      browse: [
        ...index.entries.filter((e) => e.kind === "area"),
        ...index.entries.filter((e) => e.kind === "topic"),
      ],
    };
    tables.set(index, table);
  }
  return table;
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The entry a `/topic` name means: an id (what autocomplete sends), an exact title or alias, or else the
 * confident answer of the question search. Undefined when nothing fits well.
 */
export function resolveTopic(index: SearchIndex, name: string): Entry | undefined {
  const trimmed = name.trim();
  const exact = index.get(trimmed);
  if (exact) return exact;
  const typed = collapse(normalizeText(trimmed));
  if (!typed) return undefined;
  // Title or alias, not the id spelt with spaces: that is what `index.get` is for.
  const named = namesOf(index).rows.find(({ names }) => names[0] === typed || names.slice(2).includes(typed));
  return named?.entry ?? index.search(trimmed).answer?.entry;
}
