import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateKnowledgeBase, writeKnowledgeBase } from "./synthetic.ts";

const CHILD = fileURLToPath(new URL("content-child.ts", import.meta.url));

export interface ContentStart {
  entries: number;
  loadMs: number;
  indexMs: number;
  firstQuestionMs: number;
  heapMb: number;
  /** The process before loading (Node, tsx and the modules): what the peak is measured from. */
  startRssMb?: number;
  rssMb: number;
  peakRssMb: number;
}

export interface ContentReport {
  size: number;
  /** First start: no snapshot yet, the YAML is parsed and validated. */
  cold: ContentStart;
  /** Next start: the content is unchanged, so the snapshot is read. */
  warm: ContentStart;
}

/**
 * A synthetic knowledge base (bench/synthetic.ts) loaded and indexed as a start does it, each time in a fresh
 * process: first with no snapshot, then again with the snapshot the first start wrote.
 */
export async function runContent(size: number, progress: (s: string) => void): Promise<ContentReport> {
  const root = await mkdtemp(path.join(tmpdir(), `safir-content-${size}-`));
  try {
    progress(`content: writing ${size} synthetic entries…`);
    const dir = path.join(root, "content");
    await writeKnowledgeBase(dir, generateKnowledgeBase(size, 1).files);
    const cache = path.join(root, "cache");
    progress("content: first start (no snapshot)…");
    const cold = await child(dir, cache);
    progress("content: second start (snapshot)…");
    const warm = await child(dir, cache);
    return { size, cold, warm };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function child(dir: string, cache: string): Promise<ContentStart> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, ["--expose-gc", "--import", "tsx", CHILD, dir, cache], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    c.stdout.on("data", (d: Buffer) => (out += d));
    c.stderr.on("data", (d: Buffer) => (err += d));
    c.on("close", (code) => {
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        resolve(JSON.parse(out.trim().split("\n").pop() ?? "") as ContentStart);
      } catch {
        reject(new Error(`the content start failed (exit ${code}):\n${err}${out}`));
      }
    });
  });
}
