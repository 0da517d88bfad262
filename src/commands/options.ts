import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from "discord-api-types/v10";
import type { CommandRequest } from "./types.ts";

/** The `private` and `mention` options that answer-giving commands share. */
export const deliveryOptions: APIApplicationCommandBasicOption[] = [
  {
    type: ApplicationCommandOptionType.Boolean,
    name: "private",
    description: "Only you see the answer (you can still post it to the channel).",
    required: false,
  },
  {
    type: ApplicationCommandOptionType.User,
    name: "mention",
    description: "Suggest the answer to someone: they are the only one pinged.",
    required: false,
  },
];

export interface Delivery {
  ephemeral: boolean;
  mentionUserId?: string;
}

/** A private reply pings nobody: the mention only makes sense in the channel. */
export function delivery(request: CommandRequest): Delivery {
  const ephemeral = request.options.private === true;
  const mention = request.options.mention;
  if (ephemeral || typeof mention !== "string" || !/^\d{15,25}$/.test(mention)) return { ephemeral };
  return { ephemeral, mentionUserId: mention };
}

export function stringOption(request: CommandRequest, name: string): string {
  const value = request.options[name];
  return typeof value === "string" ? value : "";
}
