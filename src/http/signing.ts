import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from "node:crypto";

/**
 * The client side of Discord's request signing, for trying the server locally (`npm run keygen`,
 * `npm run sign-request`), the tests and the benchmark. In production only Discord holds the private key.
 */
export interface SigningKeys {
  /** What the server is given as DISCORD_PUBLIC_KEY: the raw 32-byte Ed25519 public key, hex. */
  publicKeyHex: string;
  /** The raw 32-byte Ed25519 private seed, hex. Local testing only. */
  privateKeyHex: string;
  privateKey: KeyObject;
}

const hexFromBase64Url = (s: string) => Buffer.from(s, "base64url").toString("hex");

export function generateSigningKeys(): SigningKeys {
  const { privateKey } = generateKeyPairSync("ed25519");
  return keysOf(privateKey);
}

export function signingKeysFromHex(privateKeyHex: string): SigningKeys {
  if (!/^[0-9a-fA-F]{64}$/.test(privateKeyHex))
    throw new Error("the private key must be 64 hexadecimal characters (as printed by npm run keygen)");
  // Node has no raw import for Ed25519: the JWK form needs the public half, so derive it via PKCS#8.
  const der = Buffer.concat([
    Buffer.from("302e020100300506032b657004220420", "hex"),
    Buffer.from(privateKeyHex, "hex"),
  ]);
  return keysOf(createPrivateKey({ key: der, format: "der", type: "pkcs8" }));
}

function keysOf(privateKey: KeyObject): SigningKeys {
  const jwk = privateKey.export({ format: "jwk" });
  if (!jwk.x || !jwk.d) throw new Error("not an Ed25519 private key");
  return { publicKeyHex: hexFromBase64Url(jwk.x), privateKeyHex: hexFromBase64Url(jwk.d), privateKey };
}

export interface SignatureHeaders {
  "x-signature-ed25519": string;
  "x-signature-timestamp": string;
  [name: string]: string;
}

/** Headers that make `body` a request Discord could have sent at `timestampSeconds`. */
export function signatureHeaders(
  privateKey: KeyObject,
  body: string | Buffer,
  timestampSeconds: number = Math.floor(Date.now() / 1000),
): SignatureHeaders {
  const timestamp = String(timestampSeconds);
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), bytes]), privateKey).toString("hex");
  return { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp };
}
