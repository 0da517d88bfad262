import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { samplePing } from "../../src/http/samples.ts";
import { signatureHeaders } from "../../src/http/signing.ts";
import { ROOT, testKeys } from "../support/sign.ts";

/** `npm run serve` as a user runs it: a child process, configured only through its environment. */

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Every variable the server reads is set here (empty = unset), so a developer's .env cannot leak in.
const BASE_ENV = {
  DISCORD_PUBLIC_KEY: "",
  PORT: "0",
  HOST: "127.0.0.1",
  INTERACTIONS_PATH: "",
  SIGNATURE_MAX_AGE_SECONDS: "",
  BODY_LIMIT_BYTES: "",
  LOG_LEVEL: "info",
  CONTENT_DIR: "",
  COOLDOWN_USES: "",
  COOLDOWN_SECONDS: "",
  DEBUG: "",
};

function collect(child: ChildProcess): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

function npmServe(env: Record<string, string>): Promise<Ran> {
  const child = spawn("npm", ["run", "--silent", "serve"], {
    cwd: ROOT,
    env: { ...process.env, ...BASE_ENV, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return collect(child);
}

/** The problem lines of the output, without npm's own warnings about the machine's npm configuration. */
const problems = (r: Ran) =>
  r.stderr
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("npm warn"))
    .join("\n");

describe("npm run serve: configuration errors", () => {
  it("names a missing DISCORD_PUBLIC_KEY in one line and exits 1", async () => {
    const r = await npmServe({});
    expect(r.code).toBe(1);
    expect(problems(r)).toMatch(
      /^\s+- DISCORD_PUBLIC_KEY is not set: copy the Public Key from the Developer Portal/m,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("names a malformed DISCORD_PUBLIC_KEY without echoing it, and exits 1", async () => {
    const bad = `zz${"ab".repeat(31)}`;
    const r = await npmServe({ DISCORD_PUBLIC_KEY: bad });
    expect(r.code).toBe(1);
    expect(problems(r)).toMatch(/^\s+- DISCORD_PUBLIC_KEY must be 64 hexadecimal characters/m);
    expect(r.stderr).not.toContain(bad);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("names a bad PORT too, in the same report", async () => {
    const r = await npmServe({ DISCORD_PUBLIC_KEY: testKeys().publicKeyHex, PORT: "http" });
    expect(r.code).toBe(1);
    expect(problems(r)).toMatch(/PORT is 'http': it must be a whole number from 0 to 65535/);
  });
});

describe("npm run serve: graceful shutdown", () => {
  it("on SIGTERM finishes the request in flight, logs no key material, and exits 0", async () => {
    const keys = testKeys();
    const child = spawn(process.execPath, [path.join(ROOT, "dist/safir.js"), "serve"], {
      cwd: ROOT,
      env: { ...process.env, ...BASE_ENV, DISCORD_PUBLIC_KEY: keys.publicKeyHex, LOG_LEVEL: "debug" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const done = collect(child);
    const url = await new Promise<string>((resolve, reject) => {
      let seen = "";
      child.stderr?.on("data", (c: Buffer) => {
        seen += c.toString();
        const m = seen.match(/"url":"(http:[^"]+)"/);
        if (m?.[1]) resolve(m[1]);
      });
      child.on("close", () => reject(new Error(`server exited early:\n${seen}`)));
    });

    const body = Buffer.from(JSON.stringify(samplePing()));
    const headers = signatureHeaders(keys.privateKey, body);
    // Half a request is on the wire when the signal arrives; the other half follows after.
    const reply = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        url,
        { method: "POST", headers: { ...headers, "content-length": String(body.length) } },
        (res) => {
          let text = "";
          res.on("data", (c: Buffer) => {
            text += c.toString();
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.write(body.subarray(0, 10));
      req.on("socket", (s) =>
        s.on("connect", () =>
          setTimeout(() => {
            child.kill("SIGTERM");
            setTimeout(() => req.end(body.subarray(10)), 300);
          }, 200),
        ),
      );
    });
    const answered = await reply;
    expect(answered).toEqual({ status: 200, text: '{"type":1}' });
    const ran = await done;
    expect(ran.code).toBe(0);
    expect(ran.stderr).toMatch(/"msg":"shutting down: draining requests in flight"/);
    expect(ran.stderr).toMatch(/"msg":"stopped"/);
    // The answer was given after the signal, not before it.
    const signalled = ran.stderr.indexOf('"msg":"shutting down');
    const answeredAt = ran.stderr.search(/"kind":"ping".*"msg":"interaction"/);
    expect(signalled).toBeGreaterThan(-1);
    expect(answeredAt).toBeGreaterThan(signalled);
    expect(ran.stderr).not.toContain(keys.publicKeyHex);
    expect(ran.stderr).not.toContain(headers["x-signature-ed25519"]);
  });
});

describe("the README's local walk-through: keygen, serve, sign-request", () => {
  it("works in a folder with no .env, against a real server, with no network", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "safir-http-"));
    // Run from that folder, as a user would run the installed `safir` command.
    // Both keys must come from the .env that keygen writes, so neither may be set in the environment.
    const { DISCORD_PUBLIC_KEY: _public, ...base } = BASE_ENV;
    const { LOCAL_SIGNING_KEY: _private, DISCORD_PUBLIC_KEY: _inherited, ...inherited } = process.env;
    const env = { ...inherited, ...base, CONTENT_DIR: path.join(ROOT, "content") };
    const node = (command: string, args: string[] = [], extra: Record<string, string> = {}) =>
      spawn(process.execPath, [path.join(ROOT, "dist/safir.js"), command, ...args], {
        cwd: dir,
        env: { ...env, ...extra },
        stdio: ["ignore", "pipe", "pipe"],
      });
    let server: ChildProcess | undefined;
    try {
      const keygen = await collect(node("keygen"));
      expect(keygen.code).toBe(0);
      const dotenv = readFileSync(path.join(dir, ".env"), "utf8");
      const publicKey = dotenv.match(/^DISCORD_PUBLIC_KEY=([0-9a-f]{64})$/m)?.[1];
      const privateKey = dotenv.match(/^LOCAL_SIGNING_KEY=([0-9a-f]{64})$/m)?.[1];
      expect(publicKey).toBeDefined();
      expect(keygen.stdout).toContain(publicKey);
      // The private half stays in .env.
      expect(keygen.stdout + keygen.stderr).not.toContain(privateKey);

      server = node("serve");
      const port = await new Promise<string>((resolve, reject) => {
        let seen = "";
        server?.stderr?.on("data", (c: Buffer) => {
          seen += c.toString();
          const m = seen.match(/"url":"http:\/\/127\.0\.0\.1:(\d+)\/interactions"/);
          if (m?.[1]) resolve(m[1]);
        });
        server?.on("close", () => reject(new Error(`server exited early:\n${seen}`)));
      });
      const ping = await collect(node("sign-request", ["ping"], { PORT: port }));
      expect(ping.stdout).toContain("HTTP 200");
      expect(JSON.parse(ping.stdout.slice(ping.stdout.indexOf("{")))).toEqual({ type: 1 });
      expect(ping.code).toBe(0);
      const ask = await collect(
        node("sign-request", ["ask", "how does it counter terrorism?"], { PORT: port }),
      );
      expect(ask.stdout).toContain("Cooperation against terrorism");
      expect(ask.code).toBe(0);
    } finally {
      if (server && server.exitCode === null) {
        const closed = new Promise((r) => server?.on("close", r));
        server.kill("SIGTERM");
        await closed;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
