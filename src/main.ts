import { createApp } from "./app.ts";
import { loadEnvFile, runCli } from "./cli/run.ts";
import { readCommonConfig, setting } from "./config.ts";
import { runConsole } from "./console/repl.ts";

/**
 * `npm start`. With DISCORD_TOKEN set, Safir logs in to Discord through the gateway; without it (a fresh
 * clone has no .env) it starts the local console, so the bot can be tried with no setup at all.
 */
runCli(async () => {
  loadEnvFile();
  if (setting(process.env, "DISCORD_TOKEN")) {
    const { startGatewayFromEnv } = await import("./gateway/start.ts");
    return startGatewayFromEnv(process.env);
  }
  const config = readCommonConfig(process.env);
  const app = await createApp({ contentDir: config.contentDir });
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  process.stderr.write(
    `Safir ${app.services.about.version}: no DISCORD_TOKEN set, starting the local console (${app.index.entries.length} entries). Type /help, or ask a question.\n`,
  );
  await runConsole({ app, input: process.stdin, output: process.stdout, interactive, color: interactive });
});
