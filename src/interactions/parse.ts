import {
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
import { boundedForLog } from "./ids.ts";

/** A Discord interaction, translated into the request a handler takes. */
export type Invocation =
  | { kind: "ping" }
  | { kind: "command"; request: CommandRequest }
  | { kind: "autocomplete"; request: AutocompleteRequest }
  | { kind: "component"; request: ComponentRequest }
  | { kind: "unknown"; id: string; what: string; user?: Requester; locale?: string }
  /** A payload Discord would never send: the wrong shape somewhere. `type` says which reply it can take. */
  | { kind: "malformed"; type: number | undefined; id: string | undefined; problem: string };

/** Discord ids are snowflakes: strings of 17–20 digits today; a little room either way. */
export const SNOWFLAKE = /^\d{1,25}$/;
export const isSnowflake = (v: unknown): v is string => typeof v === "string" && SNOWFLAKE.test(v);

// Discord's own limits on what it sends; anything over them did not come from Discord's client.
const NAME_MAX = 32;
const OPTIONS_MAX = 25;
const OPTION_DEPTH_MAX = 3;
const STRING_VALUE_MAX = 6000;
const USERNAME_MAX = 64;
const SELECT_VALUES_MAX = 25;
const SELECT_VALUE_MAX = 100;
const CUSTOM_ID_MAX = 100;
const MODAL_DEPTH_MAX = 4;
const MODAL_NODES_MAX = 50;
const MODAL_VALUE_MAX = 4000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

class Malformed extends Error {}
/** Stops the parse at the first thing out of shape; `parseInteraction` turns it into a "malformed" invocation. */
function bad(problem: string): never {
  throw new Malformed(problem);
}

/**
 * Checks the shape of a raw payload at the edge, field by field, and builds the handler's request from what
 * it proved. Never throws: whatever is out of shape becomes `{ kind: "malformed" }`, which still names the
 * interaction type, so the dispatcher can answer in the form Discord accepts for that type.
 */
export function parseInteraction(raw: unknown): Invocation {
  if (!isObj(raw)) return { kind: "malformed", type: undefined, id: undefined, problem: "not an object" };
  const type = isInt(raw.type) ? raw.type : undefined;
  const id = isSnowflake(raw.id) ? raw.id : undefined;
  if (type === undefined) return { kind: "malformed", type, id, problem: "'type' is not a whole number" };
  // A PING carries nothing the reply depends on: Discord's endpoint check must always get its PONG.
  if (type === InteractionType.Ping) return { kind: "ping" };
  try {
    if (id === undefined) bad("'id' is not a string of digits");
    return parseTyped(raw, type, id);
  } catch (err) {
    if (err instanceof Malformed) return { kind: "malformed", type, id, problem: err.message };
    return { kind: "malformed", type, id, problem: "could not be read" };
  }
}

function parseTyped(raw: Obj, type: number, id: string): Invocation {
  const user = requester(raw);
  const guildId = raw.guild_id;
  if (guildId !== undefined && guildId !== null && !isSnowflake(guildId)) bad("'guild_id' is not an id");
  // Discord's client locale (e.g. "tr", "en-US"): only its shape is checked; the i18n layer decides what it means.
  const locale =
    typeof raw.locale === "string" && /^[A-Za-z-]{2,16}$/.test(raw.locale) ? raw.locale : undefined;
  const base = { id, ...(typeof guildId === "string" ? { guildId } : {}), ...(locale ? { locale } : {}) };
  switch (type) {
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete: {
      const data = raw.data;
      if (!isObj(data)) bad("'data' is not an object");
      if (!user) bad("no user");
      if (type === InteractionType.ApplicationCommand && data.type === ApplicationCommandType.Message) {
        const name = data.name;
        if (typeof name !== "string" || name.length === 0 || name.length > NAME_MAX) bad("'data.name'");
        return {
          kind: "command",
          request: { ...base, name, options: {}, user, target: messageTarget(data) },
        };
      }
      if (data.type !== undefined && data.type !== ApplicationCommandType.ChatInput) {
        if (type === InteractionType.ApplicationCommandAutocomplete)
          bad("autocomplete for a non-slash command");
        return {
          kind: "unknown",
          id,
          what: `command type ${boundedForLog(String(data.type))}`,
          user,
          ...(locale ? { locale } : {}),
        };
      }
      const name = data.name;
      if (typeof name !== "string" || name.length === 0 || name.length > NAME_MAX) bad("'data.name'");
      const parsed = parseOptions(data.options);
      if (type === InteractionType.ApplicationCommand) {
        return { kind: "command", request: { ...base, name, options: parsed.values, user } };
      }
      const focused = parsed.focused ?? { name: "", value: "" };
      return { kind: "autocomplete", request: { ...base, name, options: parsed.values, user, focused } };
    }
    case InteractionType.MessageComponent: {
      const data = raw.data;
      if (!isObj(data)) bad("'data' is not an object");
      const customId = data.custom_id;
      // A long custom_id is a string, just not one of ours: decodeCustomId refuses it, and it is "unknown".
      if (typeof customId !== "string") bad("'data.custom_id'");
      if (!isInt(data.component_type)) bad("'data.component_type'");
      const values = data.component_type === ComponentType.StringSelect ? selectValues(data.values) : [];
      return routed(raw, base, "component", customId, user, { values });
    }
    case InteractionType.ModalSubmit: {
      // A submitted form is routed like the component that opened it: by its custom_id's action.
      const data = raw.data;
      if (!isObj(data)) bad("'data' is not an object");
      const customId = data.custom_id;
      if (typeof customId !== "string") bad("'data.custom_id'");
      return routed(raw, base, "modal", customId, user, { values: [], fields: modalFields(data.components) });
    }
    default:
      return {
        kind: "unknown",
        id,
        what: `interaction type ${type}`,
        ...(user ? { user } : {}),
        ...(locale ? { locale } : {}),
      };
  }
}

/**
 * A component or a submitted modal, routed by its custom_id: the message it sits on (checked like the rest),
 * and "unknown" for a custom_id that is not one of ours.
 */
function routed(
  raw: Obj,
  base: { id: string; guildId?: string; locale?: string },
  what: "component" | "modal",
  customId: string,
  user: Requester | undefined,
  extra: { values: string[]; fields?: Record<string, string> },
): Invocation {
  const message = raw.message;
  if (message !== undefined && !isObj(message)) bad("'message' is not an object");
  const flags = message?.flags ?? 0;
  if (!isInt(flags)) bad("'message.flags'");
  const messageId = isSnowflake(message?.id) ? message.id : undefined;
  const parsed = decodeCustomId(customId);
  if (!parsed || !user)
    return {
      kind: "unknown",
      id: base.id,
      what: `${what} '${boundedForLog(customId)}'`,
      ...(user ? { user } : {}),
      ...(base.locale ? { locale: base.locale } : {}),
    };
  return {
    kind: "component",
    request: {
      ...base,
      customId,
      action: parsed.action,
      args: parsed.args,
      ...extra,
      user,
      messageEphemeral: (flags & MessageFlags.Ephemeral) !== 0,
      ...(messageId ? { messageId } : {}),
    },
  };
}

/**
 * Text inputs of a submitted modal by custom_id, whether Discord sends them in labels or action rows.
 * Null-prototype, bounded in depth, count and length: the payload is checked like every other field.
 */
function modalFields(components: unknown): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  let seen = 0;
  const visit = (c: unknown, depth: number): void => {
    if (!isObj(c) || depth > MODAL_DEPTH_MAX || ++seen > MODAL_NODES_MAX) return;
    if (c.type === ComponentType.TextInput && typeof c.custom_id === "string" && typeof c.value === "string")
      out[c.custom_id.slice(0, CUSTOM_ID_MAX)] = c.value.slice(0, MODAL_VALUE_MAX);
    if (c.component !== undefined) visit(c.component, depth + 1);
    if (Array.isArray(c.components)) for (const child of c.components) visit(child, depth + 1);
  };
  if (Array.isArray(components)) for (const c of components) visit(c, 0);
  return out;
}

