import { createApp } from "../app.ts";
import { ConfigError, readHttpConfig, readStoreConfig, secretsOf } from "../config.ts";
import { createInteractionServer } from "../http/server.ts";
import { createLogger } from "../log.ts";
import { watchContent } from "../reload/watch-content.ts";
import { openStore } from "../store/open.ts";
import { loadEnvFile } from "./run.ts";

export const usage = `Usage: safir serve
Safir as an HTTP interactions endpoint (Discord's Interactions Endpoint URL) until SIGINT or SIGTERM.
Needs DISCORD_PUBLIC_KEY; PORT, HOST, INTERACTIONS_PATH, SIGNATURE_MAX_AGE_SECONDS and BODY_LIMIT_BYTES are
optional (see .env.example).`;

const DRAIN_TIMEOUT_MS = 10_000;

/**
 * `npm run serve`: Safir as an HTTP interactions endpoint (Discord's "Interactions Endpoint URL"), until
 * SIGINT or SIGTERM, on which it stops accepting, finishes the requests in flight, and exits 0.
 */
export async function run(_args: string[]): Promise<number | undefined> {
  loadEnvFile();
  const config = readHttpConfig(process.env);
  const storeConfig = readStoreConfig(process.env);
  const log = createLogger(config.logLevel, [config.publicKey, ...secretsOf(process.env)]);
  const store = await openStore(storeConfig, { log });
  const app = await createApp({
    contentDir: config.contentDir,
    log,
    cooldown: config.cooldown,
    ...(store ? { store } : {}),
  });
  const http = createInteractionServer({ app, config, log });
  const where = await http.listen().catch((err: NodeJS.ErrnoException) => {
    if (err.code === "EADDRINUSE" || err.code === "EACCES" || err.code === "EADDRNOTAVAIL")
      throw new ConfigError([
        `cannot listen on ${config.host}:${config.port} (${err.code}): choose another PORT or HOST`,
      ]);
    throw err;
  });
  log.info(
    {
      url: where.url,
      entries: app.index.entries.length,
      contentHash: app.content.current.hash,
      version: app.services.about.version,
    },
    "listening for Discord interactions",
  );
  const watching = watchContent(app.content, { log, watch: config.contentWatch });

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      watching.close();
      log.info({ signal }, "shutting down: draining requests in flight");
      http.close(DRAIN_TIMEOUT_MS).then(async ({ drained }) => {
        await store?.close();
        if (drained) log.info({}, "stopped");
        else
          log.warn(
            { timeoutMs: DRAIN_TIMEOUT_MS },
            "stopped with requests still in flight after the timeout",
          );
        resolve(0);
      });
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
