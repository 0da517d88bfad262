import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { samplePing } from "../../src/http/samples.ts";
import { signatureHeaders } from "../../src/http/signing.ts";
import { send, startHarness } from "../support/sign.ts";

/** A raw socket, so a test can leave a request half-sent across the moment the server starts draining. */
function openSocket(port: number): Promise<{ socket: Socket; received: () => string; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    socket.on("data", (c) => {
      data += c.toString();
    });
    const ended = new Promise<void>((r) => socket.on("close", () => r()));
    socket.on("error", () => {});
    socket.once("connect", () => resolve({ socket, received: () => data, ended }));
    socket.once("error", reject);
  });
}

const nextTick = () => new Promise((r) => setTimeout(r, 50));

describe("graceful drain", () => {
  it("finishes requests in flight, refuses new connections, reports draining, then closes", async () => {
    const h = await startHarness();
    const port = Number(new URL(h.url).port);
    const body = JSON.stringify(samplePing());
    const headers = signatureHeaders(h.keys.privateKey, body, Math.floor(h.clock.now / 1000));

    // A: an interaction with its body half sent. B: a health check with its headers half sent.
    const a = await openSocket(port);
    a.socket.write(
      `POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n` +
        `X-Signature-Ed25519: ${headers["x-signature-ed25519"]}\r\nX-Signature-Timestamp: ${headers["x-signature-timestamp"]}\r\n\r\n` +
        body.slice(0, 10),
    );
    const b = await openSocket(port);
    b.socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
    await nextTick();

    let closed = false;
    const closing = h.http.close(5000).then((r) => {
      closed = true;
      return r;
    });
    await nextTick();
    expect(closed).toBe(false);
    await expect(send(`${h.base}/healthz`)).rejects.toThrow(/ECONNREFUSED/);

    b.socket.write("\r\n");
    a.socket.write(body.slice(10));
    await Promise.all([a.ended, b.ended]);
    expect(a.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(a.received()).toMatch(/\r\nconnection: close\r\n/i);
    expect(a.received().endsWith('{"type":1}')).toBe(true);
    expect(b.received()).toMatch(/^HTTP\/1\.1 503 /);
    expect(b.received()).toContain('"status":"draining"');
    expect(await closing).toEqual({ drained: true });
  });

  it("gives up on a stalled request after the timeout and closes it", async () => {
    const h = await startHarness();
    const port = Number(new URL(h.url).port);
    const stalled = await openSocket(port);
    stalled.socket.write("POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{");
    await nextTick();
    expect(await h.http.close(200)).toEqual({ drained: false });
    await stalled.ended;
    expect(stalled.received()).toBe("");
  });
});
