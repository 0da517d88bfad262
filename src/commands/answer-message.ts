import { ApplicationCommandType } from "discord-api-types/v10";
import { DISCORD_LIMITS, escapeUserText, truncate } from "../embeds/limits.ts";
import { isolate } from "../i18n/bidi.ts";
import { isArabicText } from "../i18n/detect.ts";
import { messagesFor } from "../i18n/index.ts";
import { commandLanguage } from "../i18n/request.ts";
import { message, notice } from "../reply/respond.ts";
import { entryMessage } from "../views/entry.ts";
import { answerQuestion, QUESTION_MAX } from "./ask.ts";
import { withoutMarkup } from "./chat-markup.ts";
import { EVERYWHERE } from "./options.ts";
import type { Command } from "./types.ts";

/** How much of the question heads the answer: enough to recognise it, never a wall of quoted text. */
export const QUOTE_MAX = 200;

const SNOWFLAKE = /^\d{15,25}$/;

/**
 * Apps → "Answer with Safir" on any message: answers the question someone else already asked in chat.
 * Discord sends the message's text with the interaction (`data.resolved.messages`), without the Message
 * Content intent. The answer goes to the channel under a short quote of the question and "@author asked",
 * pinging the author alone; with no confident answer only the member who used the command sees the areas,
 * so the channel gets no noise.
 */
export const answerMessage: Command = {
  definition: {
    type: ApplicationCommandType.Message,
    name: "Answer with Safir",
    name_localizations: { tr: "Safir ile yanıtla", id: "Jawab dengan Safir" },
    ...EVERYWHERE,
  },
  execute(request, services, trace) {
    const lang = commandLanguage(request);
    const t = messagesFor(lang);
    const text = request.target?.content ?? "";
    // Mentions, custom emoji and links are chat markup, not words of the question.
    const words = withoutMarkup(text);
    if (!/[\p{L}\p{N}]/u.test(words)) return notice(t.emptyMessage);
    const question = words.replace(/\s+/g, " ").trim().slice(0, QUESTION_MAX);
    const found = answerQuestion("answer-message", question, services, trace, lang);
    if ("noAnswer" in found) return found.noAnswer;

    const author = request.target?.authorId;
    const pinged = author && SNOWFLAKE.test(author) ? author : undefined;
    const shown = truncate(escapeUserText(text), QUOTE_MAX);
    // Discord sets every line left to right: an Arabic question keeps its own direction in an isolate.
    const quote = `> ${isArabicText(words) ? isolate(shown) : shown}`;
    const body = entryMessage(found.entry, services.index, found.view);
    // The question first, then (from the view) what the source does not cover.
    const heading = pinged ? `${t.askedBy(pinged)}\n${quote}` : quote;
    const content = truncate([heading, body.content].filter(Boolean).join("\n"), DISCORD_LIMITS.content);
    return message({ ...body, content }, pinged ? { mentionUserId: pinged } : {});
  },
};
