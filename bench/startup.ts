import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { median, ms } from "./stats.ts";

/**
 * Start-up and idle memory of the real entry point, dist/safir.js (what `npm start` and `npm run <command>`
 * run), each a fresh process as a user starts it: a one-shot `ask`, the console, the gateway bot (against the
 * local fake Discord) and the HTTP endpoint. "Ready" is the moment the process says so; idle RSS is read from
 * /proc after a second of quiet. A bare `node -e 0`, timed in the same run, is the yardstick: the targets are
 * ratios to it, so a slower or busier machine moves both sides.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SAFIR = path.join(ROOT, "dist/safir.js");

/** Settings a developer's shell or .env might carry that would change what the spawned process does. */
const NEUTRAL: Record<string, string> = {
  DISCORD_TOKEN: "",
  DISCORD_API_URL: "",
  DISCORD_SHARDS: "",
  DISCORD_SHARD_IDS: "",
  DISCORD_SHARD_COUNT: "",
  CONTENT_DIR: "content",
  LOG_LEVEL: "info",
  DEBUG: "",
};

export interface ModeFigures {
  mode: string;
  runs: number;
  /** What it must stay within, to show beside the figures. */
  target?: string;
  /** Process start to ready, median over the runs. */
  readyMs: number | null;
  idleRssMb: number | null;
  note?: string;
}

export interface StartupReport {
  /** `node -e 0`, spawn to exit, median: the yardstick. */
  bareNodeMs: number;
  coldAskMs: number;
  /** The same, for a question the words leave unsure: the question classifier is trained first. */
  coldAskClassifierMs: number;
  coldAskRuns: number;
  modes: ModeFigures[];
}

export async function runStartup(runs: number, progress: (s: string) => void): Promise<StartupReport> {
  if (!existsSync(SAFIR)) throw new Error("dist/safir.js is missing: run `npm run build` first");
  progress("start-up: bare node and one-shot ask…");
  const bare: number[] = [];
  const asks: number[] = [];
  const unsure: number[] = [];
  // Interleaved, so a burst of load on the shared machine hits all sides alike.
  for (let i = 0; i < runs; i++) {
    bare.push(await bareNode());
    asks.push(await coldAsk(SURE_QUESTION));
    unsure.push(await coldAsk(UNSURE_QUESTION));
  }
  const modes: ModeFigures[] = [];
  progress("start-up: console…");
  modes.push({
    ...(await repeat("console (npm start, no token)", runs, startConsole)),
    target: "ready ≤ 3×",
  });
  progress("start-up: HTTP endpoint…");
  modes.push({ ...(await repeat("HTTP endpoint (npm run serve)", runs, startHttp)), target: "RSS ≤ 80 MB" });
  progress("start-up: gateway bot against the fake Discord…");
  modes.push({ ...(await gatewayMode(runs)), target: "RSS ≤ 120 MB" });
  return {
    bareNodeMs: ms(median(bare)),
    coldAskMs: ms(median(asks)),
    coldAskClassifierMs: ms(median(unsure)),
    coldAskRuns: runs,
    modes,
  };
}

async function bareNode(): Promise<number> {
  const t = performance.now();
  const child = spawn(process.execPath, ["-e", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  const { code } = await exited(child);
  if (code !== 0) throw new Error(`node -e 0 exited with ${code}`);
  return performance.now() - t;
}

/** A question the words answer with confidence: the question classifier is not needed. */
const SURE_QUESTION = "how does it counter terrorism?";
/** A question the words cannot answer: the question classifier answers, its model read from the cache. */
const UNSURE_QUESTION = "do they go after armed groups that are not countries";

/** Wall time of `node dist/safir.js ask "…"`, from spawn to exit. */
async function coldAsk(question: string): Promise<number> {
  const t = performance.now();
  const child = spawnNode(["ask", question], {});
  const { code, stderr } = await exited(child);
  if (code !== 0) throw new Error(`ask exited with ${code}: ${stderr.trim()}`);
  return performance.now() - t;
}

interface Started {
  child: ChildProcess;
  readyMs: number;
}

async function repeat(mode: string, runs: number, start: () => Promise<Started>): Promise<ModeFigures> {
  const ready: number[] = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const { child, readyMs } = await start();
    try {
      ready.push(readyMs);
      // Memory once, after the last start: it barely moves between runs.
      if (i === runs - 1) rss = await idleRss(child);
    } finally {
      await stop(child);
    }
  }
  return { mode, runs, readyMs: ms(median(ready)), idleRssMb: rss };
}

/** The console is ready when it prints its banner; a first answer proves it. */
async function startConsole(): Promise<Started> {
  const t = performance.now();
  const child = spawnNode(["start"], {}, "pipe");
  await waitFor(child, "stderr", /starting the local console/);
  const readyMs = performance.now() - t;
  child.stdin?.write("what about sanctions?\n");
  await waitFor(child, "stdout", /\S/);
  return { child, readyMs };
}

async function startHttp(): Promise<Started> {
  const { generateSigningKeys } = await import("../src/http/signing.ts");
  const t = performance.now();
  const child = spawnNode(["serve"], {
    DISCORD_PUBLIC_KEY: generateSigningKeys().publicKeyHex,
    PORT: "0",
    HOST: "127.0.0.1",
  });
  await waitFor(child, "stderr", /listening for Discord interactions/);
  return { child, readyMs: performance.now() - t };
}

async function gatewayMode(runs: number): Promise<ModeFigures> {
  const mode = "gateway bot (npm start, fake Discord)";
  if (!existsSync(path.join(ROOT, "tests/support/fake-discord.ts"))) {
    return {
      mode,
      runs: 0,
      readyMs: null,
      idleRssMb: null,
      note: "tests/support/fake-discord.ts not built yet",
    };
  }
  const { FakeDiscord } = await import("../tests/support/fake-discord.ts");
  const fake = await FakeDiscord.start();
  try {
    return await repeat(mode, runs, async () => {
      const t = performance.now();
      const child = spawnNode(["start"], {
        DISCORD_TOKEN: fake.token,
        DISCORD_API_URL: fake.apiUrl,
      });
      await waitFor(child, "stderr", /gateway shard ready/);
      return { child, readyMs: performance.now() - t };
    });
  } finally {
    await fake.close();
  }
}

function spawnNode(args: string[], env: Record<string, string>, stdin: "ignore" | "pipe" = "ignore") {
  return spawn(process.execPath, [SAFIR, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...NEUTRAL, ...env },
    stdio: [stdin, "pipe", "pipe"],
  });
}

function waitFor(child: ChildProcess, stream: "stdout" | "stderr", pattern: RegExp, timeoutMs = 60_000) {
  return new Promise<void>((resolve, reject) => {
    let seen = "";
    const source = child[stream]!;
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(`no ${pattern} on ${stream} after ${timeoutMs} ms; it printed:\n${seen.slice(-2000)}`),
      );
    }, timeoutMs);
    const onData = (d: Buffer) => {
      seen += d.toString("utf8");
      if (pattern.test(seen)) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`the process exited (${code}) before ${pattern} on ${stream}:\n${seen.slice(-2000)}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      source.off("data", onData);
      child.off("exit", onExit);
    };
    source.on("data", onData);
    child.once("exit", onExit);
  });
}

/** VmRSS after a second of quiet; 0 where /proc is not available (not Linux). */
async function idleRss(child: ChildProcess): Promise<number> {
  await sleep(1000);
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 102.4) / 10;
  } catch {
    return 0;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.stdin?.end();
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await done;
  clearTimeout(timer);
}

function exited(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString("utf8");
  });
  child.stdout?.resume();
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, stderr })));
}
