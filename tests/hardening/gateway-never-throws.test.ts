import path from "node:path";
import type { APIInteraction } from "discord-api-types/v10";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import type { Answered } from "../../src/gateway/answer.ts";
import { type GatewayClient, startGatewayClient } from "../../src/gateway/client.ts";
import { arbitraryTypedInteraction, expectReplyForType } from "../support/arbitrary-interactions.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import { autocomplete, chatInput } from "../support/fake-interactions.ts";
import { recordingLogger } from "../support/fake-logger.ts";

/**
 * Issue 13, item 8, gateway transport: `"id": {"toString": 1}` with `data: null` caused an unhandled
 * rejection and no callback. Over the fake Discord (which checks every callback against the interaction's
 * type and Discord's schema): arbitrary payloads with a usable id and token get a callback Discord accepts;
 * payloads without one are logged and dropped; nothing rejects unhandled.
 */
const CONTENT = path.resolve(import.meta.dirname, "../../content");
let fake: FakeDiscord;
let bot: GatewayClient;
const log = recordingLogger();
const answered: { interaction: APIInteraction; answered: Answered }[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (err: unknown) => unhandled.push(err);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  fake = await FakeDiscord.start();
  const app = await createApp({ contentDir: CONTENT });
  bot = await startGatewayClient({
    token: fake.token,
    apiUrl: fake.apiUrl,
    log,
    handle: (interaction) => app.dispatcher.handle(interaction),
    onAnswered: (interaction, a) => answered.push({ interaction, answered: a }),
  });
});

afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await bot?.stop();
  await fake?.close();
});

describe("item 8 (gateway): every interaction Discord could route gets a callback it accepts", () => {
  it("the red team's payload: id {toString: 1}, data null: logged and dropped, no unhandled rejection", async () => {
    const before = answered.length;
    const bad = { ...chatInput("ask", []), id: { toString: 1 }, data: null } as unknown as APIInteraction;
    fake.dispatchInteraction(bad, { register: false });
    // Nothing reaches the fake for this one (there is nowhere to answer): wait on the bot's own report.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (answered.length > before) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    expect(answered.at(-1)!.answered.delivery).toBe("failed");
    expect(log.entries.some((e) => e.level === "warn" && /cannot be answered/.test(e.msg ?? ""))).toBe(true);
    expect(unhandled).toEqual([]);
    expect(fake.errors).toEqual([]);
  });

  it("an autocomplete that cannot be read gets type 8 with no choices", async () => {
    const i = { ...autocomplete("topic", []), data: null } as unknown as APIInteraction;
    expect(await fake.interact(i)).toEqual({ type: 8, data: { choices: [] } });
    expect(fake.errors).toEqual([]);
  });

  it("arbitrary payloads of types 2–5, with a real id and token: a callback valid for the type", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryTypedInteraction([2, 3, 4, 5]), async (payload) => {
        // The id and token come from Discord's envelope: keep them routable, break everything else.
        const envelope = chatInput("ask", []);
        const i = {
          ...payload,
          id: envelope.id,
          token: envelope.token,
          application_id: envelope.application_id,
        } as unknown as APIInteraction;
        // One shard here; the fake would otherwise route by a guild_id that may itself be garbage.
        const response = await fake.interact(i, { shard: 0 });
        expectReplyForType(i.type, response);
        expect(fake.errors).toEqual([]);
      }),
      { numRuns: 60 },
    );
    expect(unhandled).toEqual([]);
  }, 120_000);
});
