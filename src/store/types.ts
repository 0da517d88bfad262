/**
 * What the core (dispatcher, handlers) sees of the store: plain interfaces, no database driver. The
 * concrete stores (src/store/sql-store.ts and friends) are opened by the Node transports' wiring and
 * injected, so the core also runs where no driver can be loaded (a Cloudflare Worker).
 */

/** What became of a row handed to the store. Never a promise: recording is never on an answer's path. */
export type RecordStatus =
  /** Queued while the database is healthy: written within a second. */
  | "saved"
  /** Queued while the database is unreachable: written when it is back, if this process keeps running. */
  | "delayed"
  /** The queue is full: nothing kept (counted in the metrics). */
  | "refused";

/** A 👍 or 👎 on one answer message. One row per message and user: a second click changes it. */
export interface VoteInput {
  /** The message the buttons sit on (the key, with the user). */
  messageId: string;
  /** In clear here; the store keeps only a keyed hash of it. */
  userId: string;
  entryId: string;
  /** Short reference of the question the answer was given to ("-" when there was none). */
  questionRef: string;
  helpful: boolean;
  /** "What were you looking for?" from the modal, ≤ 300 characters. */
  comment?: string;
}

/** One candidate search considered, with its score (0..1). */
export interface Candidate {
  entry: string;
  score: number;
}

/**
 * What a question-answering command tells the dispatcher about a question, beside its reply. Filled by the
 * handler (it depends on the options alone, so it is cached with the reply) and recorded on every asking.
 */
export interface AnswerTrace {
  command: string;
  question: string;
  questionRef: string;
  /** The entry given as the answer, or null when nothing was confident enough. */
  entryId: string | null;
  /** The answer's score, 0 when none. */
  score: number;
  /** Best first, a handful at most. */
  candidates: Candidate[];
}

export interface UsageInput {
  kind: string;
  name: string;
  result: string;
}

/** The recording side of a store, as the dispatcher and handlers use it. */
export interface Recorder {
  vote(vote: VoteInput): RecordStatus;
  asked(trace: AnswerTrace): RecordStatus;
  used(usage: UsageInput): RecordStatus;
  /** How many days rows are kept, for `/about`'s line on privacy. */
  readonly retentionDays: number;
}

export interface CooldownVerdict {
  ok: boolean;
  retryAfterMs: number;
}

/** A per-user cooldown shared by every instance (PostgreSQL). Resolves quickly even when the database is not. */
export interface SharedCooldown {
  take(userId: string): Promise<CooldownVerdict>;
}

/** Counters for the metrics endpoint. */
export interface StoreStats {
  queueDepth: number;
  queueMax: number;
  /** Rows refused because the queue was full. */
  dropped: number;
  /** Batches that failed to write (each is retried) and rows given up on as unwritable. */
  failedBatches: number;
  failedRows: number;
  written: number;
  /** false during an outage. */
  up: boolean;
}

/** A store as the Node wiring hands it to createApp and the transports. */
export interface StoreHandle extends Recorder {
  stats(): StoreStats;
  /** A cooldown shared by all instances, when the database can hold one (PostgreSQL); else undefined. */
  sharedCooldown(options: { uses: number; windowMs: number }): SharedCooldown | undefined;
  /** Writes what is queued (bounded by `timeoutMs`), then closes the connection. */
  close(timeoutMs?: number): Promise<void>;
}
