import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type Shard, ShardingManager } from "discord.js";
import type { GatewayConfig } from "../config.ts";
import type { Logger } from "../log.ts";
import { fetchGatewayInfo, spawnDelayMs } from "./gateway-info.ts";
import { describeRestError } from "./rest-errors.ts";
import { within } from "./signals.ts";

export interface ShardFleet {
  manager: ShardingManager;
  total: number;
  stop(): Promise<void>;
}

/**
 * Each shard is `safir shard`: the entry point this code was built into (dist/safir.js, from a chunk in
 * dist/chunks/) or, under tsx, src/safir.ts, with the tsx loader. Both are one folder up from here.
 */
function shardEntry(): { file: string; args: string[]; execArgv: string[] } {
  const typescript = import.meta.url.endsWith(".ts");
  const file = fileURLToPath(new URL(typescript ? "../safir.ts" : "../safir.js", import.meta.url));
  // Resolved from here rather than by bare name, so shards start whatever the working directory is.
  return { file, args: ["shard"], execArgv: typescript ? ["--import", import.meta.resolve("tsx")] : [] };
}

/**
 * DISCORD_SHARDS=auto|N: discord.js's ShardingManager runs one process per shard and restarts any that
 * dies. `auto` takes Discord's recommendation from GET /gateway/bot on the configured REST base. With
 * DISCORD_SHARD_IDS (and DISCORD_SHARDS=process) it runs only those of DISCORD_SHARD_COUNT shards.
 */
export async function startShardFleet(config: GatewayConfig, log: Logger): Promise<ShardFleet> {
  let info: Awaited<ReturnType<typeof fetchGatewayInfo>>;
  try {
    info = await fetchGatewayInfo(config.token, config.apiUrl);
  } catch (err) {
    throw new Error(`Could not ask Discord for the gateway and shard count: ${describeRestError(err)}`);
  }
  // With a range, this host runs its shards of the agreed total; otherwise every shard.
  const range = config.shardRange;
  const requested = config.shards ?? "auto";
  const total = range ? range.count : requested === "auto" ? Math.max(1, info.shards) : requested;
  const { file, args, execArgv } = shardEntry();
  const manager = new ShardingManager(file, {
    totalShards: total,
    ...(range ? { shardList: range.ids } : {}),
    shardArgs: args,
    token: config.token,
    mode: "process",
    respawn: true,
    execArgv,
  });
  manager.on("shardCreate", (shard: Shard) => {
    log.info({ shardId: shard.id, total }, "shard process starting");
    shard.on("death", (child) => {
      const code = (child as ChildProcess).exitCode;
      if (manager.respawn) log.warn({ shardId: shard.id, code }, "shard process exited; restarting it");
    });
    shard.on("error", (err) => log.error({ err, shardId: shard.id }, "shard process error"));
  });

  const stop = async () => {
    manager.respawn = false;
    await Promise.all(manager.shards.map((shard) => stopShardProcess(shard)));
  };
  const delay = spawnDelayMs(info.session_start_limit.max_concurrency);
  log.info({ total, requested: config.shards, shardIds: range?.ids, spawnDelayMs: delay }, "starting shards");
  try {
    await manager.spawn({ amount: total, delay, timeout: 60_000 });
  } catch (err) {
    await stop();
    throw new Error(`A shard did not start: ${describeRestError(err)}`);
  }
  log.info({ total, running: manager.shards.size }, "all shards ready");
  return { manager, total, stop };
}

/** SIGTERM lets the shard close its gateway session; SIGKILL only if it has not gone within 5 seconds. */
async function stopShardProcess(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  if ((await within(exited, 5000)) === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
}
