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
  const typed = normalizeText(partial).replace(/\s+/g, " ").trim();
  if (!typed) {
    const areas = index.entries.filter((e) => e.kind === "area");
    const topics = index.entries.filter((e) => e.kind === "topic");
    return [...areas, ...topics].slice(0, max);
  }
  const ranked = new Map<Entry, number>();
  const offer = (entry: Entry, rank: number) => {
    const prev = ranked.get(entry);
    if (prev === undefined || rank < prev) ranked.set(entry, rank);
  };
  for (const entry of index.entries) {
    const names = [entry.title, entry.id.replace(/-/g, " "), ...entry.aliases].map(normalizeText);
    if (names[0]!.startsWith(typed) || entry.id === typed) offer(entry, 0);
    else if (names.some((n) => n.startsWith(typed))) offer(entry, 1);
    else if (names.some((n) => n.split(/\s+/).some((w) => w.startsWith(typed)))) offer(entry, 2);
    else if (names.some((n) => n.includes(typed))) offer(entry, 3);
  }
  // Then whatever the question search makes of it: typos, other languages, keywords.
  if (ranked.size < max) {
    for (const hit of index.search(partial, max).hits) offer(hit.entry, 4 + (1 - hit.score));
  }
  const order = new Map(index.entries.map((e, i) => [e, i]));
  return [...ranked.entries()]
    .sort((a, b) => a[1] - b[1] || order.get(a[0])! - order.get(b[0])!)
    .slice(0, max)
    .map(([entry]) => entry);
}

/**
 * The entry a `/topic` name means: an id (what autocomplete sends), an exact title or alias, or else the
 * confident answer of the question search. Undefined when nothing fits well.
 */
export function resolveTopic(index: SearchIndex, name: string): Entry | undefined {
  const trimmed = name.trim();
  const exact = index.get(trimmed);
  if (exact) return exact;
  const typed = normalizeText(trimmed).replace(/\s+/g, " ");
  if (!typed) return undefined;
  const named = index.entries.find((e) =>
    [e.title, ...e.aliases].some((n) => normalizeText(n).replace(/\s+/g, " ") === typed),
  );
  return named ?? index.search(trimmed).answer?.entry;
}
