import { Counter, Gauge, type Registry } from "prom-client";
import type { StoreStats } from "../store/types.ts";

/** The store's queue and writes, read when Prometheus scrapes. */
export function registerStoreMetrics(registry: Registry, prefix: string, stats: () => StoreStats): void {
  const gauge = (name: string, help: string, read: (s: StoreStats) => number) =>
    new Gauge({
      name: `${prefix}${name}`,
      help,
      registers: [registry],
      collect() {
        this.set(read(stats()));
      },
    });
  // Counters that the store keeps: reset and re-counted at each scrape, so they only ever go up.
  const counter = (name: string, help: string, read: (s: StoreStats) => number) =>
    new Counter({
      name: `${prefix}${name}`,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read(stats()));
      },
    });
  gauge("store_queue_depth", "Rows waiting to be written to the database.", (s) => s.queueDepth);
  gauge("store_queue_capacity", "Most rows the store queue holds (STORE_QUEUE_MAX).", (s) => s.queueMax);
  gauge("store_up", "1 while the database takes writes, 0 during an outage.", (s) => (s.up ? 1 : 0));
  counter("store_rows_written_total", "Rows written to the database.", (s) => s.written);
  counter("store_dropped_total", "Rows refused because the store queue was full.", (s) => s.dropped);
  counter(
    "store_failed_batches_total",
    "Batch writes that failed (each is retried).",
    (s) => s.failedBatches,
  );
  counter(
    "store_failed_rows_total",
    "Rows the database refused and that were given up.",
    (s) => s.failedRows,
  );
}
