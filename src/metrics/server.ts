import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { capConnections, promptTimeouts } from "../http/guard.ts";
import type { Logger } from "../log.ts";

export interface Health {
  /** 200 when true; 503 otherwise, so an orchestrator waits (or restarts) until the bot is ready. */
  ok: boolean;
  body: Record<string, unknown>;
}

export interface ProbeServerOptions {
  host: string;
  port: number;
  health(): Health | Promise<Health>;
  metrics(): Promise<{ contentType: string; body: string }>;
  log: Logger;
  /** Open connections at most; past it the oldest is closed (default 64: probes and a scraper need few). */
  maxConnections?: number;
}

export interface ProbeServer {
  /** e.g. http://127.0.0.1:9464 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * `GET /healthz` and `GET /metrics` on their own port, for a transport that has no HTTP server of its own
 * (the gateway). Nothing else is served; the port stays on 127.0.0.1 unless METRICS_HOST says otherwise.
 */
export async function startProbeServer(options: ProbeServerOptions): Promise<ProbeServer> {
  const { log } = options;
  // The same guards as the interactions endpoint: prompt timeouts, and slow clients cannot crowd out a probe.
  const server = createServer(promptTimeouts(10_000, 15_000), (req, res) => {
    route(req, res).catch((err: unknown) => {
      log.error({ err, path: req.url }, "health or metrics request failed");
      if (!res.headersSent) send(res, 500, "application/json", '{"error":"internal error"}');
      else res.destroy();
    });
  });
  capConnections(server, options.maxConnections ?? 64);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/healthz" && path !== "/metrics")
      return send(res, 404, "application/json", '{"error":"not found"}');
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "application/json", '{"error":"method not allowed"}', ["allow", "GET, HEAD"]);
    if (path === "/healthz") {
      const health = await options.health();
      return send(res, health.ok ? 200 : 503, "application/json", JSON.stringify(health.body));
    }
    const { contentType, body } = await options.metrics();
    send(res, 200, contentType, body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string, extra: string[] = []): void {
  res.writeHead(status, ["content-type", type, "content-length", String(Buffer.byteLength(body)), ...extra]);
  res.end(body);
}
