import type { APIActionRowComponent, APIComponentInMessageActionRow } from "discord-api-types/v10";
import { entrySelect, postButton } from "../components/build.ts";
import type { Entry } from "../content/entry.ts";
import { topicsOf } from "../content/topics.ts";
import { renderEntry } from "../embeds/render.ts";
import type { MessageBody } from "../reply/respond.ts";
import type { SearchIndex } from "../search/index.ts";

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
  /** One plain line the reply opens with: what the question asked that the source does not cover. */
  notInSource?: string;
}

/**
 * An entry as a whole message: embed, a way on to other or related entries, and the post button.
 * Each list appears once: the select menu offers the related entries (an area's topics first), unless the
 * menu is taken by other matches for the question; only then does the embed list the related entries.
 */
export function entryMessage(entry: Entry, index: SearchIndex, opts: EntryViewOptions = {}): MessageBody {
  const components: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  if (opts.ephemeral) components.push(postButton(entry.id));
  const others = (opts.others ?? []).filter((e) => e.id !== entry.id);
  const next = nextEntries(entry, index);
  let relatedField: Entry[] = [];
  if (others.length > 0) {
    components.push(entrySelect(others, "Other matching topics…"));
    relatedField = next.filter((e) => !others.includes(e));
  } else if (next.length > 0) {
    components.push(
      entrySelect(next, entry.kind === "area" ? "Topics of this area, and related…" : "Related topics…"),
    );
  }
  const byline = opts.mentionUserId
    ? `Suggested for <@${opts.mentionUserId}>`
    : opts.sharedBy
      ? `Shared by <@${opts.sharedBy}>`
      : undefined;
  const content = [opts.notInSource, byline].filter(Boolean).join("\n") || undefined;
  return {
    ...(content ? { content } : {}),
    embeds: [
      renderEntry(entry, index, {
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
