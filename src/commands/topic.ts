import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import { renderNoMatch } from "../embeds/render.ts";
import { messagesFor } from "../i18n/index.ts";
import { commandLanguage } from "../i18n/request.ts";
import { choices, message, notice } from "../reply/respond.ts";
import { resolveTopic, suggest } from "../search/suggest.ts";
import { questionRef } from "../store/question-ref.ts";
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
  execute(request, { index, recorder }, trace) {
    const name = stringOption(request, "name").trim();
    const lang = commandLanguage(request);
    if (!name) return notice(messagesFor(lang).topicEmpty);
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
    if (!entry) return message({ embeds: [renderNoMatch(name, index, near, lang)] }, { ephemeral: true });
    const how = delivery(request);
    const feedback = recorder ? { feedback: { questionRef: ref } } : {};
    return message(entryMessage(entry, index, { ...how, lang, ...feedback }), how);
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
