import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, type StoreConfig } from "../config.ts";
import type { Logger } from "../log.ts";
import { userHasher } from "./hash.ts";
import type { SqlStore } from "./sql-store.ts";

export interface OpenStoreOptions {
  log: Logger;
  now?: () => number;
  /** Retention purges run at start-up and then this often (default 6 hours). */
  purgeEveryMs?: number;
  flushMs?: number;
  retryMinMs?: number;
  retryMaxMs?: number;
}

/**
 * The Node wiring's one way to a store: DATABASE_URL=off gives none; otherwise the database is opened,
 * migrated, purged of rows past RETENTION_DAYS (now and every few hours), and handed back as the interface
 * the core sees. A database that cannot be opened at start-up is logged and Safir runs without recording:
 * answers matter more than statistics.
 */
export async function openStore(
  config: StoreConfig,
  options: OpenStoreOptions,
): Promise<SqlStore | undefined> {
  const { log } = options;
  const target = config.database;
  if (target.kind === "off") {
    log.info({}, "recording is off (DATABASE_URL=off): no questions, votes or usage are stored");
    return undefined;
  }
  const secret = hashSecret(config, log);
  let store: SqlStore;
  try {
    // Loaded only when recording is on: the query builder and the drivers are most of a store's memory.
    const [{ openDatabase }, { createSqlStore }] = await Promise.all([
      import("./database.ts"),
      import("./sql-store.ts"),
    ]);
    // Shards starting together on one SQLite file may race to migrate it: the loser tries once more.
    const database = await openDatabase(target).catch(async (err: unknown) => {
      if (target.kind !== "sqlite") throw err;
      await new Promise((r) => setTimeout(r, 500 + Math.random() * 500));
      return openDatabase(target);
    });
    store = createSqlStore({
      database,
      hashUser: userHasher(secret),
      log,
      retentionDays: config.retentionDays,
      recordBelowConfidence: config.recordBelowConfidence,
      queueMax: config.queueMax,
      ...(options.now ? { now: options.now } : {}),
      ...(options.flushMs !== undefined ? { flushMs: options.flushMs } : {}),
      ...(options.retryMinMs !== undefined ? { retryMinMs: options.retryMinMs } : {}),
      ...(options.retryMaxMs !== undefined ? { retryMaxMs: options.retryMaxMs } : {}),
    });
  } catch (err) {
    log.error(
      { err: describeError(err), database: describeTarget(config) },
      "could not open the database: Safir runs without recording feedback; fix DATABASE_URL or the database and restart",
    );
    return undefined;
  }
  log.info(
    { database: describeTarget(config), retentionDays: config.retentionDays },
    "recording feedback and questions",
  );

  const purge = () =>
    store.purge().then(
      (counts) => {
        if (counts.questions + counts.votes + counts.usage > 0)
          log.info(
            { ...counts, retentionDays: config.retentionDays },
            "purged rows past the retention period",
          );
      },
      (err: unknown) => log.warn({ err: describeError(err) }, "retention purge failed; it runs again later"),
    );
  await purge();
  const timer = setInterval(purge, options.purgeEveryMs ?? 6 * 3_600_000);
  timer.unref();
  const close = store.close.bind(store);
  store.close = (timeoutMs?: number) => {
    clearInterval(timer);
    return close(timeoutMs);
  };
  return store;
}

/**
 * STORE_HASH_SECRET, or for a SQLite file without one, a key generated once and kept beside the database
 * (so votes stay one per user across restarts). PostgreSQL serves several instances, which must all hash
 * alike: there the secret is required.
 */
function hashSecret(config: StoreConfig, log: Logger): string {
  if (config.hashSecret) return config.hashSecret;
  const target = config.database;
  if (target.kind !== "sqlite")
    throw new ConfigError([
      "STORE_HASH_SECRET is not set: with PostgreSQL every instance must hash user ids with the same secret. Generate one (`openssl rand -hex 32`) and give it to all instances",
    ]);
  const file = `${target.file}.key`;
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("hex");
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    } catch (err) {
      // Another process (a shard) created it a moment ago: use theirs, so both hash alike.
      if ((err as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
      throw err;
    }
    log.warn(
      { file },
      "STORE_HASH_SECRET is not set: generated a key for hashing user ids and saved it beside the database. Keep it with the database, or set STORE_HASH_SECRET",
    );
    return secret;
  }
}

/** DATABASE_URL for logs: the kind and place, never a password. */
export function describeTarget(config: Pick<StoreConfig, "database">): string {
  const t = config.database;
  if (t.kind === "off") return "off";
  if (t.kind === "sqlite") return `sqlite ${t.file}`;
  try {
    const u = new URL(t.url);
    return `postgres ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "postgres";
  }
}

/** An error's message without a connection string that may carry a password. */
function describeError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/(postgres(?:ql)?:\/\/[^:/@\s]*):[^@\s]*@/gi, "$1:***@");
}
