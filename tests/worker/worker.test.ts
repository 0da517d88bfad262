import path from "node:path";
import type { APIInteractionResponse } from "discord-api-types/v10";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import {
  sampleAsk,
  sampleAutocomplete,
  sampleCommand,
  sampleComponent,
  samplePing,
  sampleUser,
} from "../../src/http/samples.ts";
import { signatureHeaders } from "../../src/http/signing.ts";
import { handleInteractionRequest } from "../../src/worker/handler.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { CONTENT_DIR, ROOT, send, testKeys } from "../support/sign.ts";

/**
 * dist/worker.js (built by tests/support/build.ts, as `npm run build:worker` builds it) in Cloudflare's own
 * runtime, workerd, through Miniflare, offline: signed requests over a real socket, replies checked against
 * Discord's OpenAPI description and against the Node core's reply to the same interaction.
 */
const keys = testKeys();
let mf: Miniflare;
let url: URL;
let node: App;

beforeAll(async () => {
  mf = new Miniflare({
    modules: true,
    scriptPath: path.join(ROOT, "dist/worker.js"),
    compatibilityDate: "2026-04-01",
    // The cooldown is per isolate; off here so the many requests of one sample user all get answers.
    bindings: { DISCORD_PUBLIC_KEY: keys.publicKeyHex, COOLDOWN_USES: "0", BODY_LIMIT_BYTES: "4096" },
    host: "127.0.0.1",
    port: 0,
  });
  url = new URL("/interactions", await mf.ready);
  node = await createApp({ contentDir: CONTENT_DIR, memoSize: 0 });
}, 60_000);

afterAll(async () => {
  await mf?.dispose();
});

function post(body: unknown, sign: { timestamp?: number; headers?: Record<string, string> } = {}) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const headers = {
    "content-type": "application/json",
    // A new connection each time: a refused upload leaves its connection closing, not reusable.
    connection: "close",
    ...signatureHeaders(keys.privateKey, raw, sign.timestamp ?? Math.floor(Date.now() / 1000)),
    ...sign.headers,
  };
  return send(url.href, { method: "POST", headers, body: raw });
}

/** The Worker's reply: 200, valid by Discord's schema, and the same as the Node core gives. */
async function interact(interaction: Parameters<App["dispatcher"]["handle"]>[0]) {
  const reply = await post(interaction);
  expect(reply.status, reply.text).toBe(200);
  expect(reply.headers["content-type"]).toBe("application/json");
  const body = JSON.parse(reply.text) as APIInteractionResponse;
  expect(interactionResponseProblems(body)).toEqual([]);
  expect(body).toEqual(JSON.parse(JSON.stringify(node.dispatcher.handle(interaction).response)));
  return body;
}

describe("the Cloudflare Worker (dist/worker.js in workerd)", () => {
  it('answers a signed PING with {"type":1}, at any path', async () => {
    expect((await post(samplePing())).text).toBe('{"type":1}');
    const elsewhere = await send(new URL("/any/path", url).href, {
      method: "POST",
      headers: { "content-type": "application/json", ...signatureHeaders(keys.privateKey, '{"type":1}') },
      body: '{"type":1}',
    });
    expect(elsewhere.status).toBe(200);
  });

  it("answers every command like the Node server", async () => {
    const ask = await interact(sampleAsk("how does it counter terrorism?"));
    expect(JSON.stringify(ask)).toContain("Cooperation against terrorism");
    await interact(sampleAsk("the best pizza recipe"));
    // Only the question classifier answers this one: the Worker reads the model trained at build time.
    const unsure = await interact(sampleAsk("do they go after armed groups that are not countries"));
    expect(JSON.stringify(unsure)).toContain("Countering threats");
    await interact(sampleAsk("sanctions", { private: true }));
    await interact(sampleCommand("topic", [{ name: "name", value: "countering-terrorism" }]));
    await interact(sampleCommand("topic", [{ name: "name", value: "no such thing" }]));
    await interact(sampleCommand("topics"));
    const about = await interact(sampleCommand("about"));
    expect(JSON.stringify(about)).toMatch(/\d+\.\d+\.\d+/);
    await interact(sampleCommand("frobnicate"));
  });

  it("answers autocomplete, with at most 25 choices", async () => {
    const body = await interact(sampleAutocomplete("topic", "name", "terr"));
    expect(body.type).toBe(8);
    const empty = await interact(sampleAutocomplete("topic", "name", ""));
    expect((empty as { data: { choices: unknown[] } }).data.choices.length).toBeLessThanOrEqual(25);
  });

  it("answers the components: the topic menu, the post button, and unknown ones", async () => {
    await interact(
      sampleComponent({ customId: "safir:open", values: ["countering-terrorism"], messageFlags: 64 }),
    );
    await interact(sampleComponent({ customId: "safir:open", values: ["countering-terrorism"] }));
    await interact(sampleComponent({ customId: "safir:post:countering-terrorism", messageFlags: 64 }));
    await interact(sampleComponent({ customId: "safir:explode", user: sampleUser("1200000000000000009") }));
  });
});

