import { type Kysely, type Migration, sql } from "kysely";

/**
 * The tables, as Kysely sees them. Times are milliseconds since the epoch (bigint), `day` is the UTC date
 * (YYYY-MM-DD) written with each row so both databases group by day alike, booleans are 0/1 integers.
 */
export interface QuestionsTable {
  at: number;
  command: string;
  question: string;
  question_ref: string;
  entry_id: string | null;
  score: number;
  /** answered | low (under RECORD_BELOW_CONFIDENCE) | unanswered */
  status: string;
  /** JSON [{entry, score}…] of what search considered; only for low and unanswered. */
  candidates: string | null;
}

export interface VotesTable {
  message_id: string;
  /** HMAC-SHA256 of the user id, never the id. */
  user_hash: string;
  entry_id: string;
  question_ref: string;
  helpful: number;
  comment: string | null;
  created_at: number;
  updated_at: number;
  day: string;
}

/** Commands and clicks counted per day: a counter, not a row per click (cheaper, and tells less). */
export interface UsageTable {
  day: string;
  kind: string;
  name: string;
  result: string;
  count: number;
}

/** PostgreSQL only: the shared per-user cooldown. */
export interface CooldownsTable {
  user_hash: string;
  hits: number[];
  refused: boolean;
  last_at: number;
}

export interface Tables {
  questions: QuestionsTable;
  votes: VotesTable;
  usage: UsageTable;
  cooldowns: CooldownsTable;
}

export type Dialect = "sqlite" | "postgres";

/** Every migration, in order. Applied at start-up; a new one is appended, never edited. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    "2026-11-24-1-feedback": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("questions")
          .ifNotExists()
          .addColumn("at", "bigint", (c) => c.notNull())
          .addColumn("command", "varchar(32)", (c) => c.notNull())
          .addColumn("question", "text", (c) => c.notNull())
          .addColumn("question_ref", "varchar(16)", (c) => c.notNull())
          .addColumn("entry_id", "varchar(64)")
          .addColumn("score", "double precision", (c) => c.notNull())
          .addColumn("status", "varchar(12)", (c) => c.notNull())
          .addColumn("candidates", "text")
          .execute();
        await db.schema.createIndex("questions_at").ifNotExists().on("questions").column("at").execute();
        await db.schema
          .createTable("votes")
          .ifNotExists()
          .addColumn("message_id", "varchar(32)", (c) => c.notNull())
          .addColumn("user_hash", "varchar(64)", (c) => c.notNull())
          .addColumn("entry_id", "varchar(64)", (c) => c.notNull())
          .addColumn("question_ref", "varchar(16)", (c) => c.notNull())
          .addColumn("helpful", "integer", (c) => c.notNull())
          .addColumn("comment", "text")
          .addColumn("created_at", "bigint", (c) => c.notNull())
          .addColumn("updated_at", "bigint", (c) => c.notNull())
          .addColumn("day", "varchar(10)", (c) => c.notNull())
          .addPrimaryKeyConstraint("votes_pk", ["message_id", "user_hash"])
          .execute();
        await db.schema.createIndex("votes_updated").ifNotExists().on("votes").column("updated_at").execute();
        await db.schema
          .createTable("usage")
          .ifNotExists()
          .addColumn("day", "varchar(10)", (c) => c.notNull())
          .addColumn("kind", "varchar(16)", (c) => c.notNull())
          .addColumn("name", "varchar(32)", (c) => c.notNull())
          .addColumn("result", "varchar(16)", (c) => c.notNull())
          .addColumn("count", "bigint", (c) => c.notNull())
          .addPrimaryKeyConstraint("usage_pk", ["day", "kind", "name", "result"])
          .execute();
        if (dialect === "postgres") {
          await db.schema
            .createTable("cooldowns")
            .ifNotExists()
            .addColumn("user_hash", "varchar(64)", (c) => c.primaryKey())
            .addColumn("hits", sql`bigint[]`, (c) => c.notNull())
            .addColumn("refused", "boolean", (c) => c.notNull())
            .addColumn("last_at", "bigint", (c) => c.notNull())
            .execute();
        }
      },
    },
  };
}
