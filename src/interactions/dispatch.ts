import type { APIInteraction, APIInteractionResponse } from "discord-api-types/v10";
import { InteractionResponseType } from "discord-api-types/v10";
import { COMMANDS_BY_NAME } from "../commands/index.ts";
import type { Command, Requester, Services } from "../commands/types.ts";
import { COMPONENT_HANDLERS } from "../components/handlers.ts";
import { type Logger, silentLogger } from "../log.ts";
import { choices, notice } from "../reply/respond.ts";
import type { Cooldown } from "./cooldown.ts";
import { deepFreeze, Lru } from "./memo.ts";
import { type Invocation, parseInteraction } from "./parse.ts";

export interface DispatcherOptions {
  /** The services, or a function giving the current ones: read once per request, so a reload can swap them. */
  services: Services | (() => Services);
  commands?: ReadonlyMap<string, Command>;
  cooldown?: Cooldown;
  log?: Logger;
  /** How many pure replies to keep for repeats (0: none). */
  memoSize?: number;
}

/** What a transport learns about each request, for its metrics and logs. */
export interface Outcome {
  kind: Invocation["kind"];
  /** The command name, component action, or "unknown". */
  name: string;
  result: "ok" | "error" | "unknown" | "cooldown";
}

export interface Dispatched {
  response: APIInteractionResponse;
  outcome: Outcome;
}

export const SOMETHING_WENT_WRONG = (id: string) =>
  `Something went wrong while answering. It has been logged (reference \`${id}\`); please try again in a moment.`;

/**
 * Routes a parsed request to its handler and turns every failure into a polite private reply: a handler
 * that throws, an unknown command or component, a user over the cooldown. Transports call this and only
 * translate its response to their wire.
 */
export function createDispatcher(options: DispatcherOptions) {
  const commands = options.commands ?? COMMANDS_BY_NAME;
  const log = options.log ?? silentLogger;
  const { cooldown } = options;
  const given = options.services;
  const currentServices = typeof given === "function" ? given : () => given;
  let memo = new Lru<Dispatched>(options.memoSize ?? 1000);
  // The cache belongs to one version of the content: new services (a reload) start an empty one.
  let memoFor: Services | undefined;

  const limited = (user: Requester, kind: Invocation["kind"], name: string): Dispatched | undefined => {
    const verdict = cooldown?.take(user.id);
    if (!verdict || verdict.ok) return undefined;
    const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    return {
      response: notice(
        `Slow down a little: you can ask again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
      ),
      outcome: { kind, name, result: "cooldown" },
    };
  };

  function invoke(invocation: Invocation): Dispatched {
    const services = currentServices();
    if (services !== memoFor) {
      if (memoFor !== undefined) memo = new Lru<Dispatched>(options.memoSize ?? 1000);
      memoFor = services;
    }
    switch (invocation.kind) {
      case "ping":
        return {
          response: { type: InteractionResponseType.Pong },
          outcome: { kind: "ping", name: "ping", result: "ok" },
        };
      case "command": {
        const { request } = invocation;
        const command = commands.get(request.name);
        if (!command) return unknown(request.id, `command '/${request.name}'`, "command", request.name);
        const slow = limited(request.user, "command", request.name);
        if (slow) return slow;
        const run = () =>
          guarded(request.id, "command", request.name, () => command.execute(request, services));
        return command.pure ? remembered(`c\0${request.name}\0${optionsKey(request.options)}`, run) : run();
      }
      case "autocomplete": {
        const { request } = invocation;
        const command = commands.get(request.name);
        // Autocomplete must always answer, even for a stale command: an empty list is the honest reply.
        if (!command?.autocomplete) {
          return {
            response: choices([]),
            outcome: { kind: "autocomplete", name: request.name, result: "unknown" },
          };
        }
        const complete = command.autocomplete;
        const run = () =>
          guarded(
            request.id,
            "autocomplete",
            request.name,
            () => complete(request, services),
            () => choices([]),
          );
        const { focused } = request;
        const key = `a\0${request.name}\0${focused.name}\0${focused.value}\0${optionsKey(request.options)}`;
        return command.pure ? remembered(key, run) : run();
      }
      case "component": {
        const { request } = invocation;
        const handler = COMPONENT_HANDLERS.get(request.action);
        if (!handler)
          return unknown(request.id, `component '${request.customId}'`, "component", request.action);
        const slow = limited(request.user, "component", request.action);
        if (slow) return slow;
        return guarded(request.id, "component", request.action, () => handler.handle(request, services));
      }
      case "unknown":
        return unknown(invocation.id, invocation.what, "unknown", "unknown");
    }
  }

  /** A pure handler's reply, from the cache when the same request was answered before. */
  function remembered(key: string, run: () => Dispatched): Dispatched {
    const cached = memo.get(key);
    if (cached) return cached;
    const done = run();
    // Only successes are kept: a failure is retried, and logged, every time.
    if (done.outcome.result === "ok") memo.set(key, deepFreeze(done));
    return done;
  }

  function guarded(
    id: string,
    kind: Invocation["kind"],
    name: string,
    run: () => APIInteractionResponse,
    fallback: () => APIInteractionResponse = () => notice(SOMETHING_WENT_WRONG(id)),
  ): Dispatched {
    try {
      return { response: run(), outcome: { kind, name, result: "ok" } };
    } catch (err) {
      log.error({ err, interactionId: id, kind, name }, "handler failed");
      return { response: fallback(), outcome: { kind, name, result: "error" } };
    }
  }

  function unknown(id: string, what: string, kind: Invocation["kind"], name: string): Dispatched {
    log.warn({ interactionId: id, what }, "unknown interaction");
    return {
      response: notice("I don't know that command or button any more. Try `/topics` or `/ask`."),
      outcome: { kind, name, result: "unknown" },
    };
  }

  return {
    invoke,
    /** A raw Discord interaction in, the response payload out. Never throws. */
    handle(interaction: APIInteraction): Dispatched {
      let invocation: Invocation;
      try {
        invocation = parseInteraction(interaction);
      } catch (err) {
        log.error({ err, interactionId: interaction?.id }, "could not parse interaction");
        return {
          response: notice(SOMETHING_WENT_WRONG(String(interaction?.id ?? "unknown"))),
          outcome: { kind: "unknown", name: "unknown", result: "error" },
        };
      }
      return invoke(invocation);
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;

/** Options in a canonical order, so `a: 1, b: 2` and `b: 2, a: 1` are the same request. */
function optionsKey(options: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(options)
      .sort()
      .map((k) => [k, options[k]]),
  );
}
