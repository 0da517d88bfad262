import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePing } from "../../src/http/samples.ts";
import { signatureHeaders } from "../../src/http/signing.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { type Harness, send, startHarness, testKeys } from "../support/sign.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ bodyLimitBytes: 4096 });
});
afterAll(() => h.close());

const UNAUTHORIZED = '{"error":"invalid request signature"}';

function expect401(reply: { status: number; text: string; headers: Record<string, unknown> }) {
  expect(reply.status).toBe(401);
  expect(reply.text).toBe(UNAUTHORIZED);
  expect(reply.headers["content-type"]).toBe("application/json");
}

describe("POST /interactions: Discord's request signing", () => {
  it('answers a signed PING with exactly {"type":1}', async () => {
    const reply = await h.post(samplePing());
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("application/json");
    expect(reply.text).toBe('{"type":1}');
    expect(interactionResponseProblems(JSON.parse(reply.text))).toEqual([]);
  });

  it("refuses a request without signature headers", async () => {
    expect401(await send(h.url, { method: "POST", body: JSON.stringify(samplePing()) }));
    const body = JSON.stringify(samplePing());
    const signed = await h.post(body);
    expect(signed.status).toBe(200);
    // Each header alone is not enough.
    expect401(await h.post(body, { headers: { "x-signature-ed25519": "" } }));
    expect401(await h.post(body, { headers: { "x-signature-timestamp": "" } }));
  });

  it("refuses a bad signature, a malformed one, and one from another key", async () => {
    const body = JSON.stringify(samplePing());
    expect401(await h.post(body, { headers: { "x-signature-ed25519": "0".repeat(128) } }));
    expect401(await h.post(body, { headers: { "x-signature-ed25519": "not-hex" } }));
    expect401(await h.post(body, { key: testKeys().privateKey }));
  });

  it("refuses a signed body with one byte changed", async () => {
    const body = Buffer.from(JSON.stringify(samplePing()));
    const headers = signatureHeaders(h.keys.privateKey, body, Math.floor(h.clock.now / 1000));
    expect((await send(h.url, { method: "POST", headers, body })).status).toBe(200);
    // Flip one digit of the id: still valid JSON, still a PING, no longer what was signed.
    const changed = Buffer.from(body);
    const at = changed.indexOf('"id":"') + 7;
    changed[at] = changed[at] === 0x31 ? 0x32 : 0x31;
    expect(JSON.parse(changed.toString()).type).toBe(1);
    expect401(await send(h.url, { method: "POST", headers, body: changed }));
  });

  it("refuses stale and future timestamps beyond SIGNATURE_MAX_AGE_SECONDS", async () => {
    const now = Math.floor(h.clock.now / 1000);
    expect401(await h.post(samplePing(), { timestamp: now - 301 }));
    expect401(await h.post(samplePing(), { timestamp: now + 301 }));
    expect((await h.post(samplePing(), { timestamp: now - 299 })).status).toBe(200);
    // A request signed now goes stale when the (injected) clock moves on.
    const body = JSON.stringify(samplePing());
    const headers = signatureHeaders(h.keys.privateKey, body, now);
    expect((await send(h.url, { method: "POST", headers, body })).status).toBe(200);
    h.clock.now += 10 * 60_000;
    try {
      expect401(await send(h.url, { method: "POST", headers, body }));
    } finally {
      h.clock.now -= 10 * 60_000;
    }
  });

  it("refuses a body over the limit with 413, declared or streamed", async () => {
    const big = JSON.stringify({ ...samplePing(), pad: "x".repeat(10_000) });
    const declared = await h.post(big);
    expect(declared.status).toBe(413);
    expect(declared.text).toBe('{"error":"request body too large"}');
    const streamed = await new Promise<number>((resolve, reject) => {
      // No Content-Length: chunked, so only counting while reading can catch it.
      import("node:http").then(({ request }) => {
        const req = request(h.url, { method: "POST", headers: { "transfer-encoding": "chunked" } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.write(big.slice(0, 3000));
        req.write(big.slice(3000, 6000));
        req.end(big.slice(6000));
      });
    });
    expect(streamed).toBe(413);
    // The server is still fine afterwards.
    expect((await h.post(samplePing())).status).toBe(200);
  });

  it("answers 400 to a validly signed body that is not an interaction", async () => {
    for (const body of ["{not json", "[1,2]", '"ping"', '{"type":"1"}', "null", ""]) {
      const reply = await h.post(body);
      expect(reply.status, body).toBe(400);
      expect(reply.headers["content-type"]).toBe("application/json");
    }
  });

  it("never parses an unsigned body: invalid JSON without a signature is 401, not 400", async () => {
    expect401(await send(h.url, { method: "POST", body: "{not json" }));
  });

  it("answers 405 with Allow: POST to other methods on the interactions path", async () => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      const reply = await send(h.url, { method });
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe("POST");
      expect(reply.headers["content-type"]).toBe("application/json");
    }
    expect((await send(`${h.base}/healthz`, { method: "POST" })).status).toBe(405);
  });

  it("answers 404 to unknown paths, and the path is matched exactly", async () => {
    for (const p of ["/", "/interaction", "/interactions/extra", "/admin"]) {
      const reply = await send(`${h.base}${p}`, { method: "POST" });
      expect(reply.status, p).toBe(404);
      expect(reply.headers["content-type"]).toBe("application/json");
    }
    // A query string does not change the path.
    expect((await send(`${h.url}?x=1`, { method: "GET" })).status).toBe(405);
  });
});

