/**
 * Discord's request signing, the part every transport shares (the Node server and the Worker): the header
 * shapes and the clock check, before the Ed25519 verification each does with its own crypto. Discord probes
 * endpoints with bad signatures and drops those that accept them, so every way a request can fail is a
 * rejection, and every rejection gets the same answer.
 */
export type SignatureFailure = "missing" | "malformed" | "stale" | "invalid";
export const SIGNATURE_FAILURES: readonly SignatureFailure[] = ["missing", "malformed", "stale", "invalid"];

export type Verdict = { ok: true } | { ok: false; reason: SignatureFailure };

const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;
const TIMESTAMP = /^\d{1,12}$/;

/**
 * Everything but the signature itself: returns the failure, or undefined when the signature should be
 * verified. The clock comes first: it is free, while a verification costs tens of microseconds.
 */
export function precheckSignature(
  signature: unknown,
  timestamp: unknown,
  nowMs: number,
  maxAgeSeconds: number,
): Verdict | undefined {
  if (typeof signature !== "string" || typeof timestamp !== "string" || !signature || !timestamp)
    return { ok: false, reason: "missing" };
  if (!SIGNATURE_HEX.test(signature) || !TIMESTAMP.test(timestamp)) return { ok: false, reason: "malformed" };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > maxAgeSeconds) return { ok: false, reason: "stale" };
  return undefined;
}

/** The fixed bodies of the refusals: a refusal says what kind of refusal it is and nothing more. */
export const REFUSAL = {
  400: '{"error":"invalid JSON body"}',
  401: '{"error":"invalid request signature"}',
  404: '{"error":"not found"}',
  405: '{"error":"method not allowed"}',
  413: '{"error":"request body too large"}',
  500: '{"error":"internal error"}',
} as const;

/** A verified body is an interaction when it is a JSON object with a numeric type; anything else is a 400. */
export function parseInteractionBody(text: string): { type: number } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof parsed === "object" &&
    parsed !== null &&
    typeof (parsed as { type?: unknown }).type === "number"
    ? (parsed as { type: number })
    : undefined;
}
