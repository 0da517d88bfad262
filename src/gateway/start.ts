import { createApp } from "../app.ts";
import { type Env, type GatewayConfig, readGatewayConfig } from "../config.ts";
import { createLogger, type Logger } from "../log.ts";
import { watchContent } from "../reload/watch-content.ts";
import { startGatewayClient } from "./client.ts";
import { startShardFleet } from "./sharding.ts";
import { shutdownSignal, within } from "./signals.ts";

const STOP_LIMIT_MS = 8000;

/**
 * `npm start` with DISCORD_TOKEN: one gateway process, or with DISCORD_SHARDS a ShardingManager and one
 * process per shard. Runs until SIGINT/SIGTERM, then closes the gateway and returns 0.
 */
export async function startGatewayFromEnv(env: Env): Promise<number> {
  const config = readGatewayConfig(env);
  const log = createLogger(config.logLevel, [config.token]);
  guardProcess(log);
  if (config.shards !== undefined) return runFleet({ ...config, shards: config.shards }, log);
  return runBot(config, log, false);
}

/** A shard process (or the single process): the bot itself. */
export async function runGatewayProcess(env: Env, opts: { shardChild: boolean }): Promise<number> {
  const config = readGatewayConfig(env);
  const shard = env.SHARDS !== undefined ? Number(env.SHARDS) : undefined;
  const base = createLogger(config.logLevel, [config.token]);
  const log = shard !== undefined ? base.child({ shard }) : base;
  guardProcess(log);
  return runBot(config, log, opts.shardChild);
}

async function runBot(config: GatewayConfig, log: Logger, shardChild: boolean): Promise<number> {
  const stopRequested = shutdownSignal({ onDisconnect: shardChild });
  const app = await createApp({ contentDir: config.contentDir, log, cooldown: config.cooldown });
  log.info(
    { entries: app.index.entries.length, contentHash: app.content.current.hash, cooldown: config.cooldown },
    "content loaded",
  );
  const watching = watchContent(app.content, { log, watch: config.contentWatch });
  const starting = startGatewayClient({
    token: config.token,
    apiUrl: config.apiUrl,
    log,
    handle: (interaction) => app.dispatcher.handle(interaction),
  });
  try {
    return await runUntilStopped(starting, stopRequested, log, "the gateway");
  } finally {
    watching.close();
  }
}

async function runFleet(config: GatewayConfig & { shards: "auto" | number }, log: Logger): Promise<number> {
  const stopRequested = shutdownSignal();
  const starting = startShardFleet(config, log);
  // Each shard process reloads its own content; SIGHUP to the manager is passed on to every one of them.
  const forwardHangup = () => {
    log.info({ signal: "SIGHUP" }, "SIGHUP: passing it on to the shard processes");
    void starting.then(
      (fleet) => {
        for (const shard of fleet.manager.shards.values()) shard.process?.kill("SIGHUP");
      },
      () => {},
    );
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
