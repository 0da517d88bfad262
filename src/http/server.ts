import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { App } from "../app.ts";
import { VERSION } from "../app.ts";
import type { HttpConfig } from "../config.ts";
import { boundedForLog } from "../interactions/ids.ts";
import { replyJson } from "../interactions/memo.ts";
import { type Logger, silentLogger } from "../log.ts";
import { readBody } from "./body.ts";
import { capConnections, promptTimeouts } from "./guard.ts";
import { createMetrics } from "./metrics.ts";
import { createVerifier, publicKeyFromHex } from "./verify.ts";

export type InteractionServerConfig = Pick<
  HttpConfig,
  "publicKey" | "port" | "host" | "path" | "maxAgeSeconds" | "bodyLimitBytes"
> &
  Partial<Pick<HttpConfig, "maxConnections" | "headersTimeoutMs" | "requestTimeoutMs">>;

export const HTTP_DEFAULTS = {
  maxConnections: 256,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
} as const;

export interface InteractionServerOptions {
  app: App;
  config: InteractionServerConfig;
  log?: Logger;
  /** Milliseconds since the epoch; injected so tests can move the clock instead of waiting. */
  now?: () => number;
}

export interface Listening {
  host: string;
  port: number;
  /** The interactions endpoint, e.g. http://127.0.0.1:8080/interactions. */
  url: string;
}

// Fixed bodies: a refusal says what kind of refusal it is and nothing more.
const BODY_401 = '{"error":"invalid request signature"}';
const BODY_400 = '{"error":"invalid JSON body"}';
const BODY_404 = '{"error":"not found"}';
const BODY_405 = '{"error":"method not allowed"}';
const BODY_413 = '{"error":"request body too large"}';
const BODY_500 = '{"error":"internal error"}';
const JSON_TYPE = "application/json";

/**
 * Discord's HTTP interactions transport: `POST <path>` (signature-checked, then handed to the same
 * dispatcher as the gateway), `GET /healthz` and `GET /metrics`. Stateless: any number of instances can
 * sit behind one load balancer.
 */
