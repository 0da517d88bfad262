import { type ChildProcess, spawn } from "node:child_process";

/**
 * Starts `script --serve <role>` in its own Node process (so each server measured has a core of its own to
 * compete for, as in production) and resolves with its port once it prints `READY <port>`.
 */
export function startServerChild(
  script: string,
  role: string,
  env: Record<string, string>,
  cwd: string,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", script, "--serve", role], {
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
