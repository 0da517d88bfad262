import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterAll, describe, expect, it } from "vitest";
import { LINE_MAX_BYTES } from "../../src/console/lines.ts";
import { killChildren, PROJECT_ROOT, SAFIR, STACK_FRAME } from "../fixtures/spawn.ts";

/**
 * Issue 13, item 6: the console and `ask --json` died with a raw stack trace on a line of ~512 MiB
 * (`npm start < /dev/zero`). The line is now skipped as it streams by, with a clear message, and the
 * next line is answered. The 512 MiB are generated on the fly, never held in memory.
 */
const HUGE = 512 * 1024 * 1024;
const CHUNK = Buffer.alloc(1024 * 1024, "a");

function hugeLineThen(after: string): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent < HUGE) {
        sent += CHUNK.length;
        this.push(CHUNK);
      } else {
        this.push(`\n${after}`);
        this.push(null);
      }
    },
  });
}

async function run(args: string[], input: Readable) {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: "content" };
  delete env.DISCORD_TOKEN;
  delete env.DEBUG;
  const child = spawn(process.execPath, [SAFIR, ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
  await pipeline(input, child.stdin).catch(() => {});
  return { code: await closed, stdout, stderr };
}

afterAll(killChildren);

describe("item 6: a 512 MiB line is skipped with a clear message, and reading goes on", () => {
  it("console (`npm start` with piped input)", async () => {
    const { code, stdout, stderr } = await run(["start"], hugeLineThen("/about\n"));
    expect(stdout).toContain(
      `That line is ${HUGE} bytes long; lines of at most ${LINE_MAX_BYTES} bytes are read.`,
    );
    expect(stdout).toContain("> /about");
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(code).toBe(0);
  }, 120_000);

  it("`ask --json`: one JSON line per input line, an error for the long one", async () => {
    const { code, stdout, stderr } = await run(["ask", "--json"], hugeLineThen("economic sanctions\n"));
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ query: null, error: expect.stringContaining(`${HUGE} bytes`) });
    expect(lines[1]).toMatchObject({ query: "economic sanctions" });
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(code).toBe(0);
  }, 120_000);
});
