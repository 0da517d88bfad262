import { sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createVerifier, publicKeyFromHex } from "../../src/http/verify.ts";
import { testKeys } from "../support/sign.ts";

const NOW = 1_800_000_000_000;
const keys = testKeys();
const check = createVerifier({
  publicKey: publicKeyFromHex(keys.publicKeyHex),
  maxAgeSeconds: 300,
  now: () => NOW,
});
const body = Buffer.from('{"type":1,"id":"1"}');

function signed(ts: string, bytes: Buffer = body, key = keys.privateKey): string {
  return sign(null, Buffer.concat([Buffer.from(ts), bytes]), key).toString("hex");
}
const ts = String(NOW / 1000);

describe("Ed25519 request verification", () => {
  it("accepts a signature over timestamp + raw body, in upper or lower case hex", () => {
    expect(check(signed(ts), ts, body)).toEqual({ ok: true });
    expect(check(signed(ts).toUpperCase(), ts, body)).toEqual({ ok: true });
  });

  it("refuses a body with one byte changed", () => {
    const changed = Buffer.from(body);
    const at = changed.length - 2;
    changed[at] = changed[at]! ^ 1;
    expect(check(signed(ts), ts, changed)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a signature that covers the body but not the timestamp", () => {
    const other = String(NOW / 1000 - 1);
    expect(check(signed(other), ts, body)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a signature from another key", () => {
    expect(check(signed(ts, body, testKeys().privateKey), ts, body)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("tells missing from malformed headers", () => {
    expect(check(undefined, ts, body)).toEqual({ ok: false, reason: "missing" });
    expect(check(signed(ts), undefined, body)).toEqual({ ok: false, reason: "missing" });
    expect(check("", ts, body)).toEqual({ ok: false, reason: "missing" });
    expect(check([signed(ts)], ts, body)).toEqual({ ok: false, reason: "missing" });
    expect(check(signed(ts).slice(2), ts, body)).toEqual({ ok: false, reason: "malformed" });
    expect(check(`zz${signed(ts).slice(2)}`, ts, body)).toEqual({ ok: false, reason: "malformed" });
    expect(check(signed("1.5"), "1.5", body)).toEqual({ ok: false, reason: "malformed" });
    expect(check(signed("-1"), "-1", body)).toEqual({ ok: false, reason: "malformed" });
  });

  it("accepts timestamps up to the window either side and refuses beyond it", () => {
    for (const delta of [-300, 300]) {
      const t = String(NOW / 1000 + delta);
      expect(check(signed(t), t, body)).toEqual({ ok: true });
    }
    for (const delta of [-301, 301, -86_400]) {
      const t = String(NOW / 1000 + delta);
      expect(check(signed(t), t, body)).toEqual({ ok: false, reason: "stale" });
    }
  });

  it("builds the key from Discord's 64-hex form only", () => {
    expect(() => publicKeyFromHex("abc")).toThrow(/64 hexadecimal/);
    expect(publicKeyFromHex(keys.publicKeyHex).asymmetricKeyType).toBe("ed25519");
  });
});
