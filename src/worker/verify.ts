import { precheckSignature, type Verdict } from "../http/signature-rules.ts";

/**
 * Discord's signature check with WebCrypto's Ed25519, as Cloudflare Workers provide it: the same rules as the
 * Node server (src/http/verify.ts), without node:crypto.
 */
type CryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

const keys = new Map<string, Promise<CryptoKey>>();

function bytesFromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Imported once per isolate and key: importing costs more than a verification. */
export function importPublicKey(hex: string): Promise<CryptoKey> {
  let key = keys.get(hex);
  if (!key) {
    key = crypto.subtle.importKey("raw", bytesFromHex(hex), { name: "Ed25519" }, false, ["verify"]);
    keys.set(hex, key);
  }
  return key;
}

const encoder = new TextEncoder();

export async function verifyRequest(
  key: CryptoKey,
  signature: string | null,
  timestamp: string | null,
  body: Uint8Array,
  nowMs: number,
  maxAgeSeconds: number,
): Promise<Verdict> {
  const failed = precheckSignature(signature, timestamp, nowMs, maxAgeSeconds);
  if (failed) return failed;
  const prefix = encoder.encode(timestamp as string);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix, 0);
  signed.set(body, prefix.length);
  const ok = await crypto.subtle.verify({ name: "Ed25519" }, key, bytesFromHex(signature as string), signed);
  return ok ? { ok: true } : { ok: false, reason: "invalid" };
}
