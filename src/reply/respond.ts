import {
  type APIActionRowComponent,
  type APIApplicationCommandAutocompleteResponse,
  type APIApplicationCommandOptionChoice,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIInteractionResponseCallbackData,
  type APIInteractionResponseChannelMessageWithSource,
  type APIInteractionResponseUpdateMessage,
  type APIModalInteractionResponse,
  type APIModalInteractionResponseCallbackData,
  InteractionResponseType,
  MessageFlags,
} from "discord-api-types/v10";
import { clampEmbed, DISCORD_LIMITS, embedLength, truncate } from "../embeds/limits.ts";

/**
 * The one place that shapes what Safir sends: ephemeral flags, who may be pinged, and Discord's limits.
 * Every command and component reply goes through here, so no path can ping @everyone or overflow an embed.
 */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

export interface MessageOptions {
  /** Only the user who asked sees the reply. */
  ephemeral?: boolean;
  /** The one user this reply may ping; everyone else, roles and @everyone never are. */
  mentionUserId?: string;
}

export type MessageResponse = APIInteractionResponseChannelMessageWithSource;
export type UpdateResponse = APIInteractionResponseUpdateMessage;
export type ChoicesResponse = APIApplicationCommandAutocompleteResponse;
export type ModalResponse = APIModalInteractionResponse;

export function messageData(
  body: MessageBody,
  opts: MessageOptions = {},
): APIInteractionResponseCallbackData {
  const data: APIInteractionResponseCallbackData = {
    allowed_mentions: opts.mentionUserId ? { parse: [], users: [opts.mentionUserId] } : { parse: [] },
  };
  if (body.content) data.content = truncate(body.content, DISCORD_LIMITS.content);
  if (body.embeds) data.embeds = clampEmbeds(body.embeds);
  if (body.components) data.components = body.components.slice(0, DISCORD_LIMITS.actionRows);
  if (opts.ephemeral) data.flags = MessageFlags.Ephemeral;
  return data;
}

export function message(body: MessageBody, opts: MessageOptions = {}): MessageResponse {
  return { type: InteractionResponseType.ChannelMessageWithSource, data: messageData(body, opts) };
}

/** Replaces the message the component sits on (keeps its ephemeral state; flags cannot change on update). */
export function update(body: MessageBody): UpdateResponse {
  const { flags: _flags, ...data } = messageData(body);
  return { type: InteractionResponseType.UpdateMessage, data };
}

export function choices(list: APIApplicationCommandOptionChoice<string>[]): ChoicesResponse {
  return {
    type: InteractionResponseType.ApplicationCommandAutocompleteResult,
    data: {
      choices: list.slice(0, DISCORD_LIMITS.choices).map((c) => ({
        name: truncate(c.name, DISCORD_LIMITS.choiceName),
        value: c.value.slice(0, DISCORD_LIMITS.choiceValue),
      })),
    },
  };
}

/** A pop-up form (only in answer to a command or a component, never to another modal). */
export function modal(data: APIModalInteractionResponseCallbackData): ModalResponse {
  return {
    type: InteractionResponseType.Modal,
    data: { ...data, title: truncate(data.title, DISCORD_LIMITS.modalTitle) },
  };
}

/** A short private notice: errors, cooldowns, bad input. Never a stack trace. */
export function notice(text: string): MessageResponse {
  return message({ content: text }, { ephemeral: true });
}

/** Keeps a message's embeds within the 6,000 characters Discord allows across all of them. */
function clampEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  let budget: number = DISCORD_LIMITS.embedTotal;
  const out: APIEmbed[] = [];
  for (const embed of embeds.slice(0, DISCORD_LIMITS.embedsPerMessage)) {
    if (budget <= 0) break;
    const clamped = clampEmbed(embed, budget);
    budget -= embedLength(clamped);
    out.push(clamped);
  }
  return out;
}
