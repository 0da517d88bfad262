import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
} from "discord-api-types/v10";
import { AREAS } from "../content/areas.ts";
import { renderNoMatch } from "../embeds/render.ts";
import { choices, message, notice } from "../reply/respond.ts";
import { resolveTopic, suggest } from "../search/suggest.ts";
import { questionRef } from "../store/question-ref.ts";
import { entryMessage } from "../views/entry.ts";
import { delivery, deliveryOptions, stringOption } from "./options.ts";
import type { Command } from "./types.ts";

/** `/topic name`: one entry by name, with autocomplete from the index. */
export const topic: Command = {
  pure: true,
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: "topic",
    description: "Open a topic or focus area by name.",
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "name",
        description: "Start typing to see matching topics.",
        required: true,
        autocomplete: true,
        min_length: 1,
        max_length: 100,
      },
      ...deliveryOptions,
    ],
  },
  execute(request, { index, recorder }, trace) {
    const name = stringOption(request, "name").trim();
    if (!name) return notice("Please name a topic. Start typing after `/topic name:` to see suggestions.");
    const entry = resolveTopic(index, name);
    const ref = questionRef(name);
    const near = entry ? [] : suggest(index, name, 5);
    if (trace) {
      trace.answer = {
        command: "topic",
        question: name,
        questionRef: ref,
        entryId: entry?.id ?? null,
        // A name resolves or it does not: suggestions carry no score of their own.
        score: entry ? 1 : 0,
        candidates: near.map((e) => ({ entry: e.id, score: 0 })),
      };
    }
    if (!entry) return message({ embeds: [renderNoMatch(name, index, near)] }, { ephemeral: true });
    const how = delivery(request);
    const feedback = recorder ? { feedback: { questionRef: ref } } : {};
    return message(entryMessage(entry, index, { ...how, ...feedback }), how);
  },
  autocomplete(request, { index }) {
    return choices(
      suggest(index, request.focused.value).map((e) => ({
        name: e.kind === "area" ? `${e.title} (focus area)` : `${e.title} — ${AREAS[e.area].name}`,
        value: e.id,
      })),
    );
  },
};
