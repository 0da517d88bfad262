import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
} from "discord-api-types/v10";
import { renderNoMatch } from "../embeds/render.ts";
import { notInSourceLine } from "../search/not-in-source.ts";
import { message, notice } from "../reply/respond.ts";
import { entryMessage } from "../views/entry.ts";
import { delivery, deliveryOptions, stringOption } from "./options.ts";
import type { Command } from "./types.ts";

export const QUESTION_MAX = 500;

/** `/ask question`: the best entry for a question in the user's own words. */
export const ask: Command = {
  pure: true,
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: "ask",
    description: "Ask a question about the nation's foreign policy and security relations.",
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        description: "Your question, in your own words.",
        required: true,
        min_length: 1,
        max_length: QUESTION_MAX,
      },
      ...deliveryOptions,
    ],
  },
  execute(request, { index }) {
    const question = stringOption(request, "question").trim();
    if (!question)
      return notice("Please type a question, for example `/ask question: how does it counter terrorism?`");
    const how = delivery(request);
    const result = index.search(question);
    const missing = notInSourceLine(question, result.notInSource);
    if (!result.answer) {
      const nearMisses = result.hits.filter((h) => h.score >= index.tuning.minScore / 2).map((h) => h.entry);
      return message({ embeds: [renderNoMatch(question, index, nearMisses, missing)] }, { ephemeral: true });
    }
    const top = result.answer;
    // Others count when they answer nearly as well as the best; a weak tail would only distract.
    const others = result.hits
      .slice(1)
      .filter((h) => h.score >= index.tuning.minScore && h.score >= top.score * 0.75)
      .map((h) => h.entry);
    return message(
      entryMessage(top.entry, index, {
        question,
        others,
        ...how,
        ...(missing ? { notInSource: missing } : {}),
      }),
      how,
    );
  },
};
