import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Outcome } from "../interactions/dispatch.ts";
import { SIGNATURE_FAILURES, type SignatureFailure } from "./verify.ts";

/**
 * Prometheus metrics for one server. Each server has its own registry (not prom-client's global one), so
 * tests and benchmarks can run several servers in one process without their series colliding.
 */
export function createMetrics(options: { entries: number | (() => number); prefix?: string }) {
  const prefix = options.prefix ?? "safir_";
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix });

  const interactions = new Counter({
    name: `${prefix}interactions_total`,
    help: "Verified interactions answered, by kind (command, autocomplete, component, ping, unknown), name and result.",
    labelNames: ["kind", "name", "result"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: `${prefix}interaction_duration_seconds`,
    help: "Time from the request's arrival to the end of its response, by interaction kind.",
    labelNames: ["kind"] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const signatureFailures = new Counter({
    name: `${prefix}signature_failures_total`,
    help: "Requests to the interactions endpoint refused with 401, by reason (missing, malformed, stale, invalid).",
    labelNames: ["reason"] as const,
    registers: [registry],
  });
  const rejected = new Counter({
    name: `${prefix}http_rejected_total`,
    help: "Requests refused before dispatch, by HTTP status (400, 404, 405, 413).",
    labelNames: ["status"] as const,
    registers: [registry],
  });
  const entriesNow = options.entries;
  new Gauge({
    name: `${prefix}entries_loaded`,
    help: "Knowledge-base entries this instance serves.",
    registers: [registry],
    // Read at each scrape: a content reload changes it.
    collect() {
      this.set(typeof entriesNow === "function" ? entriesNow() : entriesNow);
    },
  });
  // Start every failure reason at zero so dashboards and alerts see the series before the first probe.
  for (const reason of SIGNATURE_FAILURES) signatureFailures.inc({ reason }, 0);

  // Label children looked up once per label set: prom-client hashes the label object on every call otherwise.
  const counted = new Map<string, { inc(): void }>();
  const timed = new Map<string, { observe(v: number): void }>();

  return {
    registry,
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
    signatureFailure(reason: SignatureFailure): void {
      signatureFailures.inc({ reason });
    },
    rejected(status: number): void {
      rejected.inc({ status: String(status) });
    },
    async render(): Promise<{ contentType: string; body: string }> {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
