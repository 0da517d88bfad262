import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import type { Entry } from "../content/entry.ts";
import { renderNoMatch } from "../embeds/render.ts";
import { messagesFor } from "../i18n/index.ts";
import { commandLanguage } from "../i18n/request.ts";
import { missingNote } from "../search/not-in-source.ts";
import { message, notice } from "../reply/respond.ts";
import type { SearchIndex, SearchResult } from "../search/index.ts";
import { traceOfSearch } from "../store/trace.ts";
import { entryMessage } from "../views/entry.ts";
import { delivery, deliveryOptions, EVERYWHERE, stringOption } from "./options.ts";
import type { SlashCommand } from "./types.ts";

export const QUESTION_MAX = 500;

/** `/ask question`: the best entry for a question in the user's own words. */
export const ask: SlashCommand = {
  pure: true,
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: "ask",
    name_localizations: { tr: "sor", id: "tanya" },
    description: "Ask a question about the nation's foreign policy and security relations.",
    description_localizations: {
      tr: "Ülkenin dış politikası ve güvenlik ilişkileri hakkında bir soru sorun.",
      id: "Ajukan pertanyaan tentang kebijakan luar negeri dan hubungan keamanan negara ini.",
    },
    ...EVERYWHERE,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        name_localizations: { tr: "soru", id: "pertanyaan" },
        description: "Your question, in your own words.",
        description_localizations: {
          tr: "Sorunuz, kendi kelimelerinizle.",
          id: "Pertanyaan Anda, dengan kata-kata Anda sendiri.",
        },
        required: true,
        min_length: 1,
        max_length: QUESTION_MAX,
      },
      ...deliveryOptions,
    ],
  },
  execute(request, { index, recorder }, trace) {
    const question = stringOption(request, "question").trim();
    const lang = commandLanguage(request);
    if (!question) return notice(messagesFor(lang).askEmpty);
    const how = delivery(request);
    const found = findAnswer(index, question);
    const asked = traceOfSearch("ask", question, found.result);
    if (trace) trace.answer = asked;
    const missing = missingNote(question, found.result.notInSource);
    if (!found.answer)
      return message(
        { embeds: [renderNoMatch(question, index, found.nearMisses, lang, missing)] },
        { ephemeral: true },
      );
    const feedback = recorder ? { feedback: { questionRef: asked.questionRef } } : {};
    return message(
      entryMessage(found.answer, index, {
        question,
        others: found.others,
        lang,
        ...how,
        ...feedback,
        ...(missing ? { notInSource: missing } : {}),
      }),
      how,
    );
  },
};

export interface Found {
  /** The confident answer, if there is one. */
  answer?: Entry;
  /** Other entries that answer nearly as well. */
  others: Entry[];
  /** Without an answer: the entries that came closest. */
  nearMisses: Entry[];
  /** Everything search considered, for the record of what was asked. */
  result: SearchResult;
}

/** What `/ask` and "Answer with Safir" both do with a question: the best entry, and the ones beside it. */
export function findAnswer(index: SearchIndex, question: string): Found {
  const result = index.search(question);
  if (!result.answer) {
    const nearMisses = result.hits.filter((h) => h.score >= index.tuning.minScore / 2).map((h) => h.entry);
    return { others: [], nearMisses, result };
  }
  const top = result.answer;
  // Others count when they answer nearly as well as the best; a weak tail would only distract.
  const others = result.hits
    .slice(1)
    .filter((h) => h.score >= index.tuning.minScore && h.score >= top.score * 0.75)
    .map((h) => h.entry);
  return { answer: top.entry, others, nearMisses: [], result };
}
