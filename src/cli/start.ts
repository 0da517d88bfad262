import { createApp } from "../app.ts";
import { readCommonConfig, setting } from "../config.ts";
import { consoleLogger } from "../console/log-lines.ts";
import { runConsole } from "../console/repl.ts";
import { watchContent } from "../reload/watch-content.ts";
import { loadEnvFile } from "./run.ts";

export const usage = `Usage: safir start
With DISCORD_TOKEN set (in the environment or .env), logs in to Discord through the gateway (with
DISCORD_SHARDS, DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT for sharding); without it, starts the local console.`;

/**
 * `npm start`. With DISCORD_TOKEN set, Safir logs in to Discord through the gateway; without it (a fresh
 * clone has no .env) it starts the local console, so the bot can be tried with no setup at all.
 */
export async function run(): Promise<number | undefined> {
  loadEnvFile();
  if (setting(process.env, "DISCORD_TOKEN")) {
    const { startGatewayFromEnv } = await import("../gateway/start.ts");
    return startGatewayFromEnv(process.env);
  }
  const config = readCommonConfig(process.env);
  const log = consoleLogger((line) => process.stderr.write(line));
  const app = await createApp({ contentDir: config.contentDir, log });
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  process.stderr.write(
    `Safir ${app.services.about.version}: no DISCORD_TOKEN set, starting the local console (${app.index.entries.length} entries). Type /help, or ask a question.\n`,
  );
  // Edits to the content folder show up in the next answer; /reload and SIGHUP reload on demand.
  const watching = watchContent(app.content, { log, watch: config.contentWatch });
  try {
    await runConsole({ app, input: process.stdin, output: process.stdout, interactive, color: interactive });
  } finally {
    watching.close();
  }
  return undefined;
}
