import type { StoreStats } from "../store/types.ts";
import { type Client, type ShardingManager, Status } from "discord.js";
import { AggregatorRegistry } from "prom-client";
import { VERSION } from "../app.ts";
import { ConfigError } from "../config.ts";
import type { Logger } from "../log.ts";
import { addGatewayMetrics, type GatewayProbe } from "../metrics/gateway.ts";
import { createInteractionMetrics, type InteractionMetrics } from "../metrics/interactions.ts";
import { type Health, type ProbeServer, startProbeServer } from "../metrics/server.ts";
import type { Answered } from "./answer.ts";

/**
 * The gateway bot's own view of itself, for METRICS_PORT: the interaction metrics `npm run serve` has
 * (same names), the gateway's (shards ready, ping, guilds, deliveries), and a health verdict.
 */
export interface GatewayObserver {
  metrics: InteractionMetrics;
  /** Called after each interaction is answered. */
  answered(answered: Answered): void;
  /** The discord.js client, once it has logged in. */
  attach(client: Client): void;
  health(): Promise<Health>;
}

export function createGatewayObserver(options: {
  /** Entries served now (a reload changes it), and the hash of that content for /healthz. */
  entries: number | (() => number);
  contentHash?: () => string;
  now?: () => number;
  /** Where the shard figures come from; by default the attached client. */
  probe?: GatewayProbe;
  /** The store's figures, where one is wired. */
  store?: () => StoreStats;
}): GatewayObserver {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const metrics = createInteractionMetrics({
    entries: options.entries,
    ...(options.store ? { store: options.store } : {}),
  });
  let client: Client | undefined;
  const probe: GatewayProbe = options.probe ?? {
    shards: () => client?.ws.shards.size ?? 0,
    shardsReady: () => client?.ws.shards.filter((s) => s.status === Status.Ready).size ?? 0,
    pingMs: () => (client && client.ws.ping >= 0 ? client.ws.ping : undefined),
    guilds: () => client?.guilds.cache.size ?? 0,
  };
  const gateway = addGatewayMetrics(metrics.registry, metrics.prefix, probe);
  return {
    metrics,
    answered(answered) {
      gateway.delivered(answered.delivery);
      if (answered.outcome) metrics.interaction(answered.outcome, answered.ms / 1000);
    },
    attach(c) {
      client = c;
    },
    async health() {
      const shards = probe.shards();
      const [shardsReady, pingMs, guilds] = await Promise.all([
        probe.shardsReady(),
        probe.pingMs(),
        probe.guilds(),
      ]);
      const ok = shards > 0 && shardsReady >= shards;
      return {
        ok,
        body: {
          status: ok ? "ok" : shards === 0 ? "starting" : "degraded",
          version: VERSION,
          entries: typeof options.entries === "function" ? options.entries() : options.entries,
          ...(options.contentHash ? { contentHash: options.contentHash() } : {}),
          shards,
          shardsReady,
          ...(pingMs !== undefined ? { pingMs } : {}),
          guilds,
          uptimeSeconds: Math.max(0, Math.round((now() - startedAt) / 1000)),
        },
      };
    },
  };
}

/** What the probe server shows: a health verdict and the metrics text. */
export interface Observed {
  health(): Promise<Health>;
  render(): Promise<{ contentType: string; body: string }>;
}

/** This process's observer, as the probe server shows it. */
export const observed = (observer: GatewayObserver): Observed => ({
  health: () => observer.health(),
  render: () => observer.metrics.render(),
});

/** Serves /healthz and /metrics on METRICS_HOST:METRICS_PORT; a port that cannot be had is a settings problem. */
export async function serveObserver(
  source: Observed,
  listen: { port: number; host: string },
  log: Logger,
): Promise<ProbeServer> {
  try {
    const server = await startProbeServer({
      ...listen,
      log,
      health: () => source.health(),
      metrics: () => source.render(),
    });
    log.info({ url: server.url, port: server.port }, "serving /healthz and /metrics");
    return server;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL")
      throw new ConfigError([
        `cannot serve /healthz and /metrics on ${listen.host}:${listen.port} (${code}): choose another METRICS_PORT or METRICS_HOST`,
      ]);
    throw err;
  }
}

/** Where a shard process leaves its metrics for the ShardingManager to collect with broadcastEval. */
const FLEET_KEY = "__safirShardMetrics";

/** In a shard process: let the manager read this process's metrics. */
export function exposeToManager(observer: GatewayObserver): void {
  (globalThis as Record<string, unknown>)[FLEET_KEY] = () => observer.metrics.registry.getMetricsAsJSON();
}

/**
 * With DISCORD_SHARDS the manager process serves METRICS_PORT alone: /metrics sums every shard process's
 * metrics under the same names (ping averaged, entries as one), and /healthz is ok once every shard is ready.
 */
export async function serveFleet(
  listen: { port: number; host: string },
  log: Logger,
  fleet: () => { manager: ShardingManager; total: number } | undefined,
  now: () => number = Date.now,
): Promise<ProbeServer> {
  const startedAt = now();
  const fromShards = async (): Promise<object[]> => {
    const running = fleet();
    if (!running) return [];
    // The function runs inside each shard process, so it can only use what that process has.
    const all = await running.manager.broadcastEval(() => {
      const read = (globalThis as Record<string, unknown>).__safirShardMetrics as (() => unknown) | undefined;
      return read ? read() : [];
    });
    return all as object[];
  };
  return serveObserver(
    {
      async health(): Promise<Health> {
        const running = fleet();
        const shards = running?.total ?? 0;
        const shardsReady = running ? running.manager.shards.filter((s) => s.ready).size : 0;
        const ok = shards > 0 && shardsReady >= shards;
        return {
          ok,
          body: {
            status: ok ? "ok" : running ? "degraded" : "starting",
            version: VERSION,
            shards,
            shardsReady,
            uptimeSeconds: Math.max(0, Math.round((now() - startedAt) / 1000)),
          },
        };
      },
      async render() {
        const registry = AggregatorRegistry.aggregate(await fromShards().catch(() => []));
        return { contentType: registry.contentType, body: await registry.metrics() };
      },
    },
    listen,
    log,
  );
}
