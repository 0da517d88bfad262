import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ScaleChildOptions, ScaleSizeResult } from "./scale-child.ts";

const CHILD = fileURLToPath(new URL("scale-child.ts", import.meta.url));

export type ScaleOptions = Omit<ScaleChildOptions, "size"> & { sizes: number[] };

/** Each size in a fresh process with --expose-gc, one after another so they do not share the two cores. */
export async function runScale(
  opts: ScaleOptions,
  progress: (line: string) => void,
): Promise<ScaleSizeResult[]> {
  const out: ScaleSizeResult[] = [];
  for (const size of opts.sizes) {
    progress(`scale: ${size} entries…`);
    const { sizes: _, ...rest } = opts;
    out.push(await runChild({ ...rest, size }));
  }
  return out;
}

function runChild(opts: ScaleChildOptions): Promise<ScaleSizeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", CHILD, JSON.stringify(opts)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d;
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new Error(`the scale run for ${opts.size} entries failed (exit ${code}):\n${stderr.trim()}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout.trim().split("\n").pop() ?? "") as ScaleSizeResult);
      } catch {
        reject(new Error(`the scale run for ${opts.size} entries printed no result:\n${stdout}${stderr}`));
      }
    });
  });
}
