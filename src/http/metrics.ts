import { Counter } from "prom-client";
import { createInteractionMetrics } from "../metrics/interactions.ts";
import type { StoreStats } from "../store/types.ts";
import { SIGNATURE_FAILURES, type SignatureFailure } from "./verify.ts";

/**
 * Prometheus metrics for the HTTP interactions endpoint: the shared interaction metrics
 * (src/metrics/interactions.ts) plus what only an HTTP endpoint sees, refused signatures and requests.
 */
export function createMetrics(options: {
  /** Entries served now: read at each scrape, so a content reload changes it. */
  entries: number | (() => number);
  prefix?: string;
  store?: () => StoreStats;
}) {
  const base = createInteractionMetrics(options);
  const { registry, prefix } = base;
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
  const shed = new Counter({
    name: `${prefix}http_connections_shed_total`,
    help: "Connections closed to make room for a new one at the connection cap (HTTP_MAX_CONNECTIONS).",
    registers: [registry],
  });
  // Start every failure reason at zero so dashboards and alerts see the series before the first probe.
  for (const reason of SIGNATURE_FAILURES) signatureFailures.inc({ reason }, 0);

  return {
    ...base,
    signatureFailure(reason: SignatureFailure): void {
      signatureFailures.inc({ reason });
    },
    connectionShed(): void {
      shed.inc();
    },
    rejected(status: number): void {
      rejected.inc({ status: String(status) });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
