import type { ComponentHandler } from "../commands/types.ts";
import { message, notice, update } from "../reply/respond.ts";
import { entryMessage } from "../views/entry.ts";

const GONE = "That topic is no longer in the knowledge base. Use `/topics` to see what there is now.";

/** A select menu option: open the chosen entry. */
const open: ComponentHandler = {
  action: "open",
  handle(request, { index }) {
    const entry = index.get(request.values[0] ?? "");
    if (!entry) return notice(GONE);
    // A private message is the clicker's own, so it changes in place; a public one stays as it was for
    // everyone else, and the clicker gets a private answer.
    if (request.messageEphemeral) return update(entryMessage(entry, index, { ephemeral: true }));
    return message(entryMessage(entry, index, { ephemeral: true }), { ephemeral: true });
  },
};

/** "Post in channel" on a private reply: share the entry with everyone, naming (not pinging) who shared it. */
const post: ComponentHandler = {
  action: "post",
  handle(request, { index }) {
    const entry = index.get(request.args[0] ?? "");
    if (!entry) return notice(GONE);
    return message(entryMessage(entry, index, { sharedBy: request.user.id }));
  },
};

export const COMPONENT_HANDLERS: ReadonlyMap<string, ComponentHandler> = new Map(
  [open, post].map((h) => [h.action, h]),
);
