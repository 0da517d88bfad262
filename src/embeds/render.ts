import type { APIEmbed, APIEmbedField } from "discord-api-types/v10";
import { AREA_IDS, AREAS, SOURCE_TITLE } from "../content/areas.ts";
import type { Entry } from "../content/entry.ts";
import { topicsOf } from "../content/topics.ts";
import { clampEmbed, DISCORD_LIMITS, escapeUserText, truncate } from "./limits.ts";

/** What an embed needs to know about the rest of the knowledge base: titles of related entries. */
export interface EntryLookup {
  get(id: string): Entry | undefined;
  readonly entries: readonly Entry[];
}

const NEUTRAL = 0x5865f2;

export function sourceFooter(entry: Entry): string {
  return `Source: “${SOURCE_TITLE}” § ${entry.source.section}`;
}

export interface RenderEntryOptions {
  question?: string;
  /**
   * Entries to list in a "Related" field. Empty by default: the message's select menu already offers the
   * related entries, and a reply shows each list once. The view passes them only when the menu is taken by
   * other matches for the question.
   */
  related?: readonly Entry[];
}

/**
 * An entry as a Discord embed: the summary as the answer, the key points, then the source's own words.
 * Only what helps a reader: no internal fields (an entry's kind), the area only where the title does not
 * already name it, and no sentence twice.
 */
export function renderEntry(entry: Entry, kb: EntryLookup, opts: RenderEntryOptions = {}): APIEmbed {
  const area = AREAS[entry.area];
  const shown = new Set([sentenceKey(entry.summary)]);
  const points = entry.points.filter((p) => keepOnce(shown, p)).map((p) => `• ${p}`);
  const quotes = entry.source.quotes
    .filter((q) => keepOnce(shown, q))
    .map((q) => `> *${q.replace(/\*/g, "")}*`)
    .join("\n");
  const fields: APIEmbedField[] = [];
  if (entry.kind === "topic")
    fields.push({ name: "Area", value: `${area.emoji} ${area.name}`, inline: true });
  if (quotes) fields.push({ name: "From the source", value: truncate(quotes, DISCORD_LIMITS.fieldValue) });
  const related = (opts.related ?? []).filter((e) => e.id !== entry.id && kb.get(e.id));
  if (related.length > 0) fields.push({ name: "Related", value: listTitles(related) });

  return clampEmbed({
    title: truncate(`${area.emoji} ${entry.title}`, DISCORD_LIMITS.title),
    description: points.length ? `**${entry.summary}**\n\n${points.join("\n")}` : `**${entry.summary}**`,
    color: area.color,
    fields,
    ...(opts.question
      ? { author: { name: truncate(`Asked: ${oneLine(opts.question)}`, DISCORD_LIMITS.authorName) } }
      : {}),
    footer: { text: sourceFooter(entry) },
  });
}

/** Letters and digits only, lower-cased: the same sentence with other punctuation or spacing is the same. */
const sentenceKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** True the first time a sentence is shown; a repeat (same words, any punctuation) is left out. */
function keepOnce(shown: Set<string>, text: string): boolean {
  const key = sentenceKey(text);
  if (shown.has(key)) return false;
  shown.add(key);
  return true;
}

/** The reply when no entry answers the question with confidence: what we did not find, and where to look. */
export function renderNoMatch(
  question: string,
  kb: EntryLookup,
  nearMisses: Entry[] = [],
  notInSource?: string,
): APIEmbed {
  const shown = truncate(escapeUserText(question), 300);
  const lines = [
    shown
      ? `I could not find a confident answer to “${shown}” in the source document.`
      : "Ask a question about the source document.",
    ...(notInSource ? [escapeUserText(notInSource)] : []),
    "",
    "Safir answers questions on the foreign policy and security relations of an Islamic nation. Try one of the areas below with `/topic`, or ask with other words.",
  ];
  const fields: APIEmbedField[] = [{ name: "Areas", value: areaList(kb) }];
  if (nearMisses.length > 0) {
    fields.push({ name: "Closest entries", value: listTitles(nearMisses.slice(0, 5)) });
  }
  return clampEmbed({
    title: "No confident answer",
    description: lines.join("\n"),
    color: NEUTRAL,
    fields,
    footer: { text: `Source: “${SOURCE_TITLE}”` },
  });
}

/** Every area with its topics: the table of contents for `/topics`. */
export function renderTopicList(kb: EntryLookup): APIEmbed {
  const fields: APIEmbedField[] = [];
  for (const id of AREA_IDS) {
    const area = AREAS[id];
    const topics = topicsOf(kb.entries, id);
    fields.push({
      name: `${area.emoji} ${area.name}`,
      value: topics.length ? listTitles(topics) : "_The area summary itself._",
    });
  }
  return clampEmbed({
    title: "Topics",
    description: `${kb.entries.length} entries in six areas, all written from one source document. Pick one below, or use \`/topic\`.`,
    color: NEUTRAL,
    fields,
    footer: { text: `Source: “${SOURCE_TITLE}”` },
  });
}

export interface AboutInfo {
  version: string;
  entries: number;
  topics: number;
}

export function renderAbout(info: AboutInfo): APIEmbed {
  return clampEmbed({
    title: "About Safir",
    description: [
      "Safir answers questions on the foreign policy and security relations of an Islamic nation.",
      `Every answer comes from one source document, “${SOURCE_TITLE}”, and names the section it is drawn from, so you can check it. Safir adds no facts of its own.`,
    ].join("\n\n"),
    color: NEUTRAL,
    fields: [
      {
        name: "Commands",
        value: [
          "`/ask question` — ask in your own words",
          "`/topic name` — open a topic (start typing for suggestions)",
          "`/topics` — every area and topic",
          "`/about` — this message",
          "Add `private: True` to see an answer only yourself.",
        ].join("\n"),
      },
      {
        name: "Knowledge base",
        value: `${info.entries} entries (${info.topics} topics in six areas)`,
        inline: true,
      },
      { name: "Version", value: info.version, inline: true },
    ],
    footer: { text: "Safir is open source. Answers summarise the source; they are not official statements." },
  });
}

function listTitles(entries: readonly Entry[]): string {
  const lines: string[] = [];
  let length = 0;
  for (const [i, e] of entries.entries()) {
    const line = `• ${e.title}`;
    const more = `… and ${entries.length - i} more`;
    if (length + line.length + 1 > DISCORD_LIMITS.fieldValue - more.length - 1) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join("\n");
}

function areaList(kb: EntryLookup): string {
  return AREA_IDS.map((id) => {
    const area = AREAS[id];
    const entry = kb.get(id);
    return `${area.emoji} **${area.name}**${entry ? ` — ${truncate(entry.summary, 120)}` : ""}`;
  }).join("\n");
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
