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
import { type Lang, messagesFor } from "../i18n/index.ts";
import { encodeCustomId } from "./custom-id.ts";

/**
 * A select menu that opens one of `entries` (the first 25). Outside English, the language rides along in
 * the custom_id, so whoever picks from it gets the answer in the language the menu speaks.
 */
export function entrySelect(
  entries: readonly Entry[],
  placeholder: string,
  lang: Lang = "en",
): APIActionRowComponent<APIStringSelectComponent> {
  const t = messagesFor(lang);
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: lang === "en" ? encodeCustomId("open") : encodeCustomId("open", lang),
        placeholder: truncate(placeholder, DISCORD_LIMITS.selectPlaceholder),
        min_values: 1,
        max_values: 1,
        options: entries.slice(0, DISCORD_LIMITS.selectOptions).map((e) => {
          const area = AREAS[e.area];
          return {
            label: truncate(e.title, DISCORD_LIMITS.selectLabel),
            value: e.id,
            description: truncate(
              e.kind === "area" ? t.kindArea : t.areaNames[e.area],
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
export function postButton(entryId: string, lang: Lang = "en"): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: truncate(messagesFor(lang).postInChannel, DISCORD_LIMITS.buttonLabel),
        custom_id: lang === "en" ? encodeCustomId("post", entryId) : encodeCustomId("post", entryId, lang),
        emoji: { name: "📣" },
      },
    ],
  };
}
