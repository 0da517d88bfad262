import type { APIApplicationCommandOption, APIInteractionResponse } from "discord-api-types/v10";
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
} from "discord-api-types/v10";
import { COMMANDS_BY_NAME } from "../commands/index.ts";
import type { Command, OptionValue, Requester, Services, Trace } from "../commands/types.ts";
import { COMPONENT_HANDLERS } from "../components/handlers.ts";
import { chooseLanguage, type Lang, messagesFor } from "../i18n/index.ts";
import { commandLanguage, componentLanguage } from "../i18n/request.ts";
import { type Logger, silentLogger } from "../logger.ts";
import { choices, notice } from "../reply/respond.ts";
import type { AnswerTrace, Recorder, SharedCooldown } from "../store/types.ts";
import type { Cooldown, CooldownVerdict } from "./cooldown.ts";
import { boundedForLog, safeReference } from "./ids.ts";
import { deepFreeze, Lru, replyJson } from "./memo.ts";
import { type Invocation, isSnowflake, parseInteraction } from "./parse.ts";

export interface DispatcherOptions {
  /** The services, or a function giving the current ones: read once per request, so a reload can swap them. */
  services: Services | (() => Services);
  commands?: ReadonlyMap<string, Command>;
  cooldown?: Cooldown;
  log?: Logger;
  /** How many pure replies to keep for repeats (0: none). */
  memoSize?: number;
  /** An estimate of the bytes those replies may take, keys included (default 32 MiB). */
  memoMaxBytes?: number;
  /** Where questions and usage are recorded (feedback goes through `services.recorder`). */
  recorder?: Recorder;
  /** A cooldown shared by every instance (PostgreSQL), consulted by `dispatch` instead of `cooldown`. */
  sharedCooldown?: SharedCooldown;
}

export const DEFAULT_MEMO_MAX_BYTES = 32 * 1024 * 1024;

/** What a transport learns about each request, for its metrics and logs. */
export interface Outcome {
  kind: Exclude<Invocation["kind"], "malformed">;
  /** The command name, component action, or "unknown". */
  name: string;
  result: "ok" | "error" | "unknown" | "cooldown";
}

export interface Dispatched {
  response: APIInteractionResponse;
  outcome: Outcome;
  /** What search made of the question, for a question-answering command, when a recorder is wired. */
  trace?: AnswerTrace;
}

/** The reference is shown only when it is a plain id: a forged one must not inject markdown or a link. */
export const SOMETHING_WENT_WRONG = (id: unknown, lang: Lang = "en") =>
  messagesFor(lang).somethingWentWrong(safeReference(id));

export const UNREADABLE =
  "I could not read that request. Please try again, or use `/topics` to see what I can answer.";

/**
 * Routes a parsed request to its handler and turns every failure into a polite private reply: a handler
 * that throws, an unknown command or component, a user over the cooldown. Transports call this and only
 * translate its response to their wire.
 */
