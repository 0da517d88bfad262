import type { REST } from "discord.js";
import {
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  ApplicationCommandOptionType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
} from "discord-api-types/v10";
import { type Dispatched, replyForType, SOMETHING_WENT_WRONG } from "../interactions/dispatch.ts";
import { boundedForLog } from "../interactions/ids.ts";
import { isSnowflake } from "../interactions/parse.ts";
import { chooseLanguage } from "../i18n/index.ts";
import type { Logger } from "../log.ts";
import { choices, notice } from "../reply/respond.ts";
import { describeRestError } from "./rest-errors.ts";

/** The core's dispatcher, or anything shaped like it; may become async without the transport changing. */
export type InteractionHandler = (interaction: APIInteraction) => Dispatched | Promise<Dispatched>;

export interface AnswerOptions {
  rest: REST;
  log: Logger;
  /**
   * Discord drops an interaction not acknowledged within 3 seconds. Handlers are synchronous today, so the
   * answer is normally posted at once; if one is ever slower than this, a deferral goes out first and the
   * answer follows through the interaction webhook, which stays valid for 15 minutes.
   */
  deferAfterMs: number;
}

export type Delivery = "direct" | "deferred" | "failed";

export interface Answered {
  delivery: Delivery;
  outcome?: Dispatched["outcome"];
  ms: number;
}

const TOKEN_MAX = 1000;

/**
 * Answers one raw interaction: the core decides, this only posts the core's response to Discord as it is.
 * Never throws and never rejects: a failed POST is one logged error with the interaction id, and a payload
 * without a usable id and token (nothing can be posted for it) is one logged warning.
 */
export async function answerInteraction(
  interaction: APIInteraction,
  handle: InteractionHandler,
  options: AnswerOptions,
): Promise<Answered> {
  const started = performance.now();
  try {
    return await answer(interaction, handle, options, started);
  } catch (err) {
    options.log.error(
      { err, interactionId: boundedForLog((interaction as { id?: unknown } | null)?.id) },
      "could not answer the interaction",
    );
    return { delivery: "failed", ms: Math.round((performance.now() - started) * 100) / 100 };
  }
}

async function answer(
  raw: APIInteraction,
  handle: InteractionHandler,
  options: AnswerOptions,
  started: number,
): Promise<Answered> {
  const { rest, log } = options;
  const ms = () => Math.round((performance.now() - started) * 100) / 100;
  // The callback route is built from the id and token: without both, in shape, there is nowhere to answer.
  const fields = (typeof raw === "object" && raw !== null ? raw : {}) as Partial<Record<string, unknown>>;
  if (
    !isSnowflake(fields.id) ||
    typeof fields.token !== "string" ||
    fields.token.length === 0 ||
    fields.token.length > TOKEN_MAX ||
    /[\s/?#%\\]/.test(fields.token) ||
    !isSnowflake(fields.application_id)
  ) {
    log.warn(
      {
        interactionId: boundedForLog(fields.id),
        type: typeof fields.type === "number" ? fields.type : undefined,
      },
      "an interaction without a usable id, token or application id: it cannot be answered",
    );
    return { delivery: "failed", ms: ms() };
  }
  const interaction = raw;
  const work = Promise.resolve()
    .then(() => handle(interaction))
    .then((done) => {
      // The core's dispatcher always answers in the form the type needs; a replacement might not.
      if (
        interaction.type === InteractionType.ApplicationCommandAutocomplete &&
        done.response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult
      )
        throw new Error(`autocomplete answered with response type ${done.response.type}`);
      return done;
    })
    .catch((err: unknown): Dispatched => {
      // The core's dispatcher never throws; this guards a replacement that might.
      log.error({ err, interactionId: interaction.id }, "interaction handler threw");
      return {
        response:
          interaction.type === InteractionType.ApplicationCommandAutocomplete
            ? replyForType(interaction.type)
            : notice(SOMETHING_WENT_WRONG(interaction.id, chooseLanguage(localeOf(interaction)))),
        outcome: { kind: "unknown", name: "unknown", result: "error" },
      };
    });

  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), options.deferAfterMs);
  });
  const first = await Promise.race([work, late]);
  clearTimeout(timer);

  try {
    if (first !== "late") {
      await postCallback(rest, interaction, first.response);
      return { delivery: "direct", outcome: first.outcome, ms: ms() };
    }
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      // Autocomplete cannot be deferred, and a late list is worthless: an empty one closes the request.
      await postCallback(rest, interaction, choices([]));
      log.warn({ interactionId: interaction.id }, "autocomplete was too slow; sent no suggestions");
      return { delivery: "deferred", ms: ms() };
    }
    const deferral = deferralFor(interaction);
    await postCallback(rest, interaction, deferral);
    const done = await work;
    await completeDeferred(rest, interaction, deferral, done.response, log);
    return { delivery: "deferred", outcome: done.outcome, ms: ms() };
  } catch (err) {
    log.error(
      { interactionId: interaction.id, problem: describeRestError(err) },
      "could not deliver the answer to Discord",
    );
    return { delivery: "failed", ms: ms() };
  }
}

