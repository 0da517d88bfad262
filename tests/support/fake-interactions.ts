import { randomBytes } from "node:crypto";
import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
  type APIChatInputApplicationCommandInteractionDataResolved,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageApplicationCommandInteraction,
  type APIMessageButtonInteractionData,
  type APIMessageComponentButtonInteraction,
  type APIMessageComponentSelectMenuInteraction,
  type APIMessageStringSelectInteractionData,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  type GuildMemberFlags,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type UserFlags,
} from "discord-api-types/v10";

/**
 * Interactions as Discord's gateway sends them (INTERACTION_CREATE `d`), complete enough that discord.js
 * builds its own objects from them without complaint, and typed by discord-api-types so a missing field
 * is a compile error.
 */
export const FAKE_APPLICATION_ID = "1100000000000000001";
export const FAKE_GUILD_ID = "1200000000000000002";
export const FAKE_CHANNEL_ID = "1300000000000000003";
export const FAKE_DM_CHANNEL_ID = "1300000000000000009";
export const FAKE_USER_ID = "1400000000000000004";

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export function fakeUser(id = FAKE_USER_ID, username = "amina"): APIUser {
  return {
    id,
    username,
    global_name: username[0]!.toUpperCase() + username.slice(1),
    discriminator: "0",
    avatar: null,
    public_flags: 0 as UserFlags,
    primary_guild: null,
    collectibles: null,
    avatar_decoration_data: null,
  };
}

export function fakeBotUser(id = FAKE_APPLICATION_ID): APIUser {
  return { ...fakeUser(id, "safir"), bot: true, global_name: null };
}

function member(user: APIUser): APIInteractionGuildMember {
  return {
    user,
    roles: [],
    joined_at: "2024-05-01T10:00:00.000000+00:00",
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    nick: null,
    avatar: null,
    banner: null,
    premium_since: null,
    communication_disabled_until: null,
    permissions: "2248473465835073",
  } as APIInteractionGuildMember;
}

export interface Where {
  /** In the bot's DMs: `user` and no `member`, `guild_id` or guild channel. */
  dm?: boolean;
  /** In a group DM, where only a user install can reach: `user`, a group DM channel, context 2. */
  groupDm?: boolean;
  user?: APIUser;
  guildId?: string;
  locale?: Locale;
}

/** The fields every interaction shares, for a server or for the bot's DMs. */
function base(where: Where) {
  const user = where.user ?? fakeUser();
  const id = snowflake();
  // Discord's interaction tokens are base64url of "interaction:<id>:<random>".
  const token = Buffer.from(`interaction:${id}:${randomBytes(60).toString("base64url")}`).toString(
    "base64url",
  );
  const common = {
    id,
    application_id: FAKE_APPLICATION_ID,
    token,
    version: 1 as const,
    locale: where.locale ?? Locale.EnglishUS,
    entitlements: [],
    attachment_size_limit: 10_485_760,
  };
  if (where.groupDm) {
    return {
      ...common,
      user,
      channel_id: FAKE_DM_CHANNEL_ID,
      channel: {
        id: FAKE_DM_CHANNEL_ID,
        type: ChannelType.GroupDM,
        flags: 0,
        last_message_id: null,
        recipients: [user, fakeUser(snowflake(), "friend")],
        name: null,
        icon: null,
        owner_id: user.id,
      },
      app_permissions: "1126317115686400",
      authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: user.id },
      context: InteractionContextType.PrivateChannel,
    };
  }
  if (where.dm) {
    return {
      ...common,
      user,
      channel_id: FAKE_DM_CHANNEL_ID,
      channel: {
        id: FAKE_DM_CHANNEL_ID,
        type: ChannelType.DM,
        flags: 0,
        last_message_id: null,
        recipients: [user],
      },
      app_permissions: "1126317115686400",
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: "0" },
      context: InteractionContextType.BotDM,
    };
  }
  const guildId = where.guildId ?? FAKE_GUILD_ID;
  return {
    ...common,
    guild_id: guildId,
    guild: { id: guildId, locale: Locale.EnglishUS, features: [] },
    guild_locale: Locale.EnglishUS,
    member: member(user),
    channel_id: FAKE_CHANNEL_ID,
    channel: {
      id: FAKE_CHANNEL_ID,
      type: ChannelType.GuildText,
      guild_id: guildId,
      name: "general",
      position: 0,
      flags: 0,
      parent_id: null,
      topic: null,
      nsfw: false,
      rate_limit_per_user: 0,
      last_message_id: null,
      permissions: "2248473465835073",
    },
    app_permissions: "2248473465835073",
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId },
    context: InteractionContextType.Guild,
  };
}

/** Option builders, as Discord nests them in `data.options`. */
export const opt = {
  string: (
    name: string,
    value: string,
    focused = false,
  ): APIApplicationCommandInteractionDataBasicOption => ({
    type: ApplicationCommandOptionType.String,
    name,
    value,
    ...(focused ? { focused: true } : {}),
  }),
  boolean: (name: string, value: boolean): APIApplicationCommandInteractionDataBasicOption => ({
    type: ApplicationCommandOptionType.Boolean,
    name,
    value,
  }),
  user: (name: string, id: string): APIApplicationCommandInteractionDataBasicOption => ({
    type: ApplicationCommandOptionType.User,
    name,
    value: id,
  }),
};

