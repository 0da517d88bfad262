import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Outcome } from "../interactions/dispatch.ts";
import type { StoreStats } from "../store/types.ts";
import { registerStoreMetrics } from "./store.ts";

/**
 * The metrics every transport shares, under the same names whichever runs (`npm run serve` or the gateway's
 * METRICS_PORT): process defaults, interactions answered, how long they took, entries loaded. Each caller
 * gets its own registry (not prom-client's global one), so tests can run several in one process.
 */
export function createInteractionMetrics(options: {
  /** Entries served now: a function is read at each scrape, so a content reload changes it. */
  entries: number | (() => number);
  prefix?: string;
  /** The store's figures (queue, writes, outages), where one is wired. */
  store?: () => StoreStats;
}) {
  const prefix = options.prefix ?? "safir_";
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix });

  const interactions = new Counter({
    name: `${prefix}interactions_total`,
    help: "Interactions answered, by kind (command, autocomplete, component, ping, unknown), name and result.",
    labelNames: ["kind", "name", "result"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: `${prefix}interaction_duration_seconds`,
    help: "Time from an interaction's arrival to the end of its response, by interaction kind.",
    labelNames: ["kind"] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: `${prefix}entries_loaded`,
    help: "Knowledge-base entries this instance serves.",
    // Across shard processes every one serves the same entries: the fleet figure is one of them, not the sum.
    aggregator: "max",
    registers: [registry],
    collect() {
      this.set(typeof options.entries === "function" ? options.entries() : options.entries);
    },
  });
  if (options.store) registerStoreMetrics(registry, prefix, options.store);

  // Label children looked up once per label set: prom-client hashes the label object on every call otherwise.
  const counted = new Map<string, { inc(): void }>();
  const timed = new Map<string, { observe(v: number): void }>();

  return {
    registry,
    prefix,
    interaction(outcome: Outcome, seconds: number): void {
      // An unknown command's name comes from the request: fold it so a caller cannot mint label values.
      const name = outcome.result === "unknown" ? "unknown" : outcome.name;
      const key = `${outcome.kind}\u0000${name}\u0000${outcome.result}`;
      let counter = counted.get(key);
      if (!counter) {
        counter = interactions.labels({ kind: outcome.kind, name, result: outcome.result });
        counted.set(key, counter);
      }
      counter.inc();
      let histogram = timed.get(outcome.kind);
      if (!histogram) {
        histogram = latency.labels({ kind: outcome.kind });
        timed.set(outcome.kind, histogram);
      }
      histogram.observe(seconds);
    },
    async render(): Promise<{ contentType: string; body: string }> {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

export type InteractionMetrics = ReturnType<typeof createInteractionMetrics>;
