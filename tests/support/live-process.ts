import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface LiveProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Writes one line to the process's stdin. */
  send(line: string): void;
  /**
   * Resolves with the text of `stream` from `from` on, once `match` is found there; rejects after `timeoutMs`
   * (or when the process exits first) naming what it waited for and what it saw.
   */
  waitFor(stream: "stdout" | "stderr", match: RegExp, from?: number, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

/**
 * `node dist/safir.js <command>` from the project root with stdin left open, for tests that talk to a running
 * process (the console) or signal it, and watch what it prints. No DISCORD_TOKEN unless `env` sets one.
 */
export function startLive(command: string, env: Record<string, string>): LiveProcess {
  const merged: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "info", ...env };
  if (!env.DISCORD_TOKEN) delete merged.DISCORD_TOKEN;
  delete merged.DEBUG;
  const child = spawn(process.execPath, ["dist/safir.js", command], {
    cwd: ROOT,
    env: merged,
    stdio: ["pipe", "pipe", "pipe"],
  });
  running.add(child);
  const text = { stdout: "", stderr: "" };
  child.stdout?.setEncoding("utf8").on("data", (s: string) => {
    text.stdout += s;
  });
  child.stderr?.setEncoding("utf8").on("data", (s: string) => {
    text.stderr += s;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("close", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return {
    child,
    stdout: () => text.stdout,
    stderr: () => text.stderr,
    send(line) {
      child.stdin?.write(`${line}\n`);
    },
    waitFor(stream, match, from = 0, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const deadline = Date.now() + timeoutMs;
        const look = () => {
          const seen = text[stream].slice(from);
          if (match.test(seen)) return resolve(seen);
          if (child.exitCode !== null || Date.now() > deadline) {
            return reject(
              new Error(
                `waited for ${match} on ${stream}${child.exitCode !== null ? ` but the process exited (${child.exitCode})` : ""}; stdout:\n${text.stdout}\nstderr:\n${text.stderr}`,
              ),
            );
          }
          setTimeout(look, 25);
        };
        look();
      });
    },
    exited,
  };
}

/** For afterAll: stops whatever a failed test left running. */
export function stopLive(): void {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}
