import {
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
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
  | { kind: "unknown"; id: string; what: string; user?: Requester };

export function parseInteraction(interaction: APIInteraction): Invocation {
  const user = requester(interaction);
  const guildId = interaction.guild_id;
  const base = { id: interaction.id, ...(guildId ? { guildId } : {}) };
  switch (interaction.type) {
    case InteractionType.Ping:
      return { kind: "ping" };
    case InteractionType.ApplicationCommand: {
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
          ...(interaction.message?.id ? { messageId: interaction.message.id } : {}),
        },
      };
    }
    case InteractionType.ModalSubmit: {
      // A submitted form is routed like the component that opened it: by its custom_id's action.
      const parsed = decodeCustomId(interaction.data.custom_id);
      if (!parsed || !user)
        return {
          kind: "unknown",
          id: interaction.id,
          what: `modal '${interaction.data.custom_id}'`,
          ...(user ? { user } : {}),
        };
      const flags = interaction.message?.flags ?? 0;
      return {
        kind: "component",
        request: {
          ...base,
          customId: interaction.data.custom_id,
          action: parsed.action,
          args: parsed.args,
          values: [],
          user,
          messageEphemeral: (flags & MessageFlags.Ephemeral) !== 0,
          ...(interaction.message?.id ? { messageId: interaction.message.id } : {}),
          fields: modalFields(interaction.data.components),
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
  };
}

/** Text inputs of a submitted modal by custom_id, whether Discord sends them in labels or action rows. */
function modalFields(components: readonly unknown[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (c: unknown): void => {
    if (!c || typeof c !== "object") return;
    const node = c as {
      type?: unknown;
      custom_id?: unknown;
      value?: unknown;
      component?: unknown;
      components?: unknown;
    };
    if (
      node.type === ComponentType.TextInput &&
      typeof node.custom_id === "string" &&
      typeof node.value === "string"
    )
      out[node.custom_id] = node.value;
    if (node.component) visit(node.component);
    if (Array.isArray(node.components)) node.components.forEach(visit);
  };
  (components ?? []).forEach(visit);
  return out;
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
