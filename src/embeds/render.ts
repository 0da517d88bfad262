import type { APIEmbed, APIEmbedField } from "discord-api-types/v10";
import { AREA_IDS, AREAS, SOURCE_TITLE } from "../content/areas.ts";
import type { Entry } from "../content/entry.ts";
import { topicsOf } from "../content/topics.ts";
import { type Lang, messagesFor } from "../i18n/index.ts";
import type { MissingNote } from "../search/not-in-source.ts";
import { clampEmbed, DISCORD_LIMITS, escapeUserText, truncate } from "./limits.ts";
import { missingLine } from "./missing.ts";

/** What an embed needs to know about the rest of the knowledge base: titles of related entries. */
export interface EntryLookup {
  get(id: string): Entry | undefined;
  readonly entries: readonly Entry[];
}

const NEUTRAL = 0x5865f2;

export function sourceFooter(entry: Entry, lang: Lang = "en"): string {
  const t = messagesFor(lang);
  const source = t.source(SOURCE_TITLE, entry.source.section);
  // In another language, the one line that says the answer itself is the English source's.
  return t.englishSourceNote ? `${source}\n${t.englishSourceNote}` : source;
}

export interface RenderEntryOptions {
  question?: string;
  /** The language of everything around the entry (default English). */
  lang?: Lang;
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
  return withQuestion(entryBody(entry, kb, opts), opts);
}

/** The same embed, worked out from scratch every time: what the kept bodies must always equal. */
export function renderEntryPlain(entry: Entry, kb: EntryLookup, opts: RenderEntryOptions = {}): APIEmbed {
  return withQuestion(composeBody(entry, kb, opts.lang, relatedOf(entry, kb, opts)), opts);
}

/** Everything in an entry's embed but the question: the same for every question the entry answers. */
interface EntryBody {
  title: string;
  description: string;
  color: number;
  fields: APIEmbedField[];
  footer: string;
  /** The related entries it lists, to check a kept body against. */
  related: readonly Entry[];
}

// Kept per index (a reload brings a new one) and entry, then per language and related list: an uncached
// /ask spent a quarter of its time composing the same entry again for each new question.
const bodies = new WeakMap<EntryLookup, WeakMap<Entry, Map<string, EntryBody>>>();
const BODIES_PER_ENTRY = 64;

function entryBody(entry: Entry, kb: EntryLookup, opts: RenderEntryOptions): EntryBody {
  const related = relatedOf(entry, kb, opts);
  let byEntry = bodies.get(kb);
  if (!byEntry) bodies.set(kb, (byEntry = new WeakMap()));
  let kept = byEntry.get(entry);
  if (!kept) byEntry.set(entry, (kept = new Map()));
  const key = `${opts.lang ?? ""}\n${related.map((e) => e.id).join("\n")}`;
  const body = kept.get(key);
  if (body && body.related.length === related.length && body.related.every((e, i) => e === related[i]))
    return body;
  const fresh = composeBody(entry, kb, opts.lang, related);
  if (kept.size >= BODIES_PER_ENTRY) kept.clear();
  kept.set(key, fresh);
  return fresh;
}

const relatedOf = (entry: Entry, kb: EntryLookup, opts: RenderEntryOptions): Entry[] =>
  (opts.related ?? []).filter((e) => e.id !== entry.id && kb.get(e.id));

function composeBody(
  entry: Entry,
  kb: EntryLookup,
  lang: Lang | undefined,
  related: readonly Entry[],
): EntryBody {
  const t = messagesFor(lang);
  const area = AREAS[entry.area];
  const shown = new Set([sentenceKey(entry.summary)]);
  const points = entry.points.filter((p) => keepOnce(shown, p)).map((p) => `• ${p}`);
  const quotes = entry.source.quotes
    .filter((q) => keepOnce(shown, q))
    .map((q) => `> *${q.replace(/\*/g, "")}*`)
    .join("\n");
  const fields: APIEmbedField[] = [];
  if (entry.kind === "topic")
    fields.push({ name: t.area, value: `${area.emoji} ${t.areaNames[entry.area]}`, inline: true });
  if (quotes) fields.push({ name: t.fromSource, value: truncate(quotes, DISCORD_LIMITS.fieldValue) });
  if (related.length > 0) fields.push({ name: t.related, value: listTitles(related, lang) });
  return {
    title: truncate(`${area.emoji} ${entry.title}`, DISCORD_LIMITS.title),
    description: points.length ? `**${entry.summary}**\n\n${points.join("\n")}` : `**${entry.summary}**`,
    color: area.color,
    fields,
    footer: sourceFooter(entry, lang),
    related,
  };
}

