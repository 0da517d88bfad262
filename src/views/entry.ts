import type { APIActionRowComponent, APIComponentInMessageActionRow } from "discord-api-types/v10";
import { entrySelect, feedbackRow, postButton } from "../components/build.ts";
import type { Entry } from "../content/entry.ts";
import { topicsOf } from "../content/topics.ts";
import { missingLine } from "../embeds/missing.ts";
import { renderEntry } from "../embeds/render.ts";
import { type Lang, messagesFor } from "../i18n/index.ts";
import type { MessageBody } from "../reply/respond.ts";
import type { SearchIndex } from "../search/index.ts";
import type { MissingNote } from "../search/not-in-source.ts";

export interface EntryViewOptions {
  question?: string;
  /** Other entries that also answer the question well; offered in a select menu. */
  others?: readonly Entry[];
  /** A private reply gets a "Post in channel" button. */
  ephemeral?: boolean;
  /** "Suggested for @user" above the answer. */
  mentionUserId?: string;
  /** "Shared by @user", without a ping. */
  sharedBy?: string;
  /** The language of everything around the entry (default English). */
  lang?: Lang;
  /** 👍/👎 buttons for the question this answers (its short reference); omitted when nothing is recorded. */
  feedback?: { questionRef: string };
  /** What the question asked that the source does not cover: one plain line the reply opens with. */
  notInSource?: MissingNote;
}

/**
 * An entry as a whole message: embed, a way on to other or related entries, and the post button.
 * Each list appears once: the select menu offers the related entries (an area's topics first), unless the
 * menu is taken by other matches for the question; only then does the embed list the related entries.
 */
export function entryMessage(entry: Entry, index: SearchIndex, opts: EntryViewOptions = {}): MessageBody {
  const lang = opts.lang ?? "en";
  const t = messagesFor(lang);
  const components: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  const ref = opts.feedback?.questionRef;
  if (opts.ephemeral) components.push(postButton(entry.id, lang, ref));
  const others = (opts.others ?? []).filter((e) => e.id !== entry.id);
  const next = nextEntries(entry, index);
  let relatedField: Entry[] = [];
  if (others.length > 0) {
    components.push(entrySelect(others, t.otherMatches, lang, ref));
    relatedField = next.filter((e) => !others.includes(e));
  } else if (next.length > 0) {
    components.push(
      entrySelect(next, entry.kind === "area" ? t.areaTopicsPlaceholder : t.relatedPlaceholder, lang, ref),
    );
  }
  if (ref) components.push(feedbackRow(entry.id, ref, lang));
  const byline = opts.mentionUserId
    ? t.suggestedFor(opts.mentionUserId)
    : opts.sharedBy
      ? t.sharedBy(opts.sharedBy)
      : undefined;
  const missing = opts.notInSource ? missingLine(opts.notInSource, t) : undefined;
  const content = [missing, byline].filter(Boolean).join("\n") || undefined;
  return {
    ...(content ? { content } : {}),
    embeds: [
      renderEntry(entry, index, {
        lang,
        ...(opts.question ? { question: opts.question } : {}),
        related: relatedField,
      }),
    ],
    components,
  };
}

/** An area leads to its topics; a topic to its related entries and its area. */
function nextEntries(entry: Entry, index: SearchIndex): Entry[] {
  const ids = new Set<string>();
  if (entry.kind === "area") {
    for (const e of topicsOf(index.entries, entry.area)) ids.add(e.id);
  }
  for (const id of entry.related) ids.add(id);
  if (entry.kind === "topic") ids.add(entry.area);
  ids.delete(entry.id);
  return [...ids].map((id) => index.get(id)).filter((e): e is Entry => e !== undefined);
}