export function createInteractionServer(options: InteractionServerOptions) {
  const { app, config } = options;
  const log = options.log ?? silentLogger;
  const now = options.now ?? Date.now;
  const check = createVerifier({
    publicKey: publicKeyFromHex(config.publicKey),
    maxAgeSeconds: config.maxAgeSeconds,
    now,
  });
  const metrics = createMetrics({
    entries: () => app.index.entries.length,
    ...(app.store ? { store: () => app.store!.stats() } : {}),
  });
  const startedAt = now();
  let draining = false;
  let inFlight = 0;
  let onIdle: (() => void) | undefined;

  const headersTimeout = config.headersTimeoutMs ?? HTTP_DEFAULTS.headersTimeoutMs;
  const requestTimeout = config.requestTimeoutMs ?? HTTP_DEFAULTS.requestTimeoutMs;
  const maxConnections = config.maxConnections ?? HTTP_DEFAULTS.maxConnections;
  const server = createServer(
    {
      // A client that trickles its headers or body must not hold a socket (or a drain) for long.
      ...promptTimeouts(headersTimeout, requestTimeout),
      keepAliveTimeout: HTTP_DEFAULTS.keepAliveTimeoutMs,
    },
    (req, res) => {
      inFlight++;
      res.on("close", responseClosed);
      route(req, res).catch((err: unknown) => {
        log.error({ err, method: req.method, path: boundedForLog(req.url) }, "request failed");
        if (!res.headersSent) send(res, 500, BODY_500);
        else res.destroy();
      });
    },
  );

  capConnections(server, maxConnections, () => metrics.connectionShed());

  // One listener for every response (a response closes once), rather than a closure made per request.
  function responseClosed(): void {
    inFlight--;
    if (inFlight === 0) onIdle?.();
  }

  function send(res: ServerResponse, status: number, body: string, extra?: string[]): void {
    // A flat [name, value, …] list: Node writes it as is, without the per-key work an object takes.
    // Measured and encoded once, here: a string body would be measured, then joined to the headers and
    // flattened (one more copy of the reply) before Node encodes it.
    const bytes = Buffer.from(body, "utf8");
    const headers = ["content-type", JSON_TYPE, "content-length", String(bytes.length)];
    if (extra) for (const h of extra) headers.push(h);
    // While draining, tell keep-alive clients (and proxies) to take their next request elsewhere.
    if (draining && !extra?.includes("connection")) headers.push("connection", "close");
    res.writeHead(status, headers);
    res.end(bytes);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    if (path === config.path) {
      if (req.method !== "POST") return refuse(req, res, 405, BODY_405, ["allow", "POST"]);
      return interaction(req, res);
    }
    if (path === "/healthz" || path === "/metrics") {
      if (req.method !== "GET" && req.method !== "HEAD")
        return refuse(req, res, 405, BODY_405, ["allow", "GET, HEAD"]);
      if (path === "/healthz") {
        const body = JSON.stringify({
          status: draining ? "draining" : "ok",
          entries: app.index.entries.length,
          // Which version of the content this instance serves: after an edit, every instance should agree.
          contentHash: app.content.current.hash,
          version: VERSION,
          uptimeSeconds: Math.max(0, Math.round((now() - startedAt) / 1000)),
        });
        send(res, draining ? 503 : 200, body);
      } else {
        const { contentType, body } = await metrics.render();
        res.writeHead(200, { "content-type": contentType, "content-length": Buffer.byteLength(body) });
        res.end(body);
      }
      log.debug({ method: req.method, path, status: res.statusCode }, "request");
      return;
    }
    return refuse(req, res, 404, BODY_404);
  }

  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: string,
    headers: string[] = [],
  ): void {
    metrics.rejected(status);
    send(res, status, body, headers);
    log.debug({ method: req.method, path: boundedForLog(req.url), status }, "request refused");
  }

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const read = await readBody(req, config.bodyLimitBytes);
    if (!read.ok) {
      if (read.reason === "aborted") return;
      // The rest of the body is never read: close the connection rather than drain an oversized upload.
      refuse(req, res, 413, BODY_413, ["connection", "close"]);
      return;
    }
    const verdict = check(
      req.headers["x-signature-ed25519"],
      req.headers["x-signature-timestamp"],
      read.body,
    );
    if (!verdict.ok) {
      metrics.signatureFailure(verdict.reason);
      send(res, 401, BODY_401);
      log.debug(
        { method: req.method, path: boundedForLog(req.url), status: 401, reason: verdict.reason },
        "request refused",
      );
      return;
    }
    // Only now, with the bytes proven to come from Discord, is the body parsed.
    let parsed: unknown;
    try {
      parsed = JSON.parse(read.body.toString("utf8"));
    } catch {
      parsed = undefined;
    }
    // Not an interaction at all: a 400. Anything with a type gets the reply Discord accepts for that type,
    // however broken the rest (the dispatcher checks every field and never throws).
    const type =
      typeof parsed === "object" && parsed !== null ? (parsed as { type?: unknown }).type : undefined;
    if (typeof type !== "number" || !Number.isInteger(type)) return refuse(req, res, 400, BODY_400);
    const { response, outcome } = await app.dispatcher.dispatch(parsed);
    send(res, 200, replyJson(response));
    const seconds = (performance.now() - started) / 1000;
    metrics.interaction(outcome, seconds);
    // Built only when it is written: at the usual level (info) this line is dropped, object and all.
    if (log.isLevelEnabled?.("debug") !== false)
      log.debug(
        {
          interactionId: boundedForLog((parsed as { id?: unknown }).id),
          status: 200,
          ...outcome,
          ms: Math.round(seconds * 10_000) / 10,
        },
        "interaction",
      );
  }

  return {
    server,
    metrics,
    listen(): Promise<Listening> {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.port, config.host, () => {
          server.off("error", reject);
          const { port } = server.address() as AddressInfo;
          const host = config.host.includes(":") ? `[${config.host}]` : config.host;
          resolve({ host: config.host, port, url: `http://${host}:${port}${config.path}` });
        });
      });
    },
    /**
     * Stops accepting connections, lets requests in flight finish (up to `timeoutMs`), then closes whatever
     * is left. Health checks answer 503 meanwhile, so a load balancer stops routing here.
     */
    close(timeoutMs = 10_000): Promise<{ drained: boolean }> {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const idle = new Promise<boolean>((resolve) => {
        if (inFlight === 0) return resolve(true);
        const timer = setTimeout(() => resolve(false), timeoutMs);
        timer.unref();
        onIdle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      return idle.then(async (drained) => {
        server.closeAllConnections();
        await closed;
        return { drained };
      });
    },
  };
}

export type InteractionServer = ReturnType<typeof createInteractionServer>;
