import type { ComponentHandler } from "../commands/types.ts";
import { messagesFor } from "../i18n/index.ts";
import { componentLanguage } from "../i18n/request.ts";
import { message, notice, update } from "../reply/respond.ts";
import { entryMessage } from "../views/entry.ts";

/** A select menu option: open the chosen entry. */
const open: ComponentHandler = {
  action: "open",
  handle(request, { index }) {
    const lang = componentLanguage(request);
    const entry = index.get(request.values[0] ?? "");
    if (!entry) return notice(messagesFor(lang).gone);
    // A private message is the clicker's own, so it changes in place; a public one stays as it was for
    // everyone else, and the clicker gets a private answer.
    if (request.messageEphemeral) return update(entryMessage(entry, index, { ephemeral: true, lang }));
    return message(entryMessage(entry, index, { ephemeral: true, lang }), { ephemeral: true });
  },
};

/** "Post in channel" on a private reply: share the entry with everyone, naming (not pinging) who shared it. */
const post: ComponentHandler = {
  action: "post",
  handle(request, { index }) {
    const lang = componentLanguage(request);
    const entry = index.get(request.args[0] ?? "");
    if (!entry) return notice(messagesFor(lang).gone);
    return message(entryMessage(entry, index, { sharedBy: request.user.id, lang }));
  },
};

export const COMPONENT_HANDLERS: ReadonlyMap<string, ComponentHandler> = new Map(
  [open, post].map((h) => [h.action, h]),
);
