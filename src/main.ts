import { createApp } from "./app.ts";
import { loadEnvFile, runCli } from "./cli/run.ts";
import { readCommonConfig } from "./config.ts";
import { consoleLogger } from "./console/log-lines.ts";
import { runConsole } from "./console/repl.ts";
import { watchContent } from "./reload/watch-content.ts";

/**
 * `npm start`. With DISCORD_TOKEN set, Safir logs in to Discord through the gateway; without it (a fresh
 * clone has no .env) it starts the local console, so the bot can be tried with no setup at all.
 */
runCli(async () => {
  loadEnvFile();
  if (process.env.DISCORD_TOKEN?.trim()) {
    const { startGatewayFromEnv } = await import("./gateway/start.ts");
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
});
