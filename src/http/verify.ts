import { createPublicKey, type KeyObject, verify } from "node:crypto";
import { precheckSignature, type Verdict } from "./signature-rules.ts";

export { SIGNATURE_FAILURES, type SignatureFailure, type Verdict } from "./signature-rules.ts";

/**
 * Discord's request signing: an Ed25519 signature (`X-Signature-Ed25519`, hex) over the timestamp header
 * (`X-Signature-Timestamp`, unix seconds) followed by the raw body bytes. Discord probes endpoints with bad
 * signatures and drops those that accept them, so every way a request can fail is a rejection here.
 */

// The DER header of an SPKI Ed25519 public key; Node imports raw keys only through a DER or JWK wrapper.
const SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

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
    const failed = precheckSignature(signature, timestamp, now(), maxAgeSeconds);
    if (failed) return failed;
    const signed = Buffer.concat([Buffer.from(timestamp as string, "latin1"), body]);
    if (!verify(null, signed, publicKey, Buffer.from(signature as string, "hex")))
      return { ok: false, reason: "invalid" };
    return { ok: true };
  };
}

export type Verifier = ReturnType<typeof createVerifier>;
