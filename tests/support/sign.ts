import type { KeyObject } from "node:crypto";
import { request } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIInteractionResponse } from "discord-api-types/v10";
import { type App, createApp } from "../../src/app.ts";
import {
  createInteractionServer,
  type InteractionServer,
  type InteractionServerConfig,
} from "../../src/http/server.ts";
import { generateSigningKeys, type SigningKeys, signatureHeaders } from "../../src/http/signing.ts";
import type { Logger } from "../../src/log.ts";
import type { StoreHandle } from "../../src/store/types.ts";

/** Signing and request helpers for the HTTP transport tests: a real key pair, real signatures, real sockets. */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CONTENT_DIR = path.join(ROOT, "content");

export type TestKeys = SigningKeys;

/** A fresh pair per call, generated with Node's own Ed25519. */
export const testKeys = (): TestKeys => generateSigningKeys();

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A plain HTTP request over node:http (fetch hides the status of a refused upload behind an error). */
export function send(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? "GET", headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      res.on("error", reject);
    });
    // A server refusing an upload may close while the body is still going out; the response already came.
    req.on("error", reject);
    if (opts.body !== undefined) req.end(opts.body);
    else req.end();
  });
}

export interface Harness {
  app: App;
  http: InteractionServer;
  url: string;
  base: string;
  keys: TestKeys;
  /** The server's clock, in milliseconds; tests move it to make timestamps stale without waiting. */
  clock: { now: number };
  /** POST a body signed now (by the harness clock) with the harness key, or as `sign` says. */
  post(
    body: unknown,
    sign?: { timestamp?: number; key?: KeyObject; headers?: Record<string, string> },
  ): Promise<Reply>;
  /** POST an interaction and return its parsed response body (status must be 200). */
  interact(interaction: unknown): Promise<APIInteractionResponse>;
  close(): Promise<void>;
}

export async function startHarness(
  opts: {
    cooldown?: { uses: number; windowMs: number };
    bodyLimitBytes?: number;
    log?: Logger;
    /** Connection cap and timeouts, where a test needs other than the defaults. */
    server?: Partial<
      Pick<InteractionServerConfig, "maxConnections" | "headersTimeoutMs" | "requestTimeoutMs">
    >;
    store?: StoreHandle;
    /** Default: the shipped content. */
    contentDir?: string;
  } = {},
): Promise<Harness> {
  const clock = { now: Date.UTC(2026, 0, 15, 12, 0, 0) };
  const now = () => clock.now;
  const app = await createApp({
    contentDir: opts.contentDir ?? CONTENT_DIR,
    cooldown: opts.cooldown ?? { uses: 0, windowMs: 0 },
    now,
    ...(opts.log ? { log: opts.log } : {}),
    ...(opts.store ? { store: opts.store } : {}),
  });
  const keys = testKeys();
  const http = createInteractionServer({
    app,
    config: {
      publicKey: keys.publicKeyHex,
      port: 0,
      host: "127.0.0.1",
      path: "/interactions",
      maxAgeSeconds: 300,
      bodyLimitBytes: opts.bodyLimitBytes ?? 262_144,
      ...opts.server,
    },
    now,
    ...(opts.log ? { log: opts.log } : {}),
  });
  const { url, port } = await http.listen();
  const base = `http://127.0.0.1:${port}`;
  const post: Harness["post"] = (body, sign = {}) => {
    const raw = typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    const headers = {
      "content-type": "application/json",
      ...signatureHeaders(sign.key ?? keys.privateKey, raw, sign.timestamp ?? Math.floor(clock.now / 1000)),
      ...sign.headers,
    };
    return send(url, { method: "POST", headers, body: raw });
  };
  return {
    app,
    http,
    url,
    base,
    keys,
    clock,
    post,
    async interact(interaction) {
      const reply = await post(interaction);
      if (reply.status !== 200) throw new Error(`expected 200, got ${reply.status}: ${reply.text}`);
      return JSON.parse(reply.text) as APIInteractionResponse;
    },
    async close() {
      await http.close(1000);
    },
  };
}