export function createDispatcher(options: DispatcherOptions) {
  const commands = options.commands ?? COMMANDS_BY_NAME;
  const log = options.log ?? silentLogger;
  const { cooldown, recorder, sharedCooldown } = options;
  const given = options.services;
  const currentServices = typeof given === "function" ? given : () => given;
  const memoSize = options.memoSize ?? 1000;
  const memoMaxBytes = options.memoMaxBytes ?? DEFAULT_MEMO_MAX_BYTES;
  let memo = new Lru<Dispatched>(memoSize, memoMaxBytes);
  // The cache belongs to one version of the content: new services (a reload) start an empty one.
  let memoFor: Services | undefined;
  /** Set while `dispatch` runs a request it has already checked against the shared cooldown. */
  let checkedShared = false;

  const limited = (
    user: Requester,
    kind: Outcome["kind"],
    name: string,
    lang: () => Lang,
  ): Dispatched | undefined => {
    if (checkedShared) return undefined;
    return slowDown(cooldown?.take(user.id), kind, name, lang);
  };

  const slowDown = (
    verdict: CooldownVerdict | undefined,
    kind: Outcome["kind"],
    name: string,
    lang: () => Lang,
  ): Dispatched | undefined => {
    if (!verdict || verdict.ok) return undefined;
    const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    return {
      response: notice(messagesFor(lang()).cooldown(seconds)),
      outcome: { kind, name, result: "cooldown" },
    };
  };

  function invoke(invocation: Invocation): Dispatched {
    const services = currentServices();
    if (services !== memoFor) {
      if (memoFor !== undefined) memo = new Lru<Dispatched>(memoSize, memoMaxBytes);
      memoFor = services;
    }
    switch (invocation.kind) {
      case "ping":
        return {
          response: { type: InteractionResponseType.Pong },
          outcome: { kind: "ping", name: "ping", result: "ok" },
        };
      case "command": {
        const found = commands.get(invocation.request.name);
        // A message command by a slash command's name (or the reverse) is not that command: run, it would
        // read options it lacks, and a pure one would cache a reply keyed without the message it read.
        const command =
          found && isMessageCommand(found) === (invocation.request.target !== undefined) ? found : undefined;
        // Worked out only for a notice of our own (unknown, cooldown, failure; at most one per request):
        // the command itself reads the request's language where it needs it, and reading it here too was a
        // part of every /ask.
        const lang = () => commandLanguage(invocation.request);
        if (!command) {
          const { request } = invocation;
          return unknown(request.id, `command '/${request.name}'`, "command", request.name, lang());
        }
        const {
          options: declared,
          usual,
          key,
        } = declaredOptions(command, invocation.request.options, undefined, memoSize > 0 && command.pure);
        const request = { ...invocation.request, options: declared };
        const slow = limited(request.user, "command", request.name, lang);
        if (slow) return slow;
        const run = () => {
          // What search made of the question is kept only for the store: without one, nothing reads it.
          const trace: Trace | undefined = recorder ? {} : undefined;
          const done = guarded(
            request.id,
            "command",
            request.name,
            () => command.execute(request, services, trace),
            lang,
          );
          return trace?.answer ? { ...done, trace: trace.answer } : done;
        };
        // Only what Discord itself could send is cached: anything else is answered, never remembered. With
        // the cache off, no key is built and nothing is frozen: that costs more than a small search.
        if (!command.pure || !usual || memoSize <= 0) return run();
        // The reply's language follows the locale too, so the locale is part of what makes a repeat.
        return remembered(`c\0${request.name}\0${request.locale ?? ""}\0${key}`, run);
      }
      case "autocomplete": {
        const command = commands.get(invocation.request.name);
        const name = invocation.request.name;
        // Autocomplete must always answer, even for a stale command: an empty list is the honest reply.
        if (!command?.autocomplete) {
          return { response: choices([]), outcome: { kind: "autocomplete", name, result: "unknown" } };
        }
        const { focused } = invocation.request;
        const {
          options: declared,
          usual,
          key: optionsKey,
        } = declaredOptions(command, invocation.request.options, focused.name, memoSize > 0 && command.pure);
        const focusable = optionDefs(command).some(
          (o) => o.name === focused.name && "autocomplete" in o && o.autocomplete === true,
        );
        const request = { ...invocation.request, options: declared };
        const complete = command.autocomplete;
        const run = () =>
          guarded(
            request.id,
            "autocomplete",
            name,
            () => complete(request, services),
            english,
            () => choices([]),
          );
        if (!command.pure || !usual || !focusable || memoSize <= 0) return run();
        const key = `a\0${name}\0${request.locale ?? ""}\0${focused.name}\0${focused.value}\0${optionsKey}`;
        return remembered(key, run);
      }
      case "component": {
        const { request } = invocation;
        const lang = () => componentLanguage(request);
        const handler = COMPONENT_HANDLERS.get(request.action);
        if (!handler)
          return unknown(request.id, `component '${request.customId}'`, "component", request.action, lang());
        const slow = limited(request.user, "component", request.action, lang);
        if (slow) return slow;
        return guarded(
          request.id,
          "component",
          request.action,
          () => handler.handle(request, services),
          lang,
        );
      }
      case "unknown":
        return unknown(
          invocation.id,
          invocation.what,
          "unknown",
          "unknown",
          chooseLanguage(invocation.locale),
        );
      case "malformed":
        log.warn(
          { interactionId: boundedForLog(invocation.id), type: invocation.type, problem: invocation.problem },
          "unreadable interaction",
        );
        return { response: replyForType(invocation.type), outcome: MALFORMED };
    }
  }

  /** A pure handler's reply, from the cache when the same request was answered before. */
  function remembered(key: string, run: () => Dispatched): Dispatched {
    const cached = memo.get(key);
    if (cached) return cached;
    const done = run();
    // Only successes are kept: a failure is retried, and logged, every time.
    if (done.outcome.result === "ok") {
      const frozen = deepFreeze(done);
      // A JS string of the JSON, and the object graph it came from: about three bytes per character.
      memo.set(key, frozen, replyJson(frozen.response).length * 3);
    }
    return done;
  }

  function guarded(
    id: string,
    kind: Outcome["kind"],
    name: string,
    run: () => APIInteractionResponse,
    lang: () => Lang,
    fallback: () => APIInteractionResponse = () => notice(SOMETHING_WENT_WRONG(id, lang())),
  ): Dispatched {
    try {
      return { response: run(), outcome: { kind, name, result: "ok" } };
    } catch (err) {
      log.error({ err, interactionId: boundedForLog(id), kind, name }, "handler failed");
      return { response: fallback(), outcome: { kind, name, result: "error" } };
    }
  }

  function unknown(id: string, what: string, kind: Outcome["kind"], name: string, lang: Lang): Dispatched {
    log.warn({ interactionId: boundedForLog(id), what: boundedForLog(what) }, "unknown interaction");
    return {
      response: notice(messagesFor(lang).unknownInteraction),
      outcome: { kind, name: boundedForLog(name), result: "unknown" },
    };
  }

  /** Usage and questions to the store: a queue push, never a wait, never a throw. */
  function record(done: Dispatched): Dispatched {
    if (!recorder) return done;
    const { kind } = done.outcome;
    try {
      if (kind === "command" || kind === "component") recorder.used(done.outcome);
      if (done.trace && done.outcome.result === "ok") recorder.asked(done.trace);
    } catch (err) {
      log.error({ err }, "could not queue a row for the store");
    }
    return done;
  }

  /** Runs one request to its reply. parseInteraction and the handlers' guards catch everything known; this is the last line. */
  function safely(interaction: unknown, run: () => Dispatched): Dispatched {
    try {
      return record(run());
    } catch (err) {
      const type = typeOf(interaction);
      log.error({ err, interactionId: boundedForLog(idOf(interaction)), type }, "could not dispatch");
      return { response: replyForType(type), outcome: MALFORMED };
    }
  }

  /**
   * A raw Discord interaction in (any JSON at all), the response payload out: one Discord accepts for the
   * interaction's type. Never throws.
   */
  function handle(interaction: unknown): Dispatched {
    return safely(interaction, () => invoke(parseInteraction(interaction)));
  }

  return {
    invoke,
    handle,
    /**
     * What the transports call: `handle`, after the shared cooldown when there is one (then the answer is
     * a promise; without one it is `handle`'s, synchronous). Never throws, never rejects.
     */
    dispatch(interaction: unknown): Dispatched | Promise<Dispatched> {
      if (!sharedCooldown) return handle(interaction);
      const invocation = parseInteraction(interaction);
      if (invocation.kind !== "command" && invocation.kind !== "component")
        return safely(interaction, () => invoke(invocation));
      const { request } = invocation;
      const name = invocation.kind === "command" ? invocation.request.name : invocation.request.action;
      const lang = () =>
        invocation.kind === "command"
          ? commandLanguage(invocation.request)
          : componentLanguage(invocation.request);
      return sharedCooldown.take(request.user.id).then(
        (verdict) => {
          const slow = slowDown(verdict, invocation.kind, name, lang);
          if (slow) return record(slow);
          checkedShared = true;
          try {
            return safely(interaction, () => invoke(invocation));
          } finally {
            checkedShared = false;
          }
        },
        (err: unknown) => {
          // A shared cooldown falls back by itself; should one still fail, the member is not the one to pay.
          log.error({ err }, "shared cooldown failed");
          return safely(interaction, () => invoke(invocation));
        },
      );
    },
    /** How much the reply cache holds now, for metrics and tests. */
    cache: {
      get size() {
        return memo.size;
      },
      get bytes() {
        return memo.bytes;
      },
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;

const english = (): Lang => "en";

const MALFORMED: Outcome = { kind: "unknown", name: "malformed", result: "error" };

/** The one reply Discord accepts for each interaction type when the request itself could not be read. */
export function replyForType(type: number | undefined): APIInteractionResponse {
  if (type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
  if (type === InteractionType.ApplicationCommandAutocomplete) return choices([]);
  return notice(UNREADABLE);
}

function typeOf(raw: unknown): number | undefined {
  try {
    const t = (raw as { type?: unknown } | null)?.type;
    return typeof t === "number" && Number.isInteger(t) ? t : undefined;
  } catch {
    return undefined;
  }
}

function idOf(raw: unknown): unknown {
  try {
    const id = (raw as { id?: unknown } | null)?.id;
    return isSnowflake(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Only the options the command declares, each only with a value of its declared type, in a null-prototype
 * object: a handler can read nothing else, so the cache key (`key`: those values in declaration order, null
 * where absent) covers exactly what it reads.
 * `usual` is false when the request holds anything Discord's client would never send (an undeclared name, a
 * wrong type, a string over its max_length, …): such a request is answered but never cached.
 */
export function declaredOptions(
  command: Command,
  given: Readonly<Record<string, unknown>>,
  /** The option being typed in an autocomplete: a partial value, so its min_length does not apply yet. */
  partial?: string,
  /** Build `key` (false: it is "", for a reply that will not be cached). */
  keyed = true,
): { options: Record<string, OptionValue>; usual: boolean; key: string } {
  const defs = optionDefs(command);
  const options = Object.create(null) as Record<string, OptionValue>;
  const values: (OptionValue | null)[] = [];
  let usual = true;
  let seen = 0;
  for (const def of defs) {
    values.push(null);
    if (!Object.hasOwn(given, def.name)) continue;
    seen++;
    const value = given[def.name];
    if (!fitsType(def, value)) {
      usual = false;
      continue;
    }
    if (!withinBounds(def, value, def.name === partial)) usual = false;
    options[def.name] = value;
    values[values.length - 1] = value;
  }
  // Any name beyond the declared ones is something Discord would not send (for…in: no array from Object.keys).
  let names = 0;
  for (const _ in given) names++;
  if (names !== seen) usual = false;
  return { options, usual, key: keyed ? JSON.stringify(values) : "" };
}

function fitsType(def: APIApplicationCommandOption, value: unknown): value is OptionValue {
  switch (def.type) {
    case ApplicationCommandOptionType.String:
      return typeof value === "string";
    case ApplicationCommandOptionType.Integer:
      return typeof value === "number" && Number.isSafeInteger(value);
    case ApplicationCommandOptionType.Number:
      return typeof value === "number" && Number.isFinite(value);
    case ApplicationCommandOptionType.Boolean:
      return typeof value === "boolean";
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Channel:
    case ApplicationCommandOptionType.Role:
    case ApplicationCommandOptionType.Mentionable:
    case ApplicationCommandOptionType.Attachment:
      return isSnowflake(value);
    default:
      return false;
  }
}

function withinBounds(def: APIApplicationCommandOption, value: OptionValue, partial: boolean): boolean {
  if (def.type === ApplicationCommandOptionType.String && typeof value === "string") {
    return value.length <= (def.max_length ?? 6000) && (partial || value.length >= (def.min_length ?? 0));
  }
  if (
    (def.type === ApplicationCommandOptionType.Integer || def.type === ApplicationCommandOptionType.Number) &&
    typeof value === "number"
  ) {
    return value <= (def.max_value ?? Number.MAX_VALUE) && value >= (def.min_value ?? -Number.MAX_VALUE);
  }
  return true;
}

function isMessageCommand(command: Command): boolean {
  return command.definition.type === ApplicationCommandType.Message;
}

/** A slash command's declared options; a context-menu command declares none. */
function optionDefs(command: Command): readonly APIApplicationCommandOption[] {
  return "options" in command.definition ? (command.definition.options ?? []) : [];
}
