import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import { entrySelect } from "../components/build.ts";
import { DISCORD_LIMITS } from "../embeds/limits.ts";
import { renderTopicList } from "../embeds/render.ts";
import { message } from "../reply/respond.ts";
import type { Command } from "./types.ts";

/** `/topics`: the table of contents, with a menu that opens any entry. */
export const topics: Command = {
  pure: true,
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: "topics",
    description: "List the focus areas and their topics.",
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
  execute(_request, { index }) {
    // A select holds 25 options: with more entries, offer the areas, which lead on to their topics.
    const all = index.entries;
    const offered = all.length <= DISCORD_LIMITS.selectOptions ? all : all.filter((e) => e.kind === "area");
    return message(
      { embeds: [renderTopicList(index)], components: [entrySelect(offered, "Open an area or topic…")] },
      { ephemeral: true },
    );
  },
};
