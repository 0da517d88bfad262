import { ComponentType, TextInputStyle } from "discord-api-types/v10";
import type { ComponentHandler } from "../commands/types.ts";
import { DISCORD_LIMITS, truncate } from "../embeds/limits.ts";
import { modal, notice } from "../reply/respond.ts";
import { NO_QUESTION } from "../store/question-ref.ts";
import type { RecordStatus } from "../store/types.ts";
import { type Lang, type Messages, messagesFor } from "../i18n/index.ts";
import { componentLanguage } from "../i18n/request.ts";
import { carried } from "./build.ts";
import { encodeCustomId } from "./custom-id.ts";

/** The text input of the 👎 modal, and the most it accepts. */
export const WHY_FIELD = "looking_for";
export const WHY_MAX = 300;

const reply = (status: RecordStatus, t: Messages) =>
  notice(
    status === "saved" ? t.feedbackThanks : status === "delayed" ? t.feedbackDelayed : t.feedbackRefused,
  );

/**
 * 👍 / 👎 (`safir:vote:<up|down>:<entry>:<question ref>`): records the vote, keyed by message and user so a
 * second click changes it. 👎 then asks, optionally, what the member was looking for.
 */
export const vote: ComponentHandler = {
  action: "vote",
  handle(request, { recorder }) {
    const lang = componentLanguage(request);
    const t = messagesFor(lang);
    const [direction, entryId, ref = NO_QUESTION] = request.args;
    if ((direction !== "up" && direction !== "down") || !entryId) return notice(t.unknownInteraction);
    if (!recorder) return notice(t.feedbackOff);
    const helpful = direction === "up";
    const status = recorder.vote({
      messageId: request.messageId ?? request.id,
      userId: request.user.id,
      entryId,
      questionRef: ref,
      helpful,
    });
    // The modal only when the vote itself is kept: asking for more after "could not record" would be rude.
    if (!helpful && status === "saved") return whyModal(entryId, ref, lang);
    return reply(status, t);
  },
};

/** The 👎 modal, submitted (`safir:why:<entry>:<question ref>`): the vote again, with what was wanted. */
export const why: ComponentHandler = {
  action: "why",
  handle(request, { recorder }) {
    const t = messagesFor(componentLanguage(request));
    const [entryId, ref = NO_QUESTION] = request.args;
    if (!entryId) return notice(t.unknownInteraction);
    if (!recorder) return notice(t.feedbackOff);
    const text = truncate((request.fields?.[WHY_FIELD] ?? "").trim(), WHY_MAX);
    const status = recorder.vote({
      messageId: request.messageId ?? request.id,
      userId: request.user.id,
      entryId,
      questionRef: ref,
      helpful: false,
      ...(text ? { comment: text } : {}),
    });
    return reply(status, t);
  },
};

function whyModal(entryId: string, ref: string, lang: Lang) {
  const t = messagesFor(lang);
  return modal({
    custom_id: encodeCustomId("why", entryId, ...carried(ref, lang)),
    title: truncate(t.whyTitle, DISCORD_LIMITS.modalTitle),
    components: [
      {
        type: ComponentType.Label,
        label: truncate(t.whyLabel, DISCORD_LIMITS.labelText),
        description: truncate(t.whyHint, DISCORD_LIMITS.labelDescription),
        component: {
          type: ComponentType.TextInput,
          custom_id: WHY_FIELD,
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: WHY_MAX,
        },
      },
    ],
  });
}
