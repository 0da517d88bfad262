import { CompiledQuery, type Kysely, sql, type Transaction } from "kysely";
import type { Logger } from "../log.ts";
import type { Database } from "./database.ts";
import { createPgCooldown } from "./pg-cooldown.ts";
import { WriteQueue } from "./queue.ts";
import { type ReportRange, readReport, type Report } from "./report.ts";
import type { Dialect, QuestionsTable, Tables, UsageTable, VotesTable } from "./schema.ts";
import type { AnswerTrace, RecordStatus, StoreHandle, UsageInput, VoteInput } from "./types.ts";

export interface SqlStoreOptions {
  database: Database;
  /** User id → keyed hash (src/store/hash.ts). */
  hashUser: (userId: string) => string;
  log: Logger;
  now?: () => number;
  retentionDays: number;
  recordBelowConfidence: number;
  queueMax: number;
  batchSize?: number;
  flushMs?: number;
  retryMinMs?: number;
  retryMaxMs?: number;
}

type Queued =
  | { table: "questions"; row: QuestionsTable }
  | { table: "votes"; row: VotesTable }
  | { table: "usage"; row: Omit<UsageTable, "count"> };

export interface PurgeCounts {
  questions: number;
  votes: number;
  usage: number;
}

export interface SqlStore extends StoreHandle {
  readonly database: Database;
  /** Writes what is queued now (tests, benchmarks, shutdown). */
  flush(): Promise<void>;
  /** Deletes rows older than the retention period. */
  purge(): Promise<PurgeCounts>;
  report(range: ReportRange): Promise<Report>;
}

const DAY_MS = 86_400_000;
let cachedDay = { start: 0, end: 0, text: "" };
/** The UTC date of `ms`, YYYY-MM-DD; remembered for the day, as nearly every row falls on today. */
export function dayOf(ms: number): string {
  if (ms >= cachedDay.start && ms < cachedDay.end) return cachedDay.text;
  const start = Math.floor(ms / DAY_MS) * DAY_MS;
  cachedDay = { start, end: start + DAY_MS, text: new Date(start).toISOString().slice(0, 10) };
  return cachedDay.text;
}

/** The store over Kysely: one implementation for SQLite (libSQL) and PostgreSQL. */
export function createSqlStore(options: SqlStoreOptions): SqlStore {
  const { database, hashUser, log } = options;
  const { db } = database;
  const now = options.now ?? Date.now;
  const queue = new WriteQueue<Queued>({
    write: (batch) => db.transaction().execute((trx) => writeBatch(trx, database.dialect, batch)),
    ping: database.ping,
    log,
    max: options.queueMax,
    ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
    ...(options.flushMs !== undefined ? { flushMs: options.flushMs } : {}),
    ...(options.retryMinMs !== undefined ? { retryMinMs: options.retryMinMs } : {}),
    ...(options.retryMaxMs !== undefined ? { retryMaxMs: options.retryMaxMs } : {}),
  });

  return {
    database,
    retentionDays: options.retentionDays,
    vote(v: VoteInput): RecordStatus {
      const t = now();
      return queue.push({
        table: "votes",
        row: {
          message_id: v.messageId,
          user_hash: hashUser(v.userId),
          entry_id: v.entryId,
          question_ref: v.questionRef,
          helpful: v.helpful ? 1 : 0,
          comment: v.comment ?? null,
          created_at: t,
          updated_at: t,
          day: dayOf(t),
        },
      });
    },
    asked(trace: AnswerTrace): RecordStatus {
      const t = now();
      const status =
        trace.entryId === null
          ? "unanswered"
          : trace.score < options.recordBelowConfidence
            ? "low"
            : "answered";
      return queue.push({
        table: "questions",
        row: {
          at: t,
          command: trace.command,
          question: trace.question,
          question_ref: trace.questionRef,
          entry_id: trace.entryId,
          score: trace.score,
          status,
          candidates: status === "answered" ? null : JSON.stringify(trace.candidates),
        },
      });
    },
    used(usage: UsageInput): RecordStatus {
      // An unknown command's name comes from the request: folded, so nobody can fill the table with names.
      const name = usage.result === "unknown" ? "unknown" : usage.name.slice(0, 32);
      return queue.push({
        table: "usage",
        row: { day: dayOf(now()), kind: usage.kind, name, result: usage.result },
      });
    },
    stats() {
      return {
        queueDepth: queue.depth,
        queueMax: options.queueMax,
        dropped: queue.counts.dropped,
        failedBatches: queue.counts.failedBatches,
        failedRows: queue.counts.failedRows,
        written: queue.counts.written,
        up: queue.healthy,
      };
    },
    sharedCooldown(limits) {
      if (database.dialect !== "postgres") return undefined;
      return createPgCooldown({ db, hashUser, log, now, ...limits });
    },
    flush: () => queue.flush(),
    async purge() {
      const cutoff = now() - options.retentionDays * DAY_MS;
      const gone = async (q: { executeTakeFirst(): Promise<{ numDeletedRows: bigint }> }) =>
        Number((await q.executeTakeFirst()).numDeletedRows);
      const counts = {
        questions: await gone(db.deleteFrom("questions").where("at", "<", cutoff)),
        votes: await gone(db.deleteFrom("votes").where("updated_at", "<", cutoff)),
        usage: await gone(db.deleteFrom("usage").where("day", "<", dayOf(cutoff))),
      };
      // Cooldown rows matter for seconds; a day-old one is only a stale hash.
      if (database.dialect === "postgres")
        await db
          .deleteFrom("cooldowns")
          .where("last_at", "<", now() - DAY_MS)
          .execute();
      return counts;
    },
    report: (range) => readReport(db, range),
    async close(timeoutMs = 5000) {
      const left = await queue.close(timeoutMs);
      if (left > 0) log.error({ rows: left }, "store closed with rows it could not write");
      await database.close();
    },
  };
}

