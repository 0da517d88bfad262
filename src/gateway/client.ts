import { Client, Events, GatewayIntentBits } from "discord.js";
import { type APIInteraction, GatewayDispatchEvents } from "discord-api-types/v10";
import { ConfigError } from "../config.ts";
import { boundedForLog } from "../interactions/ids.ts";
import type { Logger } from "../log.ts";
import { type Answered, answerInteraction, type InteractionHandler } from "./answer.ts";
import { describeRestError } from "./rest-errors.ts";

export interface GatewayClientOptions {
  token: string;
  /** REST base, e.g. https://discord.com/api; the gateway URL is whatever GET /gateway/bot there says. */
  apiUrl: string;
  handle: InteractionHandler;
  log: Logger;
  deferAfterMs?: number;
  /** This process's shards out of the total (DISCORD_SHARD_IDS / DISCORD_SHARD_COUNT); default: all. */
  shards?: { ids: number[]; count: number };
  /** Called after each interaction is answered (metrics, benchmarks, tests). */
  onAnswered?: (interaction: APIInteraction, answered: Answered) => void;
}

export interface GatewayClient {
  client: Client;
  /** Closes the gateway connection(s); safe to call twice. */
  stop(): Promise<void>;
}

export const DEFAULT_DEFER_AFTER_MS = 2000;

/**
 * Logs in to Discord's gateway with discord.js and answers interactions. Only the Guilds intent: slash
 * commands and components arrive without privileged intents or message content. Resolves once every shard
 * of this process is READY. Shard ids come from discord.js's own ShardingManager when it spawned this process.
 */
export async function startGatewayClient(options: GatewayClientOptions): Promise<GatewayClient> {
  const { log } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: options.apiUrl },
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
  });

  // discord.js would also build its own Interaction object from each payload and emit it; nothing here uses
  // that, and on a payload out of shape (`data: null`) its builder throws inside the gateway's event loop
  // as an unhandled rejection. The raw listener below checks the shape itself.
  const actions = (
    client as unknown as { actions?: { InteractionCreate?: { handle: (d: unknown) => unknown } } }
  ).actions;
  if (actions?.InteractionCreate) actions.InteractionCreate.handle = () => ({});

  // The raw dispatch: the core receives the exact JSON Discord sent, not discord.js's object model.
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: APIInteraction, shardId: number) => {
    void answerInteraction(data, options.handle, {
      rest: client.rest,
      log,
      deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    })
      .then((answered) => {
        log.debug(
          {
            interactionId: boundedForLog((data as { id?: unknown } | null)?.id),
            shardId,
            delivery: answered.delivery,
            ms: answered.ms,
            ...(answered.outcome ?? {}),
          },
          "interaction answered",
        );
        options.onAnswered?.(data, answered);
      })
      .catch((err: unknown) => log.error({ err }, "after an interaction was answered"));
  });

  client.on(Events.ShardReady, (shardId) => log.info({ shardId }, "gateway shard ready"));
  client.on(Events.ShardResume, (shardId) => log.info({ shardId }, "gateway shard resumed"));
  let stopping: Promise<void> | undefined;
  // Closing the connection on purpose also reports "reconnecting": only a real drop is worth a warning.
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopping) log.warn({ shardId }, "gateway shard reconnecting");
  });
  client.on(Events.ShardDisconnect, (event, shardId) =>
    log.error({ shardId, code: event.code }, "gateway shard disconnected and will not reconnect"),
  );
  client.on(Events.ShardError, (err, shardId) => log.error({ err, shardId }, "gateway connection error"));
  client.on(Events.Error, (err) => log.error({ err }, "discord.js error"));
  client.on(Events.Warn, (message) => log.warn({ detail: message }, "discord.js warning"));
  client.rest.on("rateLimited", (info) =>
    log.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, "rate limited"),
  );

  try {
    await client.login(options.token);
  } catch (err) {
    await client.destroy().catch(() => {});
    // A rejected token is a settings problem, reported like one: a line naming the variable, no stack.
    if ((err as { code?: unknown }).code === "TokenInvalid")
      throw new ConfigError([
        "DISCORD_TOKEN was rejected by Discord (401): copy the bot token again from the Developer Portal (Bot → Reset Token)",
      ]);
    throw new Error(`Could not log in to Discord: ${loginProblem(err)}`);
  }
  log.info(
    {
      user: client.user?.tag,
      applicationId: client.application?.id,
      shards: client.ws.shards.map((s) => s.id),
      shardCount: client.options.shardCount,
      guilds: client.guilds.cache.size,
    },
    "logged in to Discord",
  );

  return {
    client,
    stop() {
      stopping ??= client.destroy();
      return stopping;
    },
  };
}

function loginProblem(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  if (code === "DisallowedIntents") return "Discord refused the requested gateway intents.";
  return describeRestError(err);
}
