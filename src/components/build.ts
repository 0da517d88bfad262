import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
} from "discord-api-types/v10";
import { AREAS } from "../content/areas.ts";
import type { Entry } from "../content/entry.ts";
import { DISCORD_LIMITS, truncate } from "../embeds/limits.ts";
import { encodeCustomId } from "./custom-id.ts";

/** A select menu that opens one of `entries` (the first 25); `questionRef` follows on to the opened answer's votes. */
export function entrySelect(
  entries: readonly Entry[],
  placeholder: string,
  questionRef?: string,
): APIActionRowComponent<APIStringSelectComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: questionRef ? encodeCustomId("open", questionRef) : encodeCustomId("open"),
        placeholder: truncate(placeholder, DISCORD_LIMITS.selectPlaceholder),
        min_values: 1,
        max_values: 1,
        options: entries.slice(0, DISCORD_LIMITS.selectOptions).map((e) => {
          const area = AREAS[e.area];
          return {
            label: truncate(e.title, DISCORD_LIMITS.selectLabel),
            value: e.id,
            description: truncate(
              e.kind === "area" ? "Focus area" : area.name,
              DISCORD_LIMITS.selectDescription,
            ),
            emoji: { name: area.emoji },
          };
        }),
      },
    ],
  };
}

/** On a private reply: share the same entry with the channel. */
export function postButton(entryId: string, questionRef?: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: "Post in channel",
        custom_id: questionRef
          ? encodeCustomId("post", entryId, questionRef)
          : encodeCustomId("post", entryId),
        emoji: { name: "📣" },
      },
    ],
  };
}

/**
 * 👍 / 👎 under an answer. The custom_id carries all a vote needs (entry and question reference), so a
 * click works on any instance, after any restart: `safir:vote:<up|down>:<entry>:<question ref>`.
 */
export function feedbackRow(entryId: string, questionRef: string): APIActionRowComponent<APIButtonComponent> {
  const button = (direction: "up" | "down", label: string, emoji: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: encodeCustomId("vote", direction, entryId, questionRef),
    emoji: { name: emoji },
  });
  return {
    type: ComponentType.ActionRow,
    components: [button("up", "Helpful", "👍"), button("down", "Not helpful", "👎")],
  };
}
