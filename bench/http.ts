import type { ChildProcess } from "node:child_process";
import { verify } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { Miniflare } from "miniflare";
import { createApp } from "../src/app.ts";
import { readCommonConfig } from "../src/config.ts";
import { sampleAutocomplete, samplePing } from "../src/http/samples.ts";
import { createInteractionServer } from "../src/http/server.ts";
import { generateSigningKeys } from "../src/http/signing.ts";
import { publicKeyFromHex } from "../src/http/verify.ts";
import { createLogger } from "../src/log.ts";
import { startServerChild, stopServerChild } from "./server-child.ts";
import { benchUsers, type SignedRequest, signedAsks, signedRequest } from "./signed-requests.ts";

/**
 * `npm run bench:http`: Safir's HTTP interactions endpoint under load, beside two ceilings measured in the
 * same run on the same machine: the raw Ed25519 verify rate of one core, and a minimal node:http server that
 * only reads the body, verifies it and answers PONG. Each server runs in its own child process so the load
 * generator (autocannon, in this process) does not share its event loop; on a 2-core machine that is one core
 * each. Bodies are signed once at the start, well inside the 300 s signature window.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SELF = fileURLToPath(import.meta.url);

export interface BenchHttpOptions {
  /** Seconds of measured load per scenario in each round. */
  duration?: number;
  /** Rounds over all scenarios; figures combine them. */
  rounds?: number;
  /** Seconds of discarded load first, so the JIT and caches are warm. */
  warmup?: number;
  connections?: number;
  /** Seconds of the tight crypto.verify loop. */
  verifySeconds?: number;
  /** Also load dist/worker.js in Miniflare (needs `npm run build:worker`); default: when it is there. */
  worker?: boolean;
}

export interface LoadFigures {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Server CPU time per request (user + system): steadier than req/s on a machine shared with other work. */
  cpuMicrosPerRequest: number;
  errors: number;
  non2xx: number;
}

export interface BenchHttpResult {
  node: string;
  cpus: number;
  connections: number;
  durationSeconds: number;
  verifyPerSecond: number;
  minimal: LoadFigures;
  /** Safir answering PING: the transport alone (read, verify, parse, dispatch, metrics) without a handler. */
  ping: LoadFigures;
  ask: LoadFigures;
  autocomplete: LoadFigures;
  /** Safir /ask throughput as a share of the minimal server's. */
  askShareOfMinimal: number;
  /** The same with the reply cache off, so every /ask is searched and rendered. */
  askUncached: LoadFigures;
  askUncachedShareOfMinimal: number;
  /**
   * The same share by server CPU time per request (minimal ÷ Safir cache-off): what the ≥ 85% target is
   * judged by, since req/s on a shared machine moves with whatever else runs.
   */
  askUncachedCpuShareOfMinimal: number;
  /** dist/worker.js in workerd through Miniflare, on this machine: /ask, the reply cache on as in serve. */
  worker?: LoadFigures & { bundleBytes: number; bundleGzipBytes: number };
  target: number;
  pass: boolean;
}

const TYPED = ["dip", "terror", "sanc", "mil", "peace", "intel", "ai", "green"];

