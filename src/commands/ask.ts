import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import type { Entry } from "../content/entry.ts";
import { renderNoMatch } from "../embeds/render.ts";
import { type Lang, messagesFor } from "../i18n/index.ts";
import { commandLanguage } from "../i18n/request.ts";
import { missingNote } from "../search/not-in-source.ts";
import { type MessageResponse, message, notice } from "../reply/respond.ts";
import { traceOfSearch } from "../store/trace.ts";
import { type EntryViewOptions, entryMessage } from "../views/entry.ts";
import { delivery, deliveryOptions, EVERYWHERE, stringOption } from "./options.ts";
import type { Services, SlashCommand, Trace } from "./types.ts";

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
  execute(request, services, trace) {
    const question = stringOption(request, "question").trim();
    const lang = commandLanguage(request);
    if (!question) return notice(messagesFor(lang).askEmpty);
    const how = delivery(request);
    const found = answerQuestion("ask", question, services, trace, lang);
    if ("noAnswer" in found) return found.noAnswer;
    return message(entryMessage(found.entry, services.index, { ...found.view, question, ...how }), how);
  },
};

/**
 * What `/ask` and "Answer with Safir" both do with a question: search it, note what search made of it for the
 * record, and give either the private no-answer reply or the entry with what goes beside it (other matches,
 * the 👍/👎 reference, what the source does not cover).
 */
export function answerQuestion(
  command: string,
  question: string,
  { index, recorder }: Services,
  trace: Trace | undefined,
  lang: Lang,
): { noAnswer: MessageResponse } | { entry: Entry; view: EntryViewOptions } {
  const result = index.search(question);
  // The record of the search (and its question reference) only where something keeps it.
  const asked = trace || recorder ? traceOfSearch(command, question, result) : undefined;
  if (trace && asked) trace.answer = asked;
  const missing = missingNote(question, result.notInSource);
  if (!result.answer) {
    const nearMisses = result.hits.filter((h) => h.score >= index.tuning.minScore / 2).map((h) => h.entry);
    const embed = renderNoMatch(question, index, nearMisses, lang, missing);
    return { noAnswer: message({ embeds: [embed] }, { ephemeral: true }) };
  }
  const top = result.answer;
  // Others count when they answer nearly as well as the best; a weak tail would only distract.
  const others = result.hits
    .slice(1)
    .filter((h) => h.score >= index.tuning.minScore && h.score >= top.score * 0.75)
    .map((h) => h.entry);
  return {
    entry: top.entry,
    view: {
      others,
      lang,
      ...(recorder && asked ? { feedback: { questionRef: asked.questionRef } } : {}),
      ...(missing ? { notInSource: missing } : {}),
    },
  };
}
