import { ApplicationCommandType } from "discord-api-types/v10";
import { entrySelect } from "../components/build.ts";
import { DISCORD_LIMITS } from "../embeds/limits.ts";
import { renderTopicList } from "../embeds/render.ts";
import { messagesFor } from "../i18n/index.ts";
import { commandLanguage } from "../i18n/request.ts";
import { message } from "../reply/respond.ts";
import { EVERYWHERE } from "./options.ts";
import type { SlashCommand } from "./types.ts";

/** `/topics`: the table of contents, with a menu that opens any entry. */
export const topics: SlashCommand = {
  pure: true,
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: "topics",
    name_localizations: { tr: "konular", id: "daftar-topik" },
    description: "List the focus areas and their topics.",
    description_localizations: {
      tr: "Odak alanlarını ve konularını listeleyin.",
      id: "Tampilkan daftar bidang fokus dan topiknya.",
    },
    ...EVERYWHERE,
  },
  execute(request, { index }) {
    const lang = commandLanguage(request);
    // A select holds 25 options: with more entries, offer the areas, which lead on to their topics.
    const all = index.entries;
    const offered = all.length <= DISCORD_LIMITS.selectOptions ? all : all.filter((e) => e.kind === "area");
    return message(
      {
        embeds: [renderTopicList(index, lang)],
        components: [entrySelect(offered, messagesFor(lang).topicsPlaceholder, lang)],
      },
      { ephemeral: true },
    );
  },
};