/** Ceiling 1: how many signatures one core can check, in a tight loop over a typical /ask body. */
function verifyRate(publicKeyHex: string, sample: SignedRequest, seconds: number): number {
  const key = publicKeyFromHex(publicKeyHex);
  const message = Buffer.concat([
    Buffer.from(sample.headers["x-signature-timestamp"]!),
    Buffer.from(sample.body),
  ]);
  const signature = Buffer.from(sample.headers["x-signature-ed25519"]!, "hex");
  for (let i = 0; i < 2000; i++) verify(null, message, key, signature);
  let n = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < until) {
    for (let i = 0; i < 500; i++)
      if (!verify(null, message, key, signature)) throw new Error("verify failed");
    n += 500;
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

function startChild(
  role: "minimal" | "safir" | "safir-nocache",
  publicKeyHex: string,
): Promise<{ child: ChildProcess; port: number }> {
  return startServerChild(SELF, role, { BENCH_PUBLIC_KEY: publicKeyHex }, ROOT);
}

/** The child's CPU time so far, in microseconds (user + system): cost per request, whatever else the machine runs. */
function cpuOf(child: ChildProcess | undefined): Promise<number> {
  return new Promise((resolve) => {
    if (!child) return resolve(0);
    child.once("message", (m) => resolve(Number(m)));
    child.send("cpu");
  });
}

interface Scenario {
  name: string;
  port: number;
  /** The server process, for its CPU time; none for the Worker (workerd is Miniflare's). */
  child?: ChildProcess;
  requests: SignedRequest[];
  runs: autocannon.Result[];
  cpuMicros: number;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;

function figures(s: Scenario): LoadFigures {
  const total = s.runs.reduce((n, r) => n + r.requests.total, 0);
  const seconds = s.runs.reduce((n, r) => n + r.duration, 0);
  return {
    name: s.name,
    requestsPerSecond: Math.round(total / seconds),
    p50Ms: median(s.runs.map((r) => r.latency.p50)),
    p99Ms: median(s.runs.map((r) => r.latency.p99)),
    requests: total,
    cpuMicrosPerRequest: s.child ? Math.round(s.cpuMicros / total) : NaN,
    errors: s.runs.reduce((n, r) => n + r.errors + r.timeouts, 0),
    non2xx: s.runs.reduce((n, r) => n + r.non2xx, 0),
  };
}

async function checkSamples(s: Scenario): Promise<void> {
  // Every scenario's bodies must really succeed before their throughput means anything.
  for (const r of s.requests) {
    const res = await fetch(`http://127.0.0.1:${s.port}${r.path}`, {
      method: "POST",
      headers: r.headers,
      body: r.body,
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${s.name}: a sample request got HTTP ${res.status}: ${text}`);
  }
}

function run(s: Scenario, duration: number, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${s.port}`,
    connections,
    pipelining: 1,
    duration,
    requests: s.requests,
  });
}

export async function benchHttp(options: BenchHttpOptions = {}): Promise<BenchHttpResult> {
  const opts: Required<BenchHttpOptions> = {
    duration: options.duration ?? 5,
    rounds: options.rounds ?? 3,
    warmup: options.warmup ?? 2,
    connections: options.connections ?? 32,
    verifySeconds: options.verifySeconds ?? 2,
    worker: options.worker ?? existsSync(path.join(ROOT, "dist/worker.js")),
  };
  const keys = generateSigningKeys();
  const users = benchUsers();
  const asks = signedAsks(keys.privateKey);
  const completes = TYPED.map((t, i) =>
    signedRequest(keys.privateKey, sampleAutocomplete("topic", "name", t, users[i])),
  );
  const pings = users.map(() => signedRequest(keys.privateKey, samplePing()));

  const verifyPerSecond = Math.round(verifyRate(keys.publicKeyHex, asks[0]!, opts.verifySeconds));

  const children: ChildProcess[] = [];
  const workerFile = path.join(ROOT, "dist/worker.js");
  let mf: Miniflare | undefined;
  try {
    const minimalServer = await startChild("minimal", keys.publicKeyHex);
    children.push(minimalServer.child);
    const safirServer = await startChild("safir", keys.publicKeyHex);
    children.push(safirServer.child);
    // The same server with its reply cache off: what a question nobody asked before costs.
    const uncachedServer = await startChild("safir-nocache", keys.publicKeyHex);
    children.push(uncachedServer.child);
    const scenarios: Scenario[] = [
      // The minimal server gets the same /ask bodies, so both servers read and verify the same bytes.
      { name: "minimal verify + PONG", ...minimalServer, requests: asks, runs: [], cpuMicros: 0 },
      { name: "Safir PING", ...safirServer, requests: pings, runs: [], cpuMicros: 0 },
      { name: "Safir /ask", ...safirServer, requests: asks, runs: [], cpuMicros: 0 },
      { name: "Safir autocomplete", ...safirServer, requests: completes, runs: [], cpuMicros: 0 },
      { name: "Safir /ask, reply cache off", ...uncachedServer, requests: asks, runs: [], cpuMicros: 0 },
    ];
    if (opts.worker) {
      mf = new Miniflare({
        modules: true,
        scriptPath: workerFile,
        compatibilityDate: "2026-04-01",
        bindings: { DISCORD_PUBLIC_KEY: keys.publicKeyHex, COOLDOWN_USES: "0" },
        host: "127.0.0.1",
        port: 0,
      });
      const port = Number((await mf.ready).port);
      scenarios.push({
        name: "Worker /ask (workerd, Miniflare)",
        port,
        requests: asks,
        runs: [],
        cpuMicros: 0,
      });
    }
    for (const s of scenarios) {
      await checkSamples(s);
      if (opts.warmup > 0) await run(s, opts.warmup, opts.connections);
    }
    // Rounds interleave the scenarios, so a slow spell on a shared machine falls on all of them alike.
    for (let round = 0; round < opts.rounds; round++) {
      for (const s of scenarios) {
        const before = await cpuOf(s.child);
        s.runs.push(await run(s, opts.duration, opts.connections));
        s.cpuMicros += (await cpuOf(s.child)) - before;
      }
    }
    const [minimal, ping, ask, autocomplete, askUncached, worker] = scenarios.map(figures) as [
      LoadFigures,
      LoadFigures,
      LoadFigures,
      LoadFigures,
      LoadFigures,
      LoadFigures | undefined,
    ];
    const bundle = opts.worker ? readFileSync(workerFile) : undefined;
    const askShareOfMinimal = ask.requestsPerSecond / minimal.requestsPerSecond;
    const target = 0.7;
    const clean = [minimal, ping, ask, autocomplete, askUncached].every(
      (f) => f.errors === 0 && f.non2xx === 0,
    );
    return {
      node: process.version,
      cpus: availableParallelism(),
      connections: opts.connections,
      durationSeconds: opts.duration * opts.rounds,
      verifyPerSecond,
      minimal,
      ping,
      ask,
      autocomplete,
      askUncached,
      askShareOfMinimal: Math.round(askShareOfMinimal * 1000) / 1000,
      askUncachedShareOfMinimal:
        Math.round((askUncached.requestsPerSecond / minimal.requestsPerSecond) * 1000) / 1000,
      askUncachedCpuShareOfMinimal:
        Math.round((minimal.cpuMicrosPerRequest / askUncached.cpuMicrosPerRequest) * 1000) / 1000,
      ...(worker && bundle
        ? { worker: { ...worker, bundleBytes: bundle.length, bundleGzipBytes: gzipSync(bundle).length } }
        : {}),
      target,
      pass: askShareOfMinimal >= target && clean,
    };
  } finally {
    await Promise.all(children.map(stopServerChild));
    await mf?.dispose();
  }
}

export function formatBenchHttp(r: BenchHttpResult): string {
  const rows: string[][] = [
    ["scenario", "req/s", "p50 ms", "p99 ms", "requests", "CPU µs/req", "errors", "non-2xx"],
    [
      "Ed25519 verify, one core (tight loop)",
      String(r.verifyPerSecond),
      "-",
      "-",
      "-",
      (1e6 / r.verifyPerSecond).toFixed(0),
      "-",
      "-",
    ],
    ...[r.minimal, r.ping, r.ask, r.autocomplete, r.askUncached, ...(r.worker ? [r.worker] : [])].map((f) => [
      f.name,
      String(f.requestsPerSecond),
      String(f.p50Ms),
      String(f.p99Ms),
      String(f.requests),
      Number.isNaN(f.cpuMicrosPerRequest) ? "-" : String(f.cpuMicrosPerRequest),
      String(f.errors),
      String(f.non2xx),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    `HTTP interactions benchmark: Node ${r.node}, ${r.cpus} CPUs, ${r.connections} connections, ${r.durationSeconds} s per scenario (interleaved rounds), loopback`,
    line(rows[0]!),
    ...rows.slice(1).map(line),
    `Safir /ask = ${(r.askShareOfMinimal * 100).toFixed(1)}% of the minimal server (target ≥ ${r.target * 100}%, no errors): ${r.pass ? "PASS" : "FAIL"}`,
    `  (with the reply cache off, every question searched and rendered: ${(r.askUncachedShareOfMinimal * 100).toFixed(1)}% by req/s, ${(r.askUncachedCpuShareOfMinimal * 100).toFixed(1)}% by server CPU per request; target ≥ 85%)`,
    ...(r.worker
      ? [
          `Worker: ${r.worker.requestsPerSecond} req/s in Miniflare beside ${r.ask.requestsPerSecond} for the Node server; dist/worker.js ${Math.round(r.worker.bundleBytes / 1024)} KB, ${Math.round(r.worker.bundleGzipBytes / 1024)} KB gzip`,
        ]
      : []),
  ].join("\n");
}

/** The servers under test, each run in its own process by `startChild`. */
async function serve(role: string): Promise<void> {
  const hex = process.env.BENCH_PUBLIC_KEY ?? "";
  let server: ReturnType<typeof createServer>;
  if (role === "minimal") {
    const key = publicKeyFromHex(hex);
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const sig = req.headers["x-signature-ed25519"];
        const ts = req.headers["x-signature-timestamp"];
        const ok =
          typeof sig === "string" &&
          typeof ts === "string" &&
          verify(null, Buffer.concat([Buffer.from(ts), ...chunks]), key, Buffer.from(sig, "hex"));
        if (!ok) {
          res.writeHead(401, { "content-type": "application/json", "content-length": "2" }).end("{}");
          return;
        }
        res.writeHead(200, { "content-type": "application/json", "content-length": "10" }).end('{"type":1}');
      });
    });
    server.listen(0, "127.0.0.1");
  } else {
    // Production settings, except the cooldown: the load is eight users at thousands of requests a second.
    const common = readCommonConfig({ ...process.env, COOLDOWN_USES: "0", LOG_LEVEL: "info" });
    const log = createLogger("info", [hex]);
    const app = await createApp({
      contentDir: common.contentDir,
      log,
      cooldown: common.cooldown,
      ...(role === "safir-nocache" ? { memoSize: 0 } : {}),
    });
    const http = createInteractionServer({
      app,
      log,
      config: {
        publicKey: hex,
        port: 0,
        host: "127.0.0.1",
        path: "/interactions",
        maxAgeSeconds: 300,
        bodyLimitBytes: 262_144,
      },
    });
    await http.listen();
    server = http.server;
  }
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", resolve)));
  process.on("message", () => {
    const { user, system } = process.cpuUsage();
    process.send?.(String(user + system));
  });
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
  process.once("SIGTERM", () => {
    process.disconnect?.();
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf("--serve");
  if (i !== -1) {
    await serve(process.argv[i + 1] ?? "");
  } else {
    const arg = (name: string) => {
      const j = process.argv.indexOf(name);
      return j === -1 ? undefined : Number(process.argv[j + 1]);
    };
    const result = await benchHttp({
      ...(arg("--duration") ? { duration: arg("--duration") } : {}),
      ...(arg("--rounds") ? { rounds: arg("--rounds") } : {}),
      ...(arg("--connections") ? { connections: arg("--connections") } : {}),
    });
    process.stdout.write(`${formatBenchHttp(result)}\n\n${JSON.stringify(result, null, 2)}\n`);
    process.exitCode = result.pass ? 0 : 1;
  }
}
