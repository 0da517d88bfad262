import type { AreaId } from "../../src/content/areas.ts";
import type { Entry } from "../../src/content/entry.ts";

/**
 * A topic entry for a small knowledge base of a test's own, so search tests state how a question is read
 * whatever the shipped content says: a title, keywords and aliases, and the least of everything else.
 */
export function entry(
  id: string,
  area: AreaId,
  title: string,
  keywords: string[],
  aliases: string[] = [],
): Entry {
  return {
    id,
    title,
    area,
    kind: "topic",
    summary: `${title}.`,
    aliases,
    keywords,
    related: [],
    source: { section: "Overview", quotes: [] },
    points: [],
    file: `${id}.md`,
  } as Entry;
}
