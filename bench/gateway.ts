import { readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { APIInteraction } from "discord-api-types/v10";
import { createApp } from "../src/app.ts";
import { startGatewayClient } from "../src/gateway/client.ts";
import { silentLogger } from "../src/log.ts";
import { spawnSafir } from "../tests/support/fake-bot-process.ts";
import { FakeDiscord } from "../tests/support/fake-discord.ts";
import {
  autocomplete,
  chatInput,
  fakeUser,
  opt,
  selectPick,
  snowflake,
} from "../tests/support/fake-interactions.ts";

/**
 * The gateway transport against the local fake Discord: interaction-to-callback latency (from the fake
 * sending INTERACTION_CREATE to it receiving the POST /callback, through the real discord.js client, the
 * core and discord.js's REST client) and the idle RSS of the real `npm start` process once logged in.
 * The fake validates every callback against Discord's OpenAPI schema, which is part of the measured time.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface GatewayBench {
  n: number;
  medianMs: number;
  p99Ms: number;
  idleRssMb: number;
}

const QUESTIONS = [
  "how does it counter terrorism?",
  "what about sanctions",
  "alliances and cooperation with partners",
  "artificial intelligence",
  "joint military exercises",
  "best pizza recipe",
];

function mix(i: number): APIInteraction {
  const where = { user: fakeUser(snowflake()) };
  switch (i % 5) {
    case 0:
    case 1:
      return chatInput("ask", [opt.string("question", QUESTIONS[i % QUESTIONS.length]!)], where);
    case 2:
      return autocomplete("topic", [opt.string("name", ["pea", "def", "sanc", ""][i % 4]!, true)], where);
    case 3:
      return selectPick("safir:open", ["overview"], { ...where, messageFlags: 64 });
    default:
      return chatInput("topics", [], where);
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function latency(n: number): Promise<{ medianMs: number; p99Ms: number }> {
  const fake = await FakeDiscord.start();
  const app = await createApp({ contentDir: path.join(ROOT, "content") });
  const bot = await startGatewayClient({
    token: fake.token,
    apiUrl: fake.apiUrl,
    log: silentLogger,
    handle: (i) => app.dispatcher.handle(i),
  });
  try {
    for (let i = 0; i < 30; i++) await fake.interact(mix(i)); // warm-up: JIT, schema compilation, sockets
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const interaction = mix(i);
      const t = performance.now();
      await fake.interact(interaction);
      times.push(performance.now() - t);
    }
    if (fake.errors.length > 0)
      throw new Error(`the fake Discord refused answers: ${fake.errors.join(" | ")}`);
    times.sort((a, b) => a - b);
    return { medianMs: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) };
  } finally {
    await bot.stop();
    await fake.close();
  }
}

async function idleRss(): Promise<number> {
  const fake = await FakeDiscord.start();
  const bot = spawnSafir("start", {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: "warn",
  });
  try {
    await fake.waitForIdentifies(1, 60_000);
    await sleep(3000); // let start-up garbage be collected and the heartbeat settle
    const status = readFileSync(`/proc/${bot.child.pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return round(kb / 1024);
  } finally {
    bot.child.kill("SIGTERM");
    await bot.exited;
    await fake.close();
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

export async function benchGateway(n = 500): Promise<GatewayBench> {
  const { medianMs, p99Ms } = await latency(n);
  const idleRssMb = await idleRss();
  return { n, medianMs, p99Ms, idleRssMb };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchGateway().then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (err: unknown) => {
      process.stderr.write(`gateway benchmark failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
