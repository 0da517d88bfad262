import type { APIInteraction } from "discord-api-types/v10";
import type { App } from "../core.ts";
import { parseInteractionBody, REFUSAL } from "../http/signature-rules.ts";
import { importPublicKey, verifyRequest } from "./verify.ts";

/**
 * Discord's interactions over the Fetch API: the Node server's rules (src/http/server.ts) for a Worker.
 * Any path is the endpoint; POST only (405 otherwise), the body limit (413), the signature (401 for any bad
 * or stale one), then JSON (400), then the same dispatcher and the same replies.
 */
export interface WorkerSettings {
  publicKey: string;
  maxAgeSeconds: number;
  bodyLimitBytes: number;
  now: () => number;
}

const JSON_HEADERS = { "content-type": "application/json" };

const reply = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { ...JSON_HEADERS, ...headers } });

export async function handleInteractionRequest(
  request: Request,
  app: App,
  settings: WorkerSettings,
): Promise<Response> {
  if (request.method !== "POST") return reply(405, REFUSAL[405], { allow: "POST" });
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > settings.bodyLimitBytes) return reply(413, REFUSAL[413]);
  const body = await readLimited(request, settings.bodyLimitBytes);
  if (!body) return reply(413, REFUSAL[413]);
  const verdict = await verifyRequest(
    await importPublicKey(settings.publicKey),
    request.headers.get("x-signature-ed25519"),
    request.headers.get("x-signature-timestamp"),
    body,
    settings.now(),
    settings.maxAgeSeconds,
  );
  if (!verdict.ok) return reply(401, REFUSAL[401]);
  // Only now, with the bytes proven to come from Discord, is the body parsed.
  const payload = parseInteractionBody(new TextDecoder().decode(body));
  if (!payload) return reply(400, REFUSAL[400]);
  const { response } = app.dispatcher.handle(payload as APIInteraction);
  return reply(200, JSON.stringify(response));
}

/** The body's bytes, or undefined as soon as it passes the limit (a chunked upload declares no length). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