function postCallback(rest: REST, interaction: APIInteraction, body: APIInteractionResponse) {
  // The interaction token authorises this route; discord.js also sends it without the bot token.
  return rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body, auth: false });
}

/** A command defers as a "thinking…" message (private when the user asked for privacy); a component silently. */
function deferralFor(interaction: APIInteraction): APIInteractionResponse {
  if (interaction.type === InteractionType.ApplicationCommand) {
    return {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      ...(asksPrivately(interaction) ? { data: { flags: MessageFlags.Ephemeral } } : {}),
    };
  }
  return { type: InteractionResponseType.DeferredMessageUpdate };
}

function asksPrivately(interaction: APIInteraction): boolean {
  if (interaction.type !== InteractionType.ApplicationCommand) return false;
  const options = "options" in interaction.data ? (interaction.data.options ?? []) : [];
  return options.some(
    (o) => o.name === "private" && o.type === ApplicationCommandOptionType.Boolean && o.value === true,
  );
}

/**
 * After a deferral the answer goes through the interaction's webhook: it replaces the "thinking…" message
 * or the component's message, or, where the answer's privacy differs from the deferral's, goes out as a
 * follow-up (a message's privacy cannot change after it is sent).
 */
async function completeDeferred(
  rest: REST,
  interaction: APIInteraction,
  deferral: APIInteractionResponse,
  response: APIInteractionResponse,
  log: Logger,
): Promise<void> {
  if (
    response.type !== InteractionResponseType.ChannelMessageWithSource &&
    response.type !== InteractionResponseType.UpdateMessage
  ) {
    log.error(
      { interactionId: interaction.id, responseType: response.type },
      "a deferred interaction got a response that cannot follow a deferral",
    );
    return;
  }
  const data: APIInteractionResponseCallbackData = response.data ?? {};
  const original = Routes.webhookMessage(interaction.application_id, interaction.token, "@original");
  const followUp = Routes.webhook(interaction.application_id, interaction.token);
  const { flags, ...edit } = data;
  const wantsPrivate = ((flags ?? 0) & MessageFlags.Ephemeral) !== 0;

  if (deferral.type === InteractionResponseType.DeferredChannelMessageWithSource) {
    const deferredPrivate = ((deferral.data?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    if (wantsPrivate && !deferredPrivate) {
      await rest.delete(original, { auth: false });
      await rest.post(followUp, { body: data, auth: false });
      return;
    }
    await rest.patch(original, { body: edit, auth: false });
    return;
  }
  // Deferred component update: an update replaces the component's message; a new message follows up.
  if (response.type === InteractionResponseType.UpdateMessage)
    await rest.patch(original, { body: edit, auth: false });
  else await rest.post(followUp, { body: data, auth: false });
}

function localeOf(interaction: APIInteraction): string | undefined {
  return "locale" in interaction ? interaction.locale : undefined;
}
