import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { ConfigError, readGatewayConfig } from "../../src/config.ts";
import { startGatewayClient } from "../../src/gateway/client.ts";
import { createGatewayObserver, observed, serveObserver } from "../../src/gateway/observe.ts";
import { createMetrics } from "../../src/http/metrics.ts";
import { silentLogger } from "../../src/log.ts";
import { type BotProcess, killAll, spawnSafir } from "../support/fake-bot-process.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import { chatInput, fakeUser, opt, snowflake } from "../support/fake-interactions.ts";

/**
 * METRICS_PORT: the gateway bot's /healthz and /metrics, with the metric names `npm run serve` has plus the
 * gateway's own. In process against the fake Discord, then as the real `npm start`, then sharded.
 */
const CONTENT = path.resolve(import.meta.dirname, "../../content");
const fakes: FakeDiscord[] = [];

afterAll(async () => {
  await killAll();
  await Promise.all(fakes.map((f) => f.close()));
});

/** The metric names in a Prometheus text exposition. */
function names(text: string): Set<string> {
  return new Set(
    text
      .split("\n")
      .filter((l) => l.startsWith("# TYPE "))
      .map((l) => l.split(" ")[2]!),
  );
}

/** One sample's value, e.g. value(text, 'safir_gateway_shards_ready'). */
function value(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** What the HTTP endpoint exposes, minus what only an HTTP endpoint can see. */
async function sharedNames(): Promise<string[]> {
  const http = createMetrics({ entries: 1 });
  const all = names((await http.render()).body);
  // What only an HTTP endpoint sees (signatures, refused requests, shed connections) is not the gateway's.
  return [...all].filter((n) => !/signature_failures|http_rejected|http_connections_shed/.test(n));
}

describe("gateway /healthz and /metrics in process", () => {
  it("healthz is 503 until the gateway is ready, then 200; metrics count answers by the serve names", async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    const app = await createApp({ contentDir: CONTENT });
    const observer = createGatewayObserver({ entries: app.index.entries.length });
    const probes = await serveObserver(observed(observer), { port: 0, host: "127.0.0.1" }, silentLogger);
    try {
      const before = await fetch(`${probes.url}/healthz`);
      expect(before.status).toBe(503);
      expect(await before.json()).toMatchObject({ status: "starting", shardsReady: 0 });

      const bot = await startGatewayClient({
        token: fake.token,
        apiUrl: fake.apiUrl,
        log: silentLogger,
        handle: (i) => app.dispatcher.handle(i),
        onAnswered: (_i, answered) => observer.answered(answered),
      });
      observer.attach(bot.client);
      try {
        const health = await fetch(`${probes.url}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({
          status: "ok",
          shards: 1,
          shardsReady: 1,
          entries: app.index.entries.length,
        });
        await fake.interact(
          chatInput("ask", [opt.string("question", "sanctions")], { user: fakeUser(snowflake()) }),
        );
        // onAnswered runs just after the callback is posted: poll for the count.
        const text = await until("the answer in /metrics", async () => {
          const t = await (await fetch(`${probes.url}/metrics`)).text();
          return value(t, 'safir_interactions_total{kind="command",name="ask",result="ok"}') === 1
            ? t
            : undefined;
        });
        expect(value(text, 'safir_interactions_total{kind="command",name="ask",result="ok"}')).toBe(1);
        expect(value(text, "safir_gateway_shards_ready")).toBe(1);
        expect(value(text, "safir_gateway_shards")).toBe(1);
        expect(value(text, "safir_gateway_guilds")).toBe(bot.client.guilds.cache.size);
        expect(value(text, 'safir_gateway_deliveries_total{delivery="direct"}')).toBe(1);
        expect(value(text, "safir_entries_loaded")).toBe(app.index.entries.length);
        expect(text).toMatch(/^safir_gateway_ping_seconds /m);
        const exposed = names(text);
        for (const n of await sharedNames()) expect(exposed.has(n), n).toBe(true);

        expect((await fetch(`${probes.url}/nope`)).status).toBe(404);
        expect((await fetch(`${probes.url}/metrics`, { method: "POST" })).status).toBe(405);
      } finally {
        await bot.stop();
      }
    } finally {
      await probes.close();
    }
    expect(fake.errors).toEqual([]);
  }, 30_000);
});

describe("METRICS_PORT and METRICS_HOST settings", () => {
  const base = { DISCORD_TOKEN: "x".repeat(30) };
  const problems = (env: Record<string, string>) => {
    try {
      readGatewayConfig({ ...base, ...env });
      return [];
    } catch (err) {
      return (err as ConfigError).problems;
    }
  };

  it("unset: no server; set: 127.0.0.1 unless METRICS_HOST says otherwise", () => {
    expect(readGatewayConfig(base).metrics).toBeUndefined();
    expect(readGatewayConfig({ ...base, METRICS_PORT: "9464" }).metrics).toEqual({
      port: 9464,
      host: "127.0.0.1",
    });
    expect(readGatewayConfig({ ...base, METRICS_PORT: "9464", METRICS_HOST: "0.0.0.0" }).metrics).toEqual({
      port: 9464,
      host: "0.0.0.0",
    });
  });

  it("a bad value is one line naming the variable", () => {
    expect(problems({ METRICS_PORT: "http" })).toEqual([
      "METRICS_PORT is 'http': it must be a whole number from 0 to 65535",
    ]);
    expect(problems({ METRICS_PORT: "70000" })).toHaveLength(1);
    expect(problems({ METRICS_HOST: "0.0.0.0" })).toEqual([
      "METRICS_HOST is set but METRICS_PORT is not: set METRICS_PORT (e.g. 9464) to serve /healthz and /metrics, or unset METRICS_HOST",
    ]);
  });
});

/** Waits for the JSON log line that says where /healthz and /metrics are served. */
async function probeUrl(bot: BotProcess): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const line = bot.logs().find((l) => l.msg === "serving /healthz and /metrics");
    if (line) return String(line.url);
    if (bot.child.exitCode !== null) throw new Error(`npm start exited:\n${bot.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no metrics server after 40 s:\n${bot.stderr()}`);
}

async function until<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await check().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("npm start with METRICS_PORT", () => {
  it("serves /healthz and /metrics on 127.0.0.1 while the bot runs, and stops with it", async () => {
    const token = `safir-metrics-test-token.${randomBytes(12).toString("hex")}`;
    const fake = await FakeDiscord.start({ token });
    fakes.push(fake);
    const bot = spawnSafir("start", {
      DISCORD_TOKEN: token,
      DISCORD_API_URL: fake.apiUrl,
      METRICS_PORT: "0",
    });
    const url = await probeUrl(bot);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await until("a healthy bot", async () => {
      const r = await fetch(`${url}/healthz`);
      return r.status === 200 ? ((await r.json()) as Record<string, unknown>) : undefined;
    });
    expect(health).toMatchObject({ status: "ok", shards: 1, shardsReady: 1 });
    await fake.interact(chatInput("about", [], { user: fakeUser(snowflake()) }));
    const text = await until("the answer in /metrics", async () => {
      const t = await (await fetch(`${url}/metrics`)).text();
      return value(t, 'safir_interactions_total{kind="command",name="about",result="ok"}') === 1
        ? t
        : undefined;
    });
    expect(value(text, "safir_gateway_shards_ready")).toBe(1);
    expect(bot.stderr()).not.toContain(token);
    bot.child.kill("SIGTERM");
    expect((await bot.exited).code).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(fake.errors).toEqual([]);
  }, 60_000);

  it("with DISCORD_SHARDS=2 the manager serves the fleet: both shards ready, answers summed", async () => {
    const token = `safir-metrics-fleet-token.${randomBytes(12).toString("hex")}`;
    const fake = await FakeDiscord.start({ token, maxConcurrency: 16 });
    fakes.push(fake);
    const bot = spawnSafir("start", {
      DISCORD_TOKEN: token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: "2",
      METRICS_PORT: "0",
    });
    const url = await probeUrl(bot);
    await until("a healthy fleet", async () =>
      (await fetch(`${url}/healthz`)).status === 200 ? true : undefined,
    );
    for (const shard of [0, 1])
      await fake.interact(chatInput("about", [], { user: fakeUser(snowflake()) }), { shard });
    const text = await until("both answers in /metrics", async () => {
      const t = await (await fetch(`${url}/metrics`)).text();
      return value(t, 'safir_interactions_total{kind="command",name="about",result="ok"}') === 2
        ? t
        : undefined;
    });
    expect(value(text, "safir_gateway_shards_ready")).toBe(2);
    expect(value(text, "safir_gateway_shards")).toBe(2);
    // Every shard serves the same entries: the fleet shows them once, not twice.
    const app = await createApp({ contentDir: CONTENT });
    expect(value(text, "safir_entries_loaded")).toBe(app.index.entries.length);
    bot.child.kill("SIGTERM");
    expect((await bot.exited).code).toBe(0);
    expect(fake.errors).toEqual([]);
  }, 90_000);
});
