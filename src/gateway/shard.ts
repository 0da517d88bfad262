import { loadEnvFile, runCli } from "../cli/run.ts";
import { runGatewayProcess } from "./start.ts";

/**
 * One shard's process, spawned by discord.js's ShardingManager (src/gateway/sharding.ts). discord.js reads
 * SHARDS and SHARD_COUNT from the environment the manager gives it, so this is the ordinary bot.
 */
runCli(async () => {
  loadEnvFile();
  return runGatewayProcess(process.env, { shardChild: true });
});
