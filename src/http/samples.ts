import {
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIInteraction,
  type APIMessageApplicationCommandGuildInteraction,
  type APIMessage,
  type APIMessageComponentGuildInteraction,
  type APIModalSubmitGuildInteraction,
  type APIPingInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
} from "discord-api-types/v10";

/**
 * Interactions shaped as Discord delivers them to an HTTP endpoint: what `npm run sign-request`, the tests
 * and the benchmark send. Ids are fake but snowflake-shaped; nothing here talks to Discord.
 */
export const SAMPLE_APPLICATION_ID = "1234567890123456789";
export const SAMPLE_GUILD_ID = "1100000000000000001";
export const SAMPLE_CHANNEL_ID = "1100000000000000002";

const DISCORD_EPOCH = 1_420_070_400_000n;
let sequence = 0;
/** A fresh snowflake-shaped id for each interaction, so logs and metrics can tell them apart. */
export function sampleId(): string {
  sequence = (sequence + 1) & 0x3fffff;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | BigInt(sequence));
}

export function sampleUser(id = "1200000000000000001", username = "reader"): APIUser {
  return { id, username, discriminator: "0", global_name: null, avatar: null };
}

function base(user: APIUser) {
  return {
    id: sampleId(),
    application_id: SAMPLE_APPLICATION_ID,
    guild_id: SAMPLE_GUILD_ID,
    guild: { id: SAMPLE_GUILD_ID, locale: Locale.EnglishUS, features: [] },
    channel: { id: SAMPLE_CHANNEL_ID, type: ChannelType.GuildText as const },
    channel_id: SAMPLE_CHANNEL_ID,
    member: {
      user,
      roles: [],
      joined_at: "2024-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
      flags: 0,
      permissions: "2248473465835073",
    },
    token: `aW50ZXJhY3Rpb246${sampleId()}:sample-token`,
    version: 1 as const,
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    app_permissions: "2248473465835073",
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: SAMPLE_GUILD_ID },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10_485_760,
  };
}

export function samplePing(): APIPingInteraction {
  const {
    id,
    application_id,
    token,
    version,
    app_permissions,
    entitlements,
    authorizing_integration_owners,
  } = base(sampleUser());
  return {
    id,
    application_id,
    type: InteractionType.Ping,
    token,
    version,
    app_permissions,
    entitlements,
    authorizing_integration_owners,
    attachment_size_limit: 10_485_760,
  };
}

export type SampleOption = { name: string; value: string | boolean; focused?: boolean; user?: boolean };

function option(o: SampleOption): APIApplicationCommandInteractionDataBasicOption {
  if (typeof o.value === "boolean")
    return { name: o.name, type: ApplicationCommandOptionType.Boolean, value: o.value };
  if (o.user) return { name: o.name, type: ApplicationCommandOptionType.User, value: o.value };
  return {
    name: o.name,
    type: ApplicationCommandOptionType.String,
    value: o.value,
    ...(o.focused ? { focused: true } : {}),
  };
}

export function sampleCommand(
  name: string,
  options: SampleOption[] = [],
  user: APIUser = sampleUser(),
): APIChatInputApplicationCommandGuildInteraction {
  return {
    ...base(user),
    type: InteractionType.ApplicationCommand,
    data: {
      id: "1300000000000000001",
      name,
      type: ApplicationCommandType.ChatInput,
      guild_id: SAMPLE_GUILD_ID,
      ...(options.length > 0 ? { options: options.map(option) } : {}),
    },
  };
}

export function sampleAsk(
  question: string,
  opts: { private?: boolean; mention?: string; user?: APIUser } = {},
): APIChatInputApplicationCommandGuildInteraction {
  const options: SampleOption[] = [{ name: "question", value: question }];
  if (opts.private !== undefined) options.push({ name: "private", value: opts.private });
  if (opts.mention) options.push({ name: "mention", value: opts.mention, user: true });
  return sampleCommand("ask", options, opts.user);
}

export function sampleAutocomplete(
  command: string,
  focused: string,
  value: string,
  user: APIUser = sampleUser(),
): APIApplicationCommandAutocompleteGuildInteraction {
  return {
    ...base(user),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: "1300000000000000002",
      name: command,
      type: ApplicationCommandType.ChatInput,
      options: [option({ name: focused, value, focused: true })],
    },
  };
}

export interface SampleComponent {
  customId: string;
  /** Select values; a button when absent. */
  values?: string[];
  /** The flags of the message the component sits on (64 = ephemeral). */
  messageFlags?: number;
  user?: APIUser;
  /** The id of the message the component sits on (a fresh one when absent). */
  messageId?: string;
}

