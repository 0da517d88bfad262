import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { createDispatcher } from "../../src/interactions/dispatch.ts";
import { recordingLogger } from "../support/fake-logger.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";
import { arbitraryInteraction, expectReplyForType, typeOf } from "../support/arbitrary-interactions.ts";
import { type Harness, startHarness } from "../support/sign.ts";

/**
 * Issue 13, items 7 and 8: an interaction that cannot be read got a type 4 reply even for autocomplete
 * (Discord rejects it), and `"id": {"toString": 1}` made the dispatcher throw (HTTP 500). Property tests
 * over arbitrary payloads of every type: the dispatcher never throws and always answers in the form the
 * interaction's type needs; the HTTP server answers 400 or such a reply, never 500.
 */
const app = await createApp({ contentDir: `${PROJECT_ROOT}/content` });
const RUNS = 800;

describe("items 7 and 8: the dispatcher never throws, and answers each type as Discord requires", () => {
  it("arbitrary payloads of every type: a reply valid for the type, never an exception", () => {
    fc.assert(
      fc.property(arbitraryInteraction, (payload) => {
        const { response } = app.dispatcher.handle(payload);
        expectReplyForType(typeOf(payload), response);
      }),
      { numRuns: RUNS },
    );
  });

  it("the red team's cases: id {toString: 1} with data null, and unreadable autocompletes", () => {
    const log = recordingLogger();
    const d = createDispatcher({ services: app.services, log });
    const cases: unknown[] = [
      { id: { toString: 1 }, type: 2, data: null },
      { id: "1", type: 4, data: null, user: { id: "2" } },
      { id: "1", type: 4, data: { name: "topic", options: "x" }, user: { id: "2" } },
      { id: "1", type: 4, data: { name: "topic", options: [] } },
      { id: { toString: 1 }, type: 4, data: null },
    ];
    for (const c of cases) expectReplyForType(typeOf(c), d.handle(c).response);
    expect(d.handle(cases[1]).response).toEqual({ type: 8, data: { choices: [] } });
    // Each is one bounded warning, not an error with a stack.
    expect(log.entries.filter((e) => e.level === "error")).toEqual([]);
  });
});

describe("item 8: the HTTP server answers 400 or a reply valid for the type, never 500", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it("arbitrary signed payloads", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryInteraction, async (payload) => {
        const reply = await h.post(JSON.stringify(payload) ?? "null");
        const type = typeOf(payload);
        if (type === undefined) {
          expect(reply.status).toBe(400);
          return;
        }
        expect(reply.status).toBe(200);
        expectReplyForType(type, JSON.parse(reply.text));
      }),
      { numRuns: 300 },
    );
  });

  it('the red team\'s case: "id": {"toString": 1} with data null is a 200 notice, not a 500', async () => {
    const reply = await h.post('{"id":{"toString":1},"type":2,"data":null}');
    expect(reply.status).toBe(200);
    expectReplyForType(2, JSON.parse(reply.text));
  });
});
