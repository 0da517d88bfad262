import { ApplicationCommandType } from "discord-api-types/v10";
import { renderAbout } from "../embeds/render.ts";
import { commandLanguage } from "../i18n/request.ts";
import { message } from "../reply/respond.ts";
import { EVERYWHERE } from "./options.ts";
import type { SlashCommand } from "./types.ts";

/** `/about`: what Safir is, where its answers come from, how to use it. */
export const about: SlashCommand = {
  pure: true,
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: "about",
    name_localizations: { tr: "hakkında", id: "tentang" },
    description: "What Safir is, its source, and how to use it.",
    description_localizations: {
      tr: "Safir nedir, kaynağı nedir ve nasıl kullanılır.",
      id: "Apa itu Safir, sumbernya, dan cara menggunakannya.",
    },
    ...EVERYWHERE,
  },
  execute(request, { about }) {
    return message({ embeds: [renderAbout(about, commandLanguage(request))] }, { ephemeral: true });
  },
};
