import { REST } from "discord.js";
import { type RESTGetAPIGatewayBotResult, Routes } from "discord-api-types/v10";

/**
 * GET /gateway/bot from the configured REST base. discord.js's own `fetchRecommendedShardCount` always asks
 * discord.com, which would ignore DISCORD_API_URL (a proxy, or the tests' fake Discord).
 */
export async function fetchGatewayInfo(token: string, apiUrl: string): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST({ api: apiUrl, retries: 1 }).setToken(token);
  try {
    return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/**
 * Discord lets `max_concurrency` shards identify together every 5 seconds, bucketed by `shard_id %
 * max_concurrency`; spawning one shard process after another, this spacing keeps each bucket within it.
 */
export function spawnDelayMs(maxConcurrency: number): number {
  return Math.ceil(5500 / Math.max(1, maxConcurrency));
}