/** Discord resolves every user option into `data.resolved`. */
function resolved(
  options: APIApplicationCommandInteractionDataBasicOption[],
  where: Where,
): APIChatInputApplicationCommandInteractionDataResolved | undefined {
  const ids = options.filter((o) => o.type === ApplicationCommandOptionType.User).map((o) => String(o.value));
  if (ids.length === 0) return undefined;
  const users = Object.fromEntries(ids.map((id) => [id, fakeUser(id, `user${id.slice(-4)}`)]));
  if (where.dm || where.groupDm) return { users };
  const members = Object.fromEntries(
    ids.map((id) => {
      const { user: _user, ...m } = member(users[id]!);
      return [id, m];
    }),
  );
  return { users, members } as APIChatInputApplicationCommandInteractionDataResolved;
}

export function chatInput(
  name: string,
  options: APIApplicationCommandInteractionDataBasicOption[] = [],
  where: Where = {},
): APIChatInputApplicationCommandInteraction {
  const r = resolved(options, where);
  return {
    ...base(where),
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      ...(where.dm || where.groupDm ? {} : { guild_id: where.guildId ?? FAKE_GUILD_ID }),
      ...(options.length > 0 ? { options } : {}),
      ...(r ? { resolved: r } : {}),
    },
  } as APIChatInputApplicationCommandInteraction;
}

export function autocomplete(
  name: string,
  options: APIApplicationCommandInteractionDataBasicOption[],
  where: Where = {},
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...base(where),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      ...(where.dm || where.groupDm ? {} : { guild_id: where.guildId ?? FAKE_GUILD_ID }),
      options,
    },
  } as APIApplicationCommandAutocompleteInteraction;
}

export interface OnMessage extends Where {
  /** The flags of the message the component sits on (64 = ephemeral). */
  messageFlags?: number;
}

/** The bot's earlier reply that carries the component, as Discord attaches it to the interaction. */
function carrier(where: OnMessage, customId: string, kind: ComponentType): APIMessage {
  const component =
    kind === ComponentType.Button
      ? { type: ComponentType.Button, style: 2, label: "Post in channel", custom_id: customId, id: 2 }
      : {
          type: ComponentType.StringSelect,
          custom_id: customId,
          id: 2,
          min_values: 1,
          max_values: 1,
          options: [{ label: "Overview", value: "overview" }],
        };
  return {
    id: snowflake(Date.now() - 60_000),
    channel_id: where.dm ? FAKE_DM_CHANNEL_ID : FAKE_CHANNEL_ID,
    type: MessageType.ChatInputCommand,
    content: "",
    author: fakeBotUser(),
    application_id: FAKE_APPLICATION_ID,
    embeds: [{ type: "rich", title: "Overview", description: "…" }],
    components: [{ type: ComponentType.ActionRow, id: 1, components: [component] }],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date(Date.now() - 60_000).toISOString(),
    edited_timestamp: null,
    flags: where.messageFlags ?? 0,
    webhook_id: FAKE_APPLICATION_ID,
  } as APIMessage;
}

export function buttonPress(customId: string, where: OnMessage = {}): APIMessageComponentButtonInteraction {
  const data: APIMessageButtonInteractionData = { custom_id: customId, component_type: ComponentType.Button };
  return {
    ...base(where),
    type: InteractionType.MessageComponent,
    data,
    message: carrier(where, customId, ComponentType.Button),
  } as APIMessageComponentButtonInteraction;
}

export function selectPick(
  customId: string,
  values: string[],
  where: OnMessage = {},
): APIMessageComponentSelectMenuInteraction {
  const data: APIMessageStringSelectInteractionData = {
    custom_id: customId,
    component_type: ComponentType.StringSelect,
    values,
  };
  return {
    ...base(where),
    type: InteractionType.MessageComponent,
    data,
    message: carrier(where, customId, ComponentType.StringSelect),
  } as APIMessageComponentSelectMenuInteraction;
}

/** A member's message in the channel: the target of a message command. No text when only an image is sent. */
export function channelMessage(
  content: string,
  author: APIUser = fakeUser(snowflake(), "asker"),
): APIMessage {
  return {
    id: snowflake(Date.now() - 30_000),
    channel_id: FAKE_CHANNEL_ID,
    type: MessageType.Default,
    content,
    author,
    embeds: [],
    attachments: content
      ? []
      : [
          {
            id: snowflake(),
            filename: "chart.png",
            size: 52_000,
            url: "https://cdn.discordapp.com/attachments/1/2/chart.png",
            proxy_url: "https://media.discordapp.net/attachments/1/2/chart.png",
            content_type: "image/png",
            width: 640,
            height: 480,
          },
        ],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date(Date.now() - 30_000).toISOString(),
    edited_timestamp: null,
    components: [],
  } as APIMessage;
}

/** Apps → "Answer with Safir" on `target`, with the message resolved as Discord sends it. */
export function messageCommand(
  target: APIMessage,
  where: Where = {},
): APIMessageApplicationCommandInteraction {
  return {
    ...base(where),
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      name: "Answer with Safir",
      type: ApplicationCommandType.Message,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
      ...(where.dm || where.groupDm ? {} : { guild_id: where.guildId ?? FAKE_GUILD_ID }),
    },
  } as APIMessageApplicationCommandInteraction;
}
