import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import { renderNoMatch } from "../embeds/render.ts";
import { messagesFor } from "../i18n/index.ts";
import { commandLanguage } from "../i18n/request.ts";
import { choices, message, notice } from "../reply/respond.ts";
import { resolveTopic, suggest } from "../search/suggest.ts";
import { entryMessage } from "../views/entry.ts";
import { delivery, deliveryOptions, EVERYWHERE, stringOption } from "./options.ts";
import type { SlashCommand } from "./types.ts";

/** `/topic name`: one entry by name, with autocomplete from the index. */
export const topic: SlashCommand = {
  pure: true,
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: "topic",
    name_localizations: { tr: "konu", id: "topik" },
    description: "Open a topic or focus area by name.",
    description_localizations: {
      tr: "Bir konuyu ya da odak alanını adıyla açın.",
      id: "Buka topik atau bidang fokus berdasarkan namanya.",
    },
    ...EVERYWHERE,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "name",
        name_localizations: { tr: "ad", id: "nama" },
        description: "Start typing to see matching topics.",
        description_localizations: {
          tr: "Eşleşen konuları görmek için yazmaya başlayın.",
          id: "Mulai mengetik untuk melihat topik yang cocok.",
        },
        required: true,
        autocomplete: true,
        min_length: 1,
        max_length: 100,
      },
      ...deliveryOptions,
    ],
  },
  execute(request, { index }) {
    const name = stringOption(request, "name").trim();
    const lang = commandLanguage(request);
    if (!name) return notice(messagesFor(lang).topicEmpty);
    const entry = resolveTopic(index, name);
    if (!entry) {
      const near = suggest(index, name, 5);
      return message({ embeds: [renderNoMatch(name, index, near, lang)] }, { ephemeral: true });
    }
    const how = delivery(request);
    return message(entryMessage(entry, index, { ...how, lang }), how);
  },
  autocomplete(request, { index }) {
    const t = messagesFor(commandLanguage(request));
    return choices(
      suggest(index, request.focused.value).map((e) => ({
        name: e.kind === "area" ? t.focusAreaChoice(e.title) : `${e.title} — ${t.areaNames[e.area]}`,
        value: e.id,
      })),
    );
  },
};
