import { ComponentType, TextInputStyle } from "discord-api-types/v10";
import type { ComponentHandler } from "../commands/types.ts";
import { DISCORD_LIMITS, truncate } from "../embeds/limits.ts";
import { modal, notice } from "../reply/respond.ts";
import { NO_QUESTION } from "../store/question-ref.ts";
import type { RecordStatus } from "../store/types.ts";
import { encodeCustomId } from "./custom-id.ts";

/** The text input of the 👎 modal, and the most it accepts. */
export const WHY_FIELD = "looking_for";
export const WHY_MAX = 300;

export const FEEDBACK_REPLIES = {
  thanks: "Thanks for your feedback!",
  delayed:
    "Thanks! Feedback can't be saved right now: yours is queued and will be saved when the database is back.",
  refused: "Sorry, your feedback could not be recorded right now. Please try again in a while.",
  off: "Feedback isn't recorded on this Safir, but thank you all the same.",
} as const;

const reply = (status: RecordStatus) =>
  notice(
    status === "saved"
      ? FEEDBACK_REPLIES.thanks
      : status === "delayed"
        ? FEEDBACK_REPLIES.delayed
        : FEEDBACK_REPLIES.refused,
  );

/**
 * 👍 / 👎 (`safir:vote:<up|down>:<entry>:<question ref>`): records the vote, keyed by message and user so a
 * second click changes it. 👎 then asks, optionally, what the member was looking for.
 */
export const vote: ComponentHandler = {
  action: "vote",
  handle(request, { recorder }) {
    const [direction, entryId, ref = NO_QUESTION] = request.args;
    if ((direction !== "up" && direction !== "down") || !entryId)
      return notice("I don't know that button any more. Try `/ask` again.");
    if (!recorder) return notice(FEEDBACK_REPLIES.off);
    const helpful = direction === "up";
    const status = recorder.vote({
      messageId: request.messageId ?? request.id,
      userId: request.user.id,
      entryId,
      questionRef: ref,
      helpful,
    });
    // The modal only when the vote itself is kept: asking for more after "could not record" would be rude.
    if (!helpful && status === "saved") return whyModal(entryId, ref);
    return reply(status);
  },
};

/** The 👎 modal, submitted (`safir:why:<entry>:<question ref>`): the vote again, with what was wanted. */
export const why: ComponentHandler = {
  action: "why",
  handle(request, { recorder }) {
    const [entryId, ref = NO_QUESTION] = request.args;
    if (!entryId) return notice("I don't know that form any more. Try `/ask` again.");
    if (!recorder) return notice(FEEDBACK_REPLIES.off);
    const text = truncate((request.fields?.[WHY_FIELD] ?? "").trim(), WHY_MAX);
    const status = recorder.vote({
      messageId: request.messageId ?? request.id,
      userId: request.user.id,
      entryId,
      questionRef: ref,
      helpful: false,
      ...(text ? { comment: text } : {}),
    });
    return reply(status);
  },
};

function whyModal(entryId: string, ref: string) {
  return modal({
    custom_id: encodeCustomId("why", entryId, ref),
    title: "Not helpful — thanks for saying",
    components: [
      {
        type: ComponentType.Label,
        label: truncate("What were you looking for?", DISCORD_LIMITS.labelText),
        description: "Optional. It helps the editors fill the gaps.",
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
