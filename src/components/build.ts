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

/** A select menu that opens one of `entries` (the first 25). */
export function entrySelect(
  entries: readonly Entry[],
  placeholder: string,
): APIActionRowComponent<APIStringSelectComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: encodeCustomId("open"),
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
export function postButton(entryId: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: "Post in channel",
        custom_id: encodeCustomId("post", entryId),
        emoji: { name: "📣" },
      },
    ],
  };
}
