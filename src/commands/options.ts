import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
} from "discord-api-types/v10";
import type { CommandRequest } from "./types.ts";

/**
 * Every command can be installed to a server or to a user's account, and used in servers, in the bot's DMs
 * and in group DMs. Where Safir is only user-installed, interactions carry no member or guild the bot
 * relies on, and Discord may make replies private: handlers take the user from `member.user ?? user` and
 * need nothing else.
 */
export const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
};

/** The `private` and `mention` options that answer-giving commands share. */
export const deliveryOptions: APIApplicationCommandBasicOption[] = [
  {
    type: ApplicationCommandOptionType.Boolean,
    name: "private",
    name_localizations: { tr: "gizli", id: "pribadi" },
    description: "Only you see the answer (you can still post it to the channel).",
    description_localizations: {
      tr: "Yanıtı yalnızca siz görürsünüz (yine de kanalda paylaşabilirsiniz).",
      id: "Hanya Anda yang melihat jawaban (tetap bisa dikirim ke kanal).",
    },
    required: false,
  },
  {
    type: ApplicationCommandOptionType.User,
    name: "mention",
    name_localizations: { tr: "bahset", id: "sebut" },
    description: "Suggest the answer to someone: they are the only one pinged.",
    description_localizations: {
      tr: "Yanıtı birine önerin: yalnızca o kişi bildirim alır.",
      id: "Sarankan jawaban kepada seseorang: hanya dia yang disebut.",
    },
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
