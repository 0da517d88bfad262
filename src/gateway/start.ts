import { createApp } from "../app.ts";
import { type Env, type GatewayConfig, readGatewayConfig, readStoreConfig, secretsOf } from "../config.ts";
import { createLogger, type Logger } from "../log.ts";
import { watchContent } from "../reload/watch-content.ts";
import { openStore } from "../store/open.ts";
import { startGatewayClient } from "./client.ts";
import { createGatewayObserver, exposeToManager, observed, serveFleet, serveObserver } from "./observe.ts";
import { type ShardFleet, startShardFleet } from "./sharding.ts";
import { shutdownSignal, within } from "./signals.ts";

const STOP_LIMIT_MS = 8000;

/**
 * `npm start` with DISCORD_TOKEN: one gateway process, or with DISCORD_SHARDS a ShardingManager and one
 * process per shard; DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT narrow either to this host's shards. Runs until SIGINT/SIGTERM, then closes the gateway and returns 0.
 */
export async function startGatewayFromEnv(env: Env): Promise<number> {
  const config = readGatewayConfig(env);
  const log = createLogger(config.logLevel, secretsOf(env));
  guardProcess(log);
  if (config.shards !== undefined || config.shardRange?.processes) return runFleet(config, log);
  return runBot(config, log, false, env);
}

/** A shard process (or the single process): the bot itself. */
export async function runGatewayProcess(env: Env, opts: { shardChild: boolean }): Promise<number> {
  const config = readGatewayConfig(env);
  const shard = env.SHARDS !== undefined ? Number(env.SHARDS) : undefined;
  const base = createLogger(config.logLevel, secretsOf(env));
  const log = shard !== undefined ? base.child({ shard }) : base;
  guardProcess(log);
  // A shard process takes its one shard from the ShardingManager (SHARDS, SHARD_COUNT), not from the range.
  return runBot(opts.shardChild ? { ...config, shardRange: undefined } : config, log, opts.shardChild, env);
}

async function runBot(config: GatewayConfig, log: Logger, shardChild: boolean, env: Env): Promise<number> {
  const stopRequested = shutdownSignal({ onDisconnect: shardChild });
  const store = await openStore(readStoreConfig(env), { log });
  const app = await createApp({
    contentDir: config.contentDir,
    log,
    cooldown: config.cooldown,
    ...(store ? { store } : {}),
  });
  log.info(
    { entries: app.index.entries.length, contentHash: app.content.current.hash, cooldown: config.cooldown },
    "content loaded",
  );
  const watching = watchContent(app.content, { log, watch: config.contentWatch });
  const observer = createGatewayObserver({
    entries: () => app.index.entries.length,
    contentHash: () => app.content.current.hash,
    ...(store ? { store: () => store.stats() } : {}),
  });
  // A shard process reports to its ShardingManager, which serves the fleet's figures on the one port.
  if (shardChild) exposeToManager(observer);
  const probes =
    config.metrics && !shardChild ? await serveObserver(observed(observer), config.metrics, log) : undefined;
  const range = config.shardRange;
  if (range) log.info({ shardIds: range.ids, shardCount: range.count }, "running this host's shards");
  const starting = startGatewayClient({
    ...(range ? { shards: { ids: range.ids, count: range.count } } : {}),
    token: config.token,
    apiUrl: config.apiUrl,
    log,
    handle: (interaction) => app.dispatcher.dispatch(interaction),
    onAnswered: (_interaction, answered) => observer.answered(answered),
  }).then((bot) => {
    observer.attach(bot.client);
    return {
      async stop() {
        await bot.stop();
        await probes?.close();
        await store?.close();
      },
    };
  });
  starting.catch(() => probes?.close());
  try {
    return await runUntilStopped(starting, stopRequested, log, "the gateway");
  } finally {
    watching.close();
  }
}

async function runFleet(config: GatewayConfig, log: Logger): Promise<number> {
  const stopRequested = shutdownSignal();
  let fleet: ShardFleet | undefined;
  const probes = config.metrics ? await serveFleet(config.metrics, log, () => fleet) : undefined;
  const starting = startShardFleet(config, log).then((started) => {
    fleet = started;
    return {
      async stop() {
        await started.stop();
        await probes?.close();
      },
    };
  });
  starting.catch(() => probes?.close());
  // Each shard process reloads its own content; SIGHUP to the manager is passed on to every one of them.
  const forwardHangup = () => {
    log.info({ signal: "SIGHUP" }, "SIGHUP: passing it on to the shard processes");
    for (const shard of fleet?.manager.shards.values() ?? []) shard.process?.kill("SIGHUP");
  };
  process.on("SIGHUP", forwardHangup);
  try {
    return await runUntilStopped(starting, stopRequested, log, "the shards");
  } finally {
    process.off("SIGHUP", forwardHangup);
  }
}

/**
 * Waits for a signal, then stops what was started (even if it is still starting), within STOP_LIMIT_MS.
 * `stopRequested` resolves to the signal's name.
 */
async function runUntilStopped(
  starting: Promise<{ stop(): Promise<void> }>,
  stopRequested: Promise<string>,
  log: Logger,
  what: string,
): Promise<number> {
  const first = await Promise.race([starting, stopRequested]);
  if (typeof first === "string") {
    log.info({ reason: first }, `stopping before ${what} were ready`);
    void starting.then((started) => started.stop()).catch(() => {});
    return exitSoon(0);
  }
  const reason = await stopRequested;
  log.info({ reason }, `shutting down ${what}`);
  if ((await within(first.stop(), STOP_LIMIT_MS)) === "timeout") log.warn({}, `${what} did not stop in time`);
  log.info({}, "stopped");
  return exitSoon(0);
}

/**
 * Keep-alive sockets of the REST client may linger after the gateway closes; they must not hold the
 * process open once it has shut down cleanly.
 */
function exitSoon(code: number): number {
  setTimeout(() => process.exit(code), 1000).unref();
  return code;
}

let guarded = false;
/** A stray rejection (say, a late REST reply after shutdown began) is logged, not fatal to the bot. */
function guardProcess(log: Logger): void {
  if (guarded) return;
  guarded = true;
  process.on("unhandledRejection", (err) => log.error({ err }, "unhandled promise rejection"));
}