describe("the Worker's refusals: the Node server's rules", () => {
  const UNAUTHORIZED = '{"error":"invalid request signature"}';

  it("401 without signature headers, with a malformed or wrong signature, and for a changed body", async () => {
    const body = JSON.stringify(samplePing());
    const plain = await send(url.href, {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    });
    expect([plain.status, plain.text]).toEqual([401, UNAUTHORIZED]);
    const bad: Record<string, string>[] = [
      { "x-signature-ed25519": "" },
      { "x-signature-timestamp": "" },
      { "x-signature-ed25519": "not-hex" },
      { "x-signature-ed25519": "0".repeat(128) },
    ];
    for (const headers of bad) {
      const r = await post(body, { headers });
      expect([r.status, r.text]).toEqual([401, UNAUTHORIZED]);
    }
    const other = testKeys();
    const forged = await send(url.href, {
      method: "POST",
      headers: signatureHeaders(other.privateKey, body),
      body,
    });
    expect(forged.status).toBe(401);
    const headers = signatureHeaders(keys.privateKey, body);
    const changed = body.replace('"type":1', '"type": 1');
    expect((await send(url.href, { method: "POST", headers, body: changed })).status).toBe(401);
  });

  it("401 for a stale or future timestamp", async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await post(samplePing(), { timestamp: now - 301 })).status).toBe(401);
    expect((await post(samplePing(), { timestamp: now + 301 })).status).toBe(401);
  });

  it("400 for a signed body that is not an interaction", async () => {
    for (const body of ["not json", "[1,2]", '{"type":"1"}', "null"]) {
      const r = await post(body);
      expect([r.status, r.text]).toEqual([400, '{"error":"invalid JSON body"}']);
    }
  });

  it("405 for other methods, saying which one is allowed", async () => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      // A declared empty body: without one, Node streams a PUT chunked, racing the refusal.
      const r = await send(url.href, {
        method,
        headers: { connection: "close", "content-length": "0" },
        body: "",
      });
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe("POST");
    }
  });

  // Last of the requests to this Worker: an upload refused unread leaves workerd resetting connections for a moment.
  it("413 over the size limit, declared or streamed without a length", async () => {
    const big = JSON.stringify({ ...samplePing(), pad: "x".repeat(10_000) });
    const declared = await post(big);
    expect([declared.status, declared.text]).toEqual([413, '{"error":"request body too large"}']);
    // A streamed body declares no length: the Worker counts the bytes as they come. Checked on the
    // Worker's own handler (the code bundled into dist/worker.js), because over a socket the refusal races
    // the rest of the upload and the client may see the connection close instead of the status.
    const chunks = Array.from({ length: 10 }, () => new TextEncoder().encode("x".repeat(1000)));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const streamed = await handleInteractionRequest(
      new Request("http://worker/interactions", {
        method: "POST",
        body: stream,
        duplex: "half",
      } as RequestInit),
      node,
      { publicKey: keys.publicKeyHex, maxAgeSeconds: 300, bodyLimitBytes: 4096, now: Date.now },
    );
    expect([streamed.status, await streamed.text()]).toEqual([413, '{"error":"request body too large"}']);
    expect(chunks.length).toBeGreaterThan(0); // it stopped reading, rather than taking the whole upload
  });

  it("500 with a clear log line when DISCORD_PUBLIC_KEY is missing, never an open endpoint", async () => {
    const bare = new Miniflare({
      modules: true,
      scriptPath: path.join(ROOT, "dist/worker.js"),
      compatibilityDate: "2026-04-01",
    });
    try {
      const r = await bare.dispatchFetch("http://localhost/interactions", {
        method: "POST",
        body: JSON.stringify(samplePing()),
      });
      expect(r.status).toBe(500);
      expect(await r.text()).not.toContain('"type":1');
    } finally {
      await bare.dispose();
    }
  }, 60_000);
});
