import {
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIMessage,
  type APIMessageApplicationCommandInteractionData,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  MessageFlags,
} from "discord-api-types/v10";
import type {
  AutocompleteRequest,
  CommandRequest,
  ComponentRequest,
  MessageTarget,
  OptionValue,
  Requester,
} from "../commands/types.ts";
import { decodeCustomId } from "../components/custom-id.ts";

/** A Discord interaction, translated into the request a handler takes. */
export type Invocation =
  | { kind: "ping" }
  | { kind: "command"; request: CommandRequest }
  | { kind: "autocomplete"; request: AutocompleteRequest }
  | { kind: "component"; request: ComponentRequest }
  | { kind: "unknown"; id: string; what: string; user?: Requester; locale?: string };

export function parseInteraction(interaction: APIInteraction): Invocation {
  const user = requester(interaction);
  const guildId = interaction.guild_id;
  const locale =
    "locale" in interaction && typeof interaction.locale === "string" ? interaction.locale : undefined;
  const base = { id: interaction.id, ...(guildId ? { guildId } : {}), ...(locale ? { locale } : {}) };
  switch (interaction.type) {
    case InteractionType.Ping:
      return { kind: "ping" };
    case InteractionType.ApplicationCommand: {
      if (interaction.data.type === ApplicationCommandType.Message && user) {
        const request = {
          ...base,
          name: interaction.data.name,
          options: {},
          user,
          target: messageTarget(interaction.data),
        };
        return { kind: "command", request };
      }
      if (interaction.data.type !== ApplicationCommandType.ChatInput || !user) break;
      const request = {
        ...base,
        name: interaction.data.name,
        options: flatten(interaction.data.options),
        user,
      };
      return { kind: "command", request };
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      if (!user) break;
      const focused = findFocused(interaction.data.options ?? []);
      const request = {
        ...base,
        name: interaction.data.name,
        options: flatten(interaction.data.options),
        user,
        focused: { name: focused?.name ?? "", value: focused ? String(focused.value) : "" },
      };
      return { kind: "autocomplete", request };
    }
    case InteractionType.MessageComponent: {
      const parsed = decodeCustomId(interaction.data.custom_id);
      if (!parsed || !user)
        return {
          kind: "unknown",
          id: interaction.id,
          what: `component '${interaction.data.custom_id}'`,
          ...(user ? { user } : {}),
          ...(locale ? { locale } : {}),
        };
      const values =
        interaction.data.component_type === ComponentType.StringSelect ? interaction.data.values : [];
      const flags = interaction.message?.flags ?? 0;
      return {
        kind: "component",
        request: {
          ...base,
          customId: interaction.data.custom_id,
          action: parsed.action,
          args: parsed.args,
          values,
          user,
          messageEphemeral: (flags & MessageFlags.Ephemeral) !== 0,
        },
      };
    }
    default:
      break;
  }
  return {
    kind: "unknown",
    id: interaction.id,
    what: `interaction type ${interaction.type}`,
    ...(user ? { user } : {}),
    ...(locale ? { locale } : {}),
  };
}

/**
 * The message a message command points at. Discord sends its text even without the Message Content intent;
 * anything missing or oddly shaped becomes an empty message, which the command answers politely.
 */
function messageTarget(data: APIMessageApplicationCommandInteractionData): MessageTarget {
  const message: Partial<APIMessage> | undefined = data.resolved?.messages?.[data.target_id];
  const content = typeof message?.content === "string" ? message.content : "";
  const authorId = typeof message?.author?.id === "string" ? message.author.id : undefined;
  return { id: String(data.target_id), content, ...(authorId ? { authorId } : {}) };
}

function requester(interaction: APIInteraction): Requester | undefined {
  const u = interaction.member?.user ?? interaction.user;
  return u ? { id: u.id, username: u.username } : undefined;
}

/** Options as name → value, descending into subcommands (none today, but a new command may add them). */
function flatten(
  options: readonly APIApplicationCommandInteractionDataOption[] | undefined,
): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  for (const option of options ?? []) {
    if ("options" in option && option.options) Object.assign(out, flatten(option.options));
    else if ("value" in option && option.value !== undefined) out[option.name] = option.value;
  }
  return out;
}

function findFocused(
  options: readonly APIApplicationCommandInteractionDataOption[],
): APIApplicationCommandInteractionDataBasicOption | undefined {
  for (const option of options) {
    if ("focused" in option && option.focused)
      return option as APIApplicationCommandInteractionDataBasicOption;
    if (
      (option.type === ApplicationCommandOptionType.Subcommand ||
        option.type === ApplicationCommandOptionType.SubcommandGroup) &&
      option.options
    ) {
      const inner = findFocused(option.options);
      if (inner) return inner;
    }
  }
  return undefined;
}
