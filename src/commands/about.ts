import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import { renderAbout } from "../embeds/render.ts";
import { message } from "../reply/respond.ts";
import type { Command } from "./types.ts";

/** `/about`: what Safir is, where its answers come from, how to use it. */
export const about: Command = {
  pure: true,
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: "about",
    description: "What Safir is, its source, and how to use it.",
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
  execute(_request, { about }) {
    return message({ embeds: [renderAbout(about)] }, { ephemeral: true });
  },
};