describe("GET /healthz and /metrics", () => {
  it("reports health with the entries loaded", async () => {
    const reply = await send(`${h.base}/healthz`);
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("application/json");
    const body = JSON.parse(reply.text);
    expect(body).toMatchObject({ status: "ok", entries: h.app.index.entries.length });
    // More than the six area entries: the topics are loaded too.
    expect(body.entries).toBeGreaterThan(6);
    expect(typeof body.version).toBe("string");
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it("exposes Prometheus metrics that move with requests", async () => {
    const read = async () => {
      const reply = await send(`${h.base}/metrics`);
      expect(reply.status).toBe(200);
      expect(reply.headers["content-type"]).toMatch(/^text\/plain/);
      return reply.text;
    };
    const value = (text: string, series: string) => {
      const line = text.split("\n").find((l) => l.startsWith(`${series} `));
      return line ? Number(line.slice(series.length + 1)) : 0;
    };
    const before = await read();
    expect(value(before, "safir_entries_loaded")).toBe(h.app.index.entries.length);
    expect(before).toContain("safir_process_cpu_user_seconds_total");
    expect(before).toContain("safir_nodejs_eventloop_lag_seconds");

    await h.post(samplePing());
    await h.post(samplePing());
    await h.post(samplePing(), { headers: { "x-signature-ed25519": "0".repeat(128) } });
    await send(h.url, { method: "POST", body: "{}" });
    await h.post("{oops");

    const after = await read();
    const ping = 'safir_interactions_total{kind="ping",name="ping",result="ok"}';
    expect(value(after, ping) - value(before, ping)).toBe(2);
    const invalid = 'safir_signature_failures_total{reason="invalid"}';
    expect(value(after, invalid) - value(before, invalid)).toBe(1);
    const missing = 'safir_signature_failures_total{reason="missing"}';
    expect(value(after, missing) - value(before, missing)).toBe(1);
    const bad = 'safir_http_rejected_total{status="400"}';
    expect(value(after, bad) - value(before, bad)).toBe(1);
    const count = 'safir_interaction_duration_seconds_count{kind="ping"}';
    expect(value(after, count) - value(before, count)).toBe(2);
  });

  it("keeps each server's metrics to itself", async () => {
    const other = await startHarness();
    try {
      const ping = async (base: string) =>
        Number(
          (await send(`${base}/metrics`)).text.match(
            /safir_interactions_total\{kind="ping",name="ping",result="ok"\} (\d+)/,
          )?.[1] ?? 0,
        );
      const mine = await ping(h.base);
      await other.post(samplePing());
      expect(await ping(other.base)).toBe(1);
      expect(await ping(h.base)).toBe(mine);
    } finally {
      await other.close();
    }
  });
});
