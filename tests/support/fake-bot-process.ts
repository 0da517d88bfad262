import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Settings a developer's shell or .env might carry that would change what a spawned bot does. */
const NEUTRAL: Record<string, string> = {
  DISCORD_TOKEN: "",
  DISCORD_API_URL: "",
  DISCORD_SHARDS: "",
  DISCORD_SHARD_IDS: "",
  DISCORD_SHARD_COUNT: "",
  DISCORD_CLIENT_ID: "",
  DISCORD_GUILD_ID: "",
  COOLDOWN_USES: "",
  COOLDOWN_SECONDS: "",
  CONTENT_DIR: "content",
  LOG_LEVEL: "info",
  DEBUG: "",
};

export interface BotProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Parsed JSON log lines from stderr. */
  logs(): Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/**
 * Runs `node dist/safir.js <command>` from the project root, as `npm start` / `npm run deploy` do, with an
 * environment that is explicit about every setting (dotenv does not override variables that are set).
 */
export function spawnSafir(command: string, env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, [path.join(ROOT, "dist/safir.js"), command], {
    cwd: ROOT,
    env: { ...process.env, ...NEUTRAL, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let out = "";
  let err = "";
  child.stdout?.setEncoding("utf8").on("data", (s: string) => {
    out += s;
  });
  child.stderr?.setEncoding("utf8").on("data", (s: string) => {
    err += s;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("close", (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    logs: () =>
      err
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
    exited,
  };
}

/** Kills whatever is still running (and its shard children, by process group where possible). */
export async function killAll(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("close", () => resolve());
          child.kill("SIGKILL");
        }),
    ),
  );
}
