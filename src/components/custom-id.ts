import { DISCORD_LIMITS } from "../embeds/limits.ts";

/**
 * Everything a button or select needs travels in its custom_id, so components keep working after a
 * restart and on any instance behind a load balancer: `safir:<action>[:<arg>…]`, at most 100 characters.
 */
const PREFIX = "safir";

/** open: a select opens an entry; post: share in the channel; vote: 👍/👎; why: the 👎 modal submitted. */
export type ComponentAction = "open" | "post" | "vote" | "why";

export interface ParsedCustomId {
  action: ComponentAction;
  args: string[];
}

const ACTIONS: readonly ComponentAction[] = ["open", "post", "vote", "why"];

export function encodeCustomId(action: ComponentAction, ...args: string[]): string {
  for (const arg of args) {
    if (arg.includes(":")) throw new Error(`custom_id argument '${arg}' must not contain ':'`);
  }
  const id = [PREFIX, action, ...args].join(":");
  if (id.length > DISCORD_LIMITS.customId) {
    throw new Error(
      `custom_id '${id.slice(0, 40)}…' is ${id.length} characters; Discord allows ${DISCORD_LIMITS.customId}`,
    );
  }
  return id;
}

/** Null for anything that is not one of ours: an old format, another bot's id, or garbage. */
export function decodeCustomId(customId: string): ParsedCustomId | null {
  if (customId.length > DISCORD_LIMITS.customId) return null;
  const [prefix, action, ...args] = customId.split(":");
  if (prefix !== PREFIX || !ACTIONS.includes(action as ComponentAction)) return null;
  return { action: action as ComponentAction, args };
}