export function sampleComponent(c: SampleComponent): APIMessageComponentGuildInteraction {
  const user = c.user ?? sampleUser();
  const message: APIMessage = {
    id: c.messageId ?? sampleId(),
    channel_id: SAMPLE_CHANNEL_ID,
    author: sampleUser(SAMPLE_APPLICATION_ID, "Safir"),
    content: "",
    timestamp: "2024-01-01T00:00:00.000000+00:00",
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: MessageType.ChatInputCommand,
    flags: c.messageFlags ?? 0,
    application_id: SAMPLE_APPLICATION_ID,
  };
  const data = c.values
    ? { custom_id: c.customId, component_type: ComponentType.StringSelect as const, values: c.values }
    : { custom_id: c.customId, component_type: ComponentType.Button as const };
  return { ...base(user), type: InteractionType.MessageComponent, message, data };
}

/** Another member's message in the channel, as Discord resolves it for a message command. */
export function sampleChannelMessage(
  content: string,
  author: APIUser = sampleUser("1200000000000000002", "asker"),
): APIMessage {
  return {
    id: sampleId(),
    channel_id: SAMPLE_CHANNEL_ID,
    author,
    content,
    timestamp: "2024-01-01T00:00:00.000000+00:00",
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: content
      ? []
      : [
          {
            id: sampleId(),
            filename: "map.png",
            size: 48_213,
            url: "https://cdn.discordapp.com/attachments/1/2/map.png",
            proxy_url: "https://media.discordapp.net/attachments/1/2/map.png",
            content_type: "image/png",
            width: 800,
            height: 600,
          },
        ],
    embeds: [],
    pinned: false,
    type: MessageType.Default,
  };
}

/**
 * Apps → "Answer with Safir" on `target`: Discord puts the message, content included, in
 * `data.resolved.messages` (no Message Content intent needed).
 */
export function sampleMessageCommand(
  target: APIMessage,
  opts: { user?: APIUser; locale?: Locale; name?: string } = {},
): APIMessageApplicationCommandGuildInteraction {
  return {
    ...base(opts.user ?? sampleUser()),
    ...(opts.locale ? { locale: opts.locale } : {}),
    type: InteractionType.ApplicationCommand,
    data: {
      id: "1300000000000000005",
      name: opts.name ?? "Answer with Safir",
      type: ApplicationCommandType.Message,
      guild_id: SAMPLE_GUILD_ID,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
  };
}

/** Where an interaction comes from, beyond a server that installed Safir. */
export type SampleContext = "user-install-in-server" | "dm" | "group-dm";

/**
 * The same interaction as Discord sends it from elsewhere: in a server where only the user installed Safir
 * (no `member`, `guild` or guild locale the bot could rely on), in the bot's DMs, or in a group DM. The user
 * then arrives as `user`, and the app's permissions are the few Discord grants there.
 */
export function sampleElsewhere<T extends APIInteraction>(interaction: T, where: SampleContext): T {
  const {
    member,
    guild: _guild,
    guild_id,
    guild_locale: _guildLocale,
    channel: _channel,
    ...rest
  } = interaction as T & { member?: { user: APIUser }; guild?: unknown; guild_locale?: unknown };
  const user = member?.user ?? interaction.user ?? sampleUser();
  const channelId = sampleId();
  const channel =
    where === "group-dm"
      ? { id: channelId, type: ChannelType.GroupDM, recipients: [user], name: null, owner_id: user.id }
      : where === "dm"
        ? { id: channelId, type: ChannelType.DM, recipients: [user] }
        : {
            id: interaction.channel_id ?? channelId,
            type: ChannelType.GuildText,
            guild_id: guild_id ?? SAMPLE_GUILD_ID,
          };
  const context =
    where === "group-dm"
      ? InteractionContextType.PrivateChannel
      : where === "dm"
        ? InteractionContextType.BotDM
        : InteractionContextType.Guild;
  const data = "data" in rest && rest.data && typeof rest.data === "object" ? { ...rest.data } : undefined;
  if (data && where !== "user-install-in-server") delete (data as { guild_id?: string }).guild_id;
  return {
    ...rest,
    ...(data ? { data } : {}),
    ...(where === "user-install-in-server" && guild_id ? { guild_id } : {}),
    user,
    channel,
    channel_id: channel.id,
    context,
    app_permissions: "1126317115686400",
    authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: user.id },
  } as unknown as T;
}
/** A submitted modal (type 5), opened from a button on message `messageId`: `fields` are its text inputs. */
export function sampleModalSubmit(c: {
  customId: string;
  fields: Record<string, string>;
  messageId?: string;
  user?: APIUser;
}): APIModalSubmitGuildInteraction {
  const user = c.user ?? sampleUser();
  const { message } = sampleComponent({
    customId: c.customId,
    user,
    ...(c.messageId ? { messageId: c.messageId } : {}),
  });
  return {
    ...base(user),
    type: InteractionType.ModalSubmit,
    message,
    data: {
      custom_id: c.customId,
      components: Object.entries(c.fields).map(([custom_id, value]) => ({
        type: ComponentType.Label as const,
        id: 1,
        component: { type: ComponentType.TextInput as const, id: 2, custom_id, value },
      })),
    },
  };
}