/**
 * The message a message command points at. Discord sends its text even without the Message Content intent;
 * anything missing or oddly shaped becomes an empty message, which the command answers politely.
 */
function messageTarget(data: Obj): MessageTarget {
  const targetId = data.target_id;
  if (!isSnowflake(targetId)) bad("'data.target_id' is not an id");
  const resolved = isObj(data.resolved) ? data.resolved : undefined;
  const messages = resolved && isObj(resolved.messages) ? resolved.messages : undefined;
  const message = messages && Object.hasOwn(messages, targetId) ? messages[targetId] : undefined;
  const m = isObj(message) ? message : undefined;
  const content = typeof m?.content === "string" ? m.content.slice(0, STRING_VALUE_MAX) : "";
  const author = m && isObj(m.author) ? m.author : undefined;
  const authorId = isSnowflake(author?.id) ? author.id : undefined;
  return { id: targetId, content, ...(authorId ? { authorId } : {}) };
}

/** The member's user in a server, the user in a DM; undefined when there is neither. */
function requester(raw: Obj): Requester | undefined {
  const member = raw.member;
  if (member !== undefined && member !== null && !isObj(member)) bad("'member' is not an object");
  const u = member?.user ?? raw.user;
  if (u === undefined || u === null) return undefined;
  if (!isObj(u) || !isSnowflake(u.id)) bad("'user.id' is not an id");
  const username = typeof u.username === "string" ? u.username.slice(0, USERNAME_MAX) : undefined;
  return username === undefined ? { id: u.id } : { id: u.id, username };
}

