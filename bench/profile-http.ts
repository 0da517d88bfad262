import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { generateSigningKeys } from "../src/http/signing.ts";
import { startServerChild, stopServerChild } from "./server-child.ts";
import { signedAsks } from "./signed-requests.ts";

/**
 * `node --import tsx bench/profile-http.ts [role] [seconds]`: one of bench/http.ts's servers (`minimal`,
 * `safir`, `safir-nocache`; default `safir-nocache`) under `node --cpu-prof`, loaded with the benchmark's
 * eight signed /ask bodies (32 connections, 2 s of warm-up, then `seconds`, default 8), then the profile
 * summed per function: microseconds of the server's main thread per request, self and total, start-up
 * included (it shows as module loading). Where the CPU of a request goes, as a place to start: the sampling
 * itself costs a little, so the figures run above bench:http's, and on a busy machine the time a sample
 * lands in a system call (writev) is over-counted.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const role = process.argv[2] ?? "safir-nocache";
const seconds = Number(process.argv[3] ?? 8);
const keys = generateSigningKeys();
const requests = signedAsks(keys.privateKey);

const dir = mkdtempSync(path.join(tmpdir(), "safir-profile-"));
const { child, port } = await startServerChild(
  path.join(ROOT, "bench/http.ts"),
  role,
  { BENCH_PUBLIC_KEY: keys.publicKeyHex },
  ROOT,
  ["--cpu-prof", `--cpu-prof-dir=${dir}`],
);
const load = (duration: number) =>
  autocannon({ url: `http://127.0.0.1:${port}`, connections: 32, duration, requests });
const warm = await load(2);
const measured = await load(seconds);
const served = warm.requests.total + measured.requests.total;
await stopServerChild(child);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
// A process with a loader thread writes one profile per thread: the main thread's is the largest.
const file = readdirSync(dir)
  .map((f) => path.join(dir, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n: ProfileNode) =>
  `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const micros = profile.timeDeltas[i] ?? 0;
  let id: number | undefined = profile.samples[i]!;
  const leaf = name(byId.get(id)!);
  self.set(leaf, (self.get(leaf) ?? 0) + micros);
  const seen = new Set<string>();
  for (; id !== undefined; id = parent.get(id)) {
    const key = name(byId.get(id)!);
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + micros);
  }
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / served).toFixed(1).padStart(8)}  ${k}`)
    .join("\n");
process.stdout.write(
  [
    `${role}: ${Math.round(measured.requests.total / measured.duration)} req/s under the profiler, ${served} requests in all (non-2xx: ${warm.non2xx + measured.non2xx}); profile ${file}`,
    "µs/request, self:",
    top(self, 30),
    "µs/request, total (with callees):",
    top(total, 40),
    "",
  ].join("\n"),
);