/** The body with the question's "asked" line, within Discord's limits (which the question's length moves). */
function withQuestion(body: EntryBody, opts: RenderEntryOptions): APIEmbed {
  const t = messagesFor(opts.lang);
  // clampEmbed copies every field and the footer: a kept body is never handed out or changed.
  return clampEmbed({
    title: body.title,
    description: body.description,
    color: body.color,
    fields: body.fields,
    ...(opts.question
      ? { author: { name: truncate(t.asked(oneLine(opts.question)), DISCORD_LIMITS.authorName) } }
      : {}),
    footer: { text: body.footer },
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
  lang: Lang = "en",
  notInSource?: MissingNote,
): APIEmbed {
  const t = messagesFor(lang);
  const shown = truncate(escapeUserText(question), 300);
  const lines = [
    shown ? t.noMatchLead(shown) : t.noMatchEmpty,
    ...(notInSource ? [missingLine(notInSource, t)] : []),
    "",
    t.noMatchHelp,
  ];
  const fields: APIEmbedField[] = [{ name: t.areas, value: areaList(kb, lang) }];
  if (nearMisses.length > 0) {
    fields.push({ name: t.closest, value: listTitles(nearMisses.slice(0, 5), lang) });
  }
  return clampEmbed({
    title: t.noMatchTitle,
    description: lines.join("\n"),
    color: NEUTRAL,
    fields,
    footer: { text: t.source(SOURCE_TITLE) },
  });
}

/** Every area with its topics: the table of contents for `/topics`. */
export function renderTopicList(kb: EntryLookup, lang: Lang = "en"): APIEmbed {
  const t = messagesFor(lang);
  const fields: APIEmbedField[] = [];
  for (const id of AREA_IDS) {
    const area = AREAS[id];
    const topics = topicsOf(kb.entries, id);
    fields.push({
      name: `${area.emoji} ${t.areaNames[id]}`,
      value: topics.length ? listTitles(topics, lang) : t.areaSummaryOnly,
    });
  }
  return clampEmbed({
    title: t.topicsTitle,
    description: t.topicsDescription(kb.entries.length),
    color: NEUTRAL,
    fields,
    footer: { text: t.source(SOURCE_TITLE) },
  });
}

export interface AboutInfo {
  version: string;
  entries: number;
  topics: number;
  /** What is recorded and for how long, for one line on privacy; absent where nothing is wired (tests). */
  privacy?: { recording: false } | { recording: true; retentionDays: number };
}

export function renderAbout(info: AboutInfo, lang: Lang = "en"): APIEmbed {
  const t = messagesFor(lang);
  return clampEmbed({
    title: t.aboutTitle,
    description: [t.aboutIntro, t.aboutSource(SOURCE_TITLE)].join("\n\n"),
    color: NEUTRAL,
    fields: [
      { name: t.commandsField, value: t.commandLines.join("\n") },
      { name: t.knowledgeBase, value: t.knowledgeBaseValue(info.entries, info.topics), inline: true },
      { name: t.version, value: info.version, inline: true },
      ...(info.privacy
        ? [
            {
              name: t.privacyField,
              value: info.privacy.recording ? t.privacyRecording(info.privacy.retentionDays) : t.privacyOff,
            },
          ]
        : []),
    ],
    footer: { text: t.aboutFooter },
  });
}

function listTitles(entries: readonly Entry[], lang: Lang = "en"): string {
  const t = messagesFor(lang);
  const lines: string[] = [];
  let length = 0;
  for (const [i, e] of entries.entries()) {
    const line = `• ${e.title}`;
    const more = t.andMore(entries.length - i);
    if (length + line.length + 1 > DISCORD_LIMITS.fieldValue - more.length - 1) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join("\n");
}

function areaList(kb: EntryLookup, lang: Lang): string {
  const t = messagesFor(lang);
  return AREA_IDS.map((id) => {
    const area = AREAS[id];
    const entry = kb.get(id);
    return `${area.emoji} **${t.areaNames[id]}**${entry ? ` — ${truncate(entry.summary, 120)}` : ""}`;
  }).join("\n");
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
