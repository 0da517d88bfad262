import { Counter, Gauge, type Registry } from "prom-client";

/** What the gateway can tell about itself at scrape time. */
export interface GatewayProbe {
  /** Shards of this process (or fleet) that are connected and READY. */
  shardsReady(): number | Promise<number>;
  /** Shards expected. */
  shards(): number;
  /** The websocket heartbeat round trip in milliseconds, averaged over shards; undefined before the first. */
  pingMs(): number | undefined | Promise<number | undefined>;
  /** Servers the bot is in. */
  guilds(): number | Promise<number>;
}

/**
 * Gateway-only metrics, added to the shared registry: shards ready, websocket ping, guilds, and how answers
 * were delivered (directly, after a deferral, or not at all). Values are read when Prometheus scrapes.
 */
export function addGatewayMetrics(registry: Registry, prefix: string, probe: GatewayProbe) {
  new Gauge({
    name: `${prefix}gateway_shards_ready`,
    help: "Gateway shards connected and READY.",
    registers: [registry],
    async collect() {
      this.set(await probe.shardsReady());
    },
  });
  new Gauge({
    name: `${prefix}gateway_shards`,
    help: "Gateway shards this instance runs.",
    registers: [registry],
    collect() {
      this.set(probe.shards());
    },
  });
  new Gauge({
    name: `${prefix}gateway_ping_seconds`,
    help: "Websocket heartbeat round trip, averaged over shards (NaN before the first heartbeat).",
    aggregator: "average",
    registers: [registry],
    async collect() {
      const ms = await probe.pingMs();
      this.set(ms === undefined || ms < 0 ? Number.NaN : ms / 1000);
    },
  });
  new Gauge({
    name: `${prefix}gateway_guilds`,
    help: "Servers (guilds) the bot is in.",
    registers: [registry],
    async collect() {
      this.set(await probe.guilds());
    },
  });
  const deliveries = new Counter({
    name: `${prefix}gateway_deliveries_total`,
    help: "Answers posted to Discord, by delivery: direct, deferred (after a 'thinking…'), failed.",
    labelNames: ["delivery"] as const,
    registers: [registry],
  });
  for (const delivery of ["direct", "deferred", "failed"]) deliveries.inc({ delivery }, 0);
  return {
    delivered(delivery: "direct" | "deferred" | "failed"): void {
      deliveries.inc({ delivery });
    },
  };
}