interface ParsedOptions {
  /** Null-prototype: a name such as `__proto__` is an ordinary key here, never the object's prototype. */
  values: Record<string, OptionValue>;
  focused?: { name: string; value: string };
}

/** Options as name → value, descending into subcommands (none today, but a new command may add them). */
function parseOptions(options: unknown): ParsedOptions {
  const out: ParsedOptions = { values: Object.create(null) as Record<string, OptionValue> };
  collect(options, out, 0);
  return out;
}

function collect(options: unknown, out: ParsedOptions, depth: number): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) bad("'options' is not a list");
  if (options.length > OPTIONS_MAX || depth >= OPTION_DEPTH_MAX) bad("too many options");
  for (const option of options as unknown[]) {
    if (!isObj(option)) bad("an option is not an object");
    const { name, type, value } = option;
    if (typeof name !== "string" || name.length === 0 || name.length > NAME_MAX) bad("an option's name");
    if (!isInt(type)) bad(`option '${name}' has no type`);
    if (
      type === ApplicationCommandOptionType.Subcommand ||
      type === ApplicationCommandOptionType.SubcommandGroup
    ) {
      collect(option.options, out, depth + 1);
      continue;
    }
    if (!isOptionValue(value)) bad(`option '${name}' has no usable value`);
    if (option.focused !== undefined && typeof option.focused !== "boolean") bad("'focused'");
    if (option.focused === true && !out.focused) out.focused = { name, value: String(value) };
    // Discord never repeats a name; if a payload does, the first one counts.
    if (!Object.hasOwn(out.values, name)) out.values[name] = value;
  }
}

function isOptionValue(v: unknown): v is OptionValue {
  if (typeof v === "string") return v.length <= STRING_VALUE_MAX;
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "boolean";
}

function selectValues(values: unknown): string[] {
  if (!Array.isArray(values) || values.length > SELECT_VALUES_MAX) bad("'data.values'");
  for (const v of values as unknown[])
    if (typeof v !== "string" || v.length > SELECT_VALUE_MAX) bad("a select value");
  return values as string[];
}
