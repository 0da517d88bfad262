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
import { NO_QUESTION } from "../store/question-ref.ts";
import { encodeCustomId } from "./custom-id.ts";

/**
 * A select menu that opens one of `entries` (the first 25). `questionRef` follows on to the opened answer's
 * votes; outside English, the language rides along too, so whoever picks from it gets the answer in the
 * language the menu speaks.
 */
export function entrySelect(
  entries: readonly Entry[],
  placeholder: string,
  lang: Lang = "en",
  questionRef?: string,
): APIActionRowComponent<APIStringSelectComponent> {
  const t = messagesFor(lang);
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: encodeCustomId("open", ...carried(questionRef, lang)),
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
export function postButton(
  entryId: string,
  lang: Lang = "en",
  questionRef?: string,
): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: truncate(messagesFor(lang).postInChannel, DISCORD_LIMITS.buttonLabel),
        custom_id: encodeCustomId("post", entryId, ...carried(questionRef, lang)),
        emoji: { name: "📣" },
      },
    ],
  };
}

/**
 * 👍 / 👎 under an answer. The custom_id carries all a vote needs (entry and question reference), so a
 * click works on any instance, after any restart: `safir:vote:<up|down>:<entry>:<question ref>`.
 */
export function feedbackRow(
  entryId: string,
  questionRef: string,
  lang: Lang = "en",
): APIActionRowComponent<APIButtonComponent> {
  const t = messagesFor(lang);
  const button = (direction: "up" | "down", label: string, emoji: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: truncate(label, DISCORD_LIMITS.buttonLabel),
    custom_id: encodeCustomId("vote", direction, entryId, ...carried(questionRef, lang)),
    emoji: { name: emoji },
  });
  return {
    type: ComponentType.ActionRow,
    components: [button("up", t.helpful, "👍"), button("down", t.notHelpful, "👎")],
  };
}

/**
 * The custom_id's tail after an action's own arguments: the question reference, then the language when it
 * is not English (`…:<ref>:<lang>`, "-" standing for no question). English ids stay as they always were.
 */
export function carried(questionRef: string | undefined, lang: Lang): string[] {
  if (lang === "en") return questionRef ? [questionRef] : [];
  return [questionRef ?? NO_QUESTION, lang];
}
