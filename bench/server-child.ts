import { type ChildProcess, spawn } from "node:child_process";

/**
 * Starts `script --serve <role>` in its own Node process (so each server measured has a core of its own to
 * compete for, as in production) and resolves with its port once it prints `READY <port>`. `nodeArgs` go
 * to Node before the script (bench/profile-http.ts: `--cpu-prof`).
 */
export function startServerChild(
  script: string,
  role: string,
  env: Record<string, string>,
  cwd: string,
  nodeArgs: readonly string[] = [],
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script, "--serve", role], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const m = out.match(/READY (\d+)/);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.on("exit", (code) => reject(new Error(`the ${role} server exited early (code ${code})`)));
  });
}

/** Stops a server started by `startServerChild` and resolves once it has exited. */
export function stopServerChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
