import type { IncomingMessage } from "node:http";

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: "too-large" | "aborted" };

/**
 * The raw request body as bytes (the signature covers bytes, not a decoded string), refused as soon as it
 * passes `limit`: a declared Content-Length over the limit is refused before a byte is read, and a body
 * that grows past it while streaming stops being read at that point.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit)
    return Promise.resolve({ ok: false, reason: "too-large" });
  // Inline callbacks and a `settled` flag rather than named closures removed with off(): under tsx every
  // named closure costs a defineProperty per request, which showed in the load profile.
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        req.pause();
        resolve({ ok: false, reason: "too-large" });
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (settled) return;
      settled = true;
      resolve({ ok: true, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
    });
    req.on("error", () => {
      if (settled) return;
      settled = true;
      resolve({ ok: false, reason: "aborted" });
    });
  });
}
