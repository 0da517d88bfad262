import type { ComponentHandler } from "../commands/types.ts";
import { messagesFor } from "../i18n/index.ts";
import { componentLanguage } from "../i18n/request.ts";
import { message, notice, update } from "../reply/respond.ts";
import { NO_QUESTION } from "../store/question-ref.ts";
import { entryMessage } from "../views/entry.ts";
import { vote, why } from "./feedback.ts";

/** A select menu option: open the chosen entry. */
const open: ComponentHandler = {
  action: "open",
  handle(request, { index, recorder }) {
    const lang = componentLanguage(request);
    const entry = index.get(request.values[0] ?? "");
    if (!entry) return notice(messagesFor(lang).gone);
    // The select carries the question it was offered for, so votes on what it opens still name it.
    const feedback = recorder ? { feedback: { questionRef: request.args[0] ?? NO_QUESTION } } : {};
    // A private message is the clicker's own, so it changes in place; a public one stays as it was for
    // everyone else, and the clicker gets a private answer.
    const view = entryMessage(entry, index, { ephemeral: true, lang, ...feedback });
    if (request.messageEphemeral) return update(view);
    return message(view, { ephemeral: true });
  },
};

/** "Post in channel" on a private reply: share the entry with everyone, naming (not pinging) who shared it. */
const post: ComponentHandler = {
  action: "post",
  handle(request, { index, recorder }) {
    const lang = componentLanguage(request);
    const entry = index.get(request.args[0] ?? "");
    if (!entry) return notice(messagesFor(lang).gone);
    const feedback = recorder ? { feedback: { questionRef: request.args[1] ?? NO_QUESTION } } : {};
    return message(entryMessage(entry, index, { sharedBy: request.user.id, lang, ...feedback }));
  },
};

export const COMPONENT_HANDLERS: ReadonlyMap<string, ComponentHandler> = new Map(
  [open, post, vote, why].map((h) => [h.action, h]),
);