const QUESTION_COLUMNS = [
  "at",
  "command",
  "question",
  "question_ref",
  "entry_id",
  "score",
  "status",
  "candidates",
] as const;

async function writeBatch(
  trx: Transaction<Tables> | Kysely<Tables>,
  dialect: Dialect,
  batch: Queued[],
): Promise<void> {
  const questions: unknown[][] = [];
  const usage = new Map<string, UsageTable>();
  const votes = new Map<string, VotesTable>();
  for (const item of batch) {
    if (item.table === "questions") questions.push(QUESTION_COLUMNS.map((c) => item.row[c]));
    else if (item.table === "usage") {
      const { day, kind, name, result } = item.row;
      const key = `${day}\0${kind}\0${name}\0${result}`;
      const counted = usage.get(key);
      if (counted) counted.count++;
      else usage.set(key, { ...item.row, count: 1 });
    } else {
      // One statement cannot update a row twice: fold a user's clicks on one message, the last one winning.
      const key = `${item.row.message_id}\0${item.row.user_hash}`;
      const before = votes.get(key);
      votes.set(key, before ? mergeVote(before, item.row) : item.row);
    }
  }
  // Questions are most of the rows: one plain multi-row INSERT, without building a query tree per row.
  if (questions.length > 0)
    await trx.executeQuery(insertMany(dialect, "questions", QUESTION_COLUMNS, questions));
  if (usage.size > 0) {
    await trx
      .insertInto("usage")
      .values([...usage.values()])
      .onConflict((oc) =>
        oc
          .columns(["day", "kind", "name", "result"])
          .doUpdateSet({ count: sql`usage.count + excluded.count` }),
      )
      .execute();
  }
  if (votes.size > 0) {
    await trx
      .insertInto("votes")
      .values([...votes.values()])
      .onConflict((oc) =>
        oc.columns(["message_id", "user_hash"]).doUpdateSet((eb) => ({
          entry_id: eb.ref("excluded.entry_id"),
          question_ref: eb.ref("excluded.question_ref"),
          helpful: eb.ref("excluded.helpful"),
          updated_at: eb.ref("excluded.updated_at"),
          day: eb.ref("excluded.day"),
          // A 👎's comment survives a repeated 👎 without one; turning to 👍 clears it.
          comment: sql<
            string | null
          >`CASE WHEN excluded.comment IS NOT NULL THEN excluded.comment WHEN excluded.helpful = 1 THEN NULL ELSE votes.comment END`,
        })),
      )
      .execute();
  }
}

/** `INSERT INTO table (columns) VALUES (…), (…)` with the dialect's placeholders. Names are ours, never input. */
function insertMany(
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
): CompiledQuery {
  let n = 0;
  const placeholder = dialect === "postgres" ? () => `$${++n}` : () => "?";
  const values = rows.map((row) => `(${row.map(placeholder).join(", ")})`).join(", ");
  return CompiledQuery.raw(`insert into ${table} (${columns.join(", ")}) values ${values}`, rows.flat());
}

function mergeVote(before: VotesTable, after: VotesTable): VotesTable {
  const comment = after.comment ?? (after.helpful === 1 ? null : before.comment);
  return { ...after, created_at: before.created_at, comment };
}
