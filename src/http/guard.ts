import type { Server, ServerOptions } from "node:http";
import type { Socket } from "node:net";

/**
 * Header and request timeouts that fire on time. Node checks them only every `connectionsCheckingInterval`
 * (30 s by default), which let a 10 s limit fire after ~39 s: check often enough that each fires within a
 * quarter of its own length.
 */
export function promptTimeouts(headersTimeout: number, requestTimeout: number): ServerOptions {
  return {
    headersTimeout,
    requestTimeout: Math.max(requestTimeout, headersTimeout),
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4))),
  };
}

/**
 * At most `max` sockets at once, kept well under the process's file limit: past it, the oldest connection is
 * closed to make room for the new one. Slow clients (slowloris) can then only push each other out, while a
 * real request, answered in milliseconds, always gets a socket; a plain `server.maxConnections` would instead
 * refuse every newcomer, health checks included, once slow clients hold all the places.
 */
export function capConnections(server: Server, max: number, onShed: () => void = () => {}): void {
  const open = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    if (open.size >= max) {
      const oldest = open.values().next().value;
      if (oldest) {
        open.delete(oldest);
        oldest.destroy();
        onShed();
      }
    }
    open.add(socket);
    socket.once("close", () => open.delete(socket));
  });
}
