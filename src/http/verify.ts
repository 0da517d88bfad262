import { createPublicKey, type KeyObject, verify } from "node:crypto";

/**
 * Discord's request signing: an Ed25519 signature (`X-Signature-Ed25519`, hex) over the timestamp header
 * (`X-Signature-Timestamp`, unix seconds) followed by the raw body bytes. Discord probes endpoints with bad
 * signatures and drops those that accept them, so every way a request can fail is a rejection here.
 */

// The DER header of an SPKI Ed25519 public key; Node imports raw keys only through a DER or JWK wrapper.
const SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;
const TIMESTAMP = /^\d{1,12}$/;

export type SignatureFailure = "missing" | "malformed" | "stale" | "invalid";
export const SIGNATURE_FAILURES: readonly SignatureFailure[] = ["missing", "malformed", "stale", "invalid"];

export type Verdict = { ok: true } | { ok: false; reason: SignatureFailure };

/** Builds the key once: creating a KeyObject per request would cost more than the verification itself. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("the public key must be 64 hexadecimal characters");
  return createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

export interface VerifierOptions {
  publicKey: KeyObject;
  /** Timestamps further than this from now, in either direction, are refused (replay protection). */
  maxAgeSeconds: number;
  now: () => number;
}

export function createVerifier(options: VerifierOptions) {
  const { publicKey, maxAgeSeconds, now } = options;
  return function check(
    signature: string | string[] | undefined,
    timestamp: string | string[] | undefined,
    body: Buffer,
  ): Verdict {
    if (typeof signature !== "string" || typeof timestamp !== "string" || !signature || !timestamp)
      return { ok: false, reason: "missing" };
    if (!SIGNATURE_HEX.test(signature) || !TIMESTAMP.test(timestamp))
      return { ok: false, reason: "malformed" };
    // The clock first: it is free, while a verification costs tens of microseconds. Every failure gets the
    // same 401, so the order tells a caller nothing.
    if (Math.abs(now() / 1000 - Number(timestamp)) > maxAgeSeconds) return { ok: false, reason: "stale" };
    const signed = Buffer.concat([Buffer.from(timestamp, "latin1"), body]);
    if (!verify(null, signed, publicKey, Buffer.from(signature, "hex")))
      return { ok: false, reason: "invalid" };
    return { ok: true };
  };
}

export type Verifier = ReturnType<typeof createVerifier>;
