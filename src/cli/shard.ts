import { runGatewayProcess } from "../gateway/start.ts";
import { loadEnvFile } from "./run.ts";

export const usage = `Usage: safir shard
Internal: one shard's process, started by the ShardingManager of \`safir start\` (src/gateway/sharding.ts).
discord.js reads SHARDS and SHARD_COUNT from the environment the manager gives it.`;

export async function run(): Promise<number | undefined> {
  loadEnvFile();
  return runGatewayProcess(process.env, { shardChild: true });
}
