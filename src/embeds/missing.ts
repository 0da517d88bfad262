import { escapeUserText } from "./limits.ts";
import type { Messages } from "../i18n/index.ts";
import type { MissingNote } from "../search/not-in-source.ts";

/**
 * The one plain line a reply opens with when the question asks for what the source does not give: the
 * question's own words (escaped: they are the user's), in the reply's language.
 */
export function missingLine(note: MissingNote, t: Messages): string {
  const named = note.named.map(escapeUserText);
  const opinion = note.opinion ? ` ${t.noOpinion}` : "";
  if (named.length > 0) return t.notMentioned(joinOr(named, t.or), note.figures) + opinion;
  if (note.opinion && !note.figures) return t.noOpinion;
  return t.noFigures(note.topic ? escapeUserText(note.topic) : undefined) + opinion;
}

function joinOr(items: readonly string[], or: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1]}`;
}
