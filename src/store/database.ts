import { mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, Migrator, PostgresDialect, sql } from "kysely";
import type { DatabaseTarget } from "../config.ts";
import { type Dialect, migrations, type Tables } from "./schema.ts";

/** An open database with its schema up to date. */
export interface Database {
  db: Kysely<Tables>;
  dialect: Dialect;
  /** A cheap round trip: resolves when the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const INT8 = 20;

/**
 * Opens `target` (never "off") and applies the migrations. SQLite (libSQL) for a file, created with its
 * folder on first use; PostgreSQL through a small pg pool whose 64-bit integers come back as numbers (pg
 * returns them, and COUNT(*), as strings otherwise).
 */
export async function openDatabase(
  target: Exclude<DatabaseTarget, { kind: "off" }>,
  options: { poolSize?: number } = {},
): Promise<Database> {
  let database: Database;
  // Each driver is loaded only for its own kind of database: the other one (pg, or libSQL's native
  // add-on) would only take memory in a process that never uses it.
  if (target.kind === "sqlite") {
    const [{ createClient }, { LibsqlDialect }] = await Promise.all([
      // The build bundles only the package's local-file client (scripts/build.ts): a file is all it opens.
      import("@libsql/client"),
      import("@libsql/kysely-libsql"),
    ]);
    mkdirSync(path.dirname(target.file), { recursive: true });
    const client = createClient({ url: target.url });
    // WAL lets `npm run report` read while the bot writes; the busy timeout waits out a brief lock.
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA busy_timeout = 5000");
    // With WAL, NORMAL still never corrupts; a power cut may lose the last batches. An fsync per batch
    // (FULL) costs milliseconds each, for statistics.
    await client.execute("PRAGMA synchronous = NORMAL");
    const db = new Kysely<Tables>({ dialect: new LibsqlDialect({ client }) });
    database = {
      db,
      dialect: "sqlite",
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      close: () => db.destroy(),
    };
  } else {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({
      connectionString: target.url,
      max: options.poolSize ?? 4,
      // A database that does not answer must fail fast: the write queue retries, answers never wait.
      connectionTimeoutMillis: 3000,
      query_timeout: 10_000,
      idleTimeoutMillis: 30_000,
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text")) as never,
      },
    });
    // An idle client losing its server (a restart) must not crash the process: the next query reconnects.
    pool.on("error", () => {});
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    database = {
      db,
      dialect: "postgres",
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      close: () => db.destroy(),
    };
  }
  try {
    const migrator = new Migrator({
      db: database.db,
      provider: { getMigrations: async () => migrations(database.dialect) },
      migrationTableName: "safir_migrations",
      migrationLockTableName: "safir_migrations_lock",
    });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
  } catch (err) {
    await database.close().catch(() => {});
    throw err;
  }
  return database;
}
