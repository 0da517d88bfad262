import type { Logger } from "../log.ts";
import type { RecordStatus } from "./types.ts";

export interface WriteQueueOptions<T> {
  /** Writes a batch, all or nothing (one transaction). */
  write(batch: T[]): Promise<void>;
  /** Resolves when the database answers: tells an outage from a batch the database refuses. */
  ping(): Promise<void>;
  log: Logger;
  /** Most rows held; beyond it `push` refuses and counts. */
  max: number;
  /** Rows per transaction. */
  batchSize?: number;
  /** How long a row may wait for companions before a write. */
  flushMs?: number;
  /** Retry delays during an outage: doubling from `retryMinMs` up to `retryMaxMs`. */
  retryMinMs?: number;
  retryMaxMs?: number;
}

/**
 * Rows on their way to the database, off every answer's path: `push` only appends; a timer writes them in
 * batches. When the database is down the rows stay (up to `max`, then new ones are refused and counted),
 * the outage is logged once, writes are retried with back-off, and the queued rows land when it is back. A
 * batch the database itself refuses (the database answers, the write fails) is written row by row, and
 * only the rows that still fail are given up, each counted and logged.
 */
export class WriteQueue<T> {
  private items: T[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerDueNow = false;
  private running: Promise<void> | undefined;
  private up = true;
  private fullWarned = false;
  private retryMs: number;
  private closed = false;
  readonly counts = { written: 0, dropped: 0, failedBatches: 0, failedRows: 0 };

  constructor(private readonly options: WriteQueueOptions<T>) {
    this.retryMs = options.retryMinMs ?? 500;
  }

  get depth(): number {
    return this.items.length;
  }

  get healthy(): boolean {
    return this.up;
  }

  push(item: T): RecordStatus {
    if (this.closed || this.items.length >= this.options.max) {
      this.counts.dropped++;
      if (!this.fullWarned) {
        this.fullWarned = true;
        this.options.log.warn(
          { queued: this.items.length, max: this.options.max },
          "store queue full: new rows are refused (counted in safir_store_dropped_total) until it drains",
        );
      }
      return "refused";
    }
    this.items.push(item);
    this.schedule(this.items.length >= this.batchSize ? 0 : (this.options.flushMs ?? 200));
    return this.up ? "saved" : "delayed";
  }

  /** Writes everything queued now; resolves when the queue is empty or the database is unreachable. */
  async flush(): Promise<void> {
    this.clearTimer();
    await this.drain();
  }

  /** Stops taking rows, then tries to write what is left until `timeoutMs`. Returns how many were left. */
  async close(timeoutMs: number): Promise<number> {
    this.closed = true;
    const deadline = Date.now() + timeoutMs;
    while (this.items.length > 0 && Date.now() < deadline) {
      this.clearTimer();
      await this.drain();
      if (this.items.length > 0) await new Promise((r) => setTimeout(r, Math.min(200, timeoutMs)));
    }
    this.clearTimer();
    return this.items.length;
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 500;
  }

  private schedule(delayMs: number): void {
    // During an outage the retry timer alone decides when to try again.
    if (this.running || !this.up) return;
    // A write already due now, or a later one when this is no hurry: one timer is enough.
    if (this.timer && (delayMs > 0 || this.timerDueNow)) return;
    this.clearTimer();
    this.timerDueNow = delayMs === 0;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.drain();
    }, delayMs);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private drain(): Promise<void> {
    this.running ??= this.drainLoop().finally(() => {
      this.running = undefined;
      // Rows pushed while the last batch was being written.
      if (this.items.length > 0 && this.up && !this.timer) this.schedule(0);
    });
    return this.running;
  }

  private async drainLoop(): Promise<void> {
    const { log } = this.options;
    while (this.items.length > 0) {
      const batch = this.items.slice(0, this.batchSize);
      try {
        await this.options.write(batch);
        this.items.splice(0, batch.length);
        this.wrote(batch.length);
        continue;
      } catch (err) {
        this.counts.failedBatches++;
        if (!(await this.reachable())) return this.outage(err);
        log.warn({ err, rows: batch.length }, "store refused a batch: writing its rows one by one");
      }
      // The database answers but refused the batch: find the rows it refuses, keep the others.
      for (const row of batch) {
        try {
          await this.options.write([row]);
          this.wrote(1);
        } catch (err) {
          if (!(await this.reachable())) return this.outage(err);
          this.counts.failedRows++;
          log.error({ err }, "store refused a row: it is not written");
        }
        this.items.shift();
      }
    }
    this.fullWarned = false;
  }

  private wrote(rows: number): void {
    this.counts.written += rows;
    this.retryMs = this.options.retryMinMs ?? 500;
    if (!this.up) {
      this.up = true;
      this.options.log.info(
        { queued: this.items.length },
        "store is back: writing the rows queued meanwhile",
      );
    }
  }

  private async reachable(): Promise<boolean> {
    try {
      await this.options.ping();
      return true;
    } catch {
      return false;
    }
  }

  private outage(err: unknown): void {
    if (this.up) {
      this.up = false;
      this.options.log.error(
        { err, queued: this.items.length },
        "store unavailable: answers go on; rows are queued and retried until it is back",
      );
    }
    const delay = this.retryMs;
    this.retryMs = Math.min(this.options.retryMaxMs ?? 30_000, this.retryMs * 2);
    if (!this.closed) {
      this.clearTimer();
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.drain();
      }, delay);
      this.timer.unref();
    }
  }
}
