import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { InteractionResponseType, MessageFlags } from "discord-api-types/v10";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { type GatewayClient, startGatewayClient } from "../../src/gateway/client.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import {
  autocomplete,
  buttonPress,
  channelMessage,
  chatInput,
  fakeUser,
  messageCommand,
  opt,
  selectPick,
  snowflake,
} from "../support/fake-interactions.ts";
import { recordingLogger } from "../support/fake-logger.ts";

/**
 * Handlers are synchronous today, but the transport must still meet Discord's 3-second window if one is
 * ever slow: here every answer takes 300 ms and the deferral threshold is 50 ms, so each interaction is
 * deferred first and completed through the interaction webhook.
 */
const CONTENT = path.resolve(import.meta.dirname, "../../content");
let fake: FakeDiscord;
let bot: GatewayClient;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const app = await createApp({ contentDir: CONTENT });
  bot = await startGatewayClient({
    token: fake.token,
    apiUrl: fake.apiUrl,
    log: recordingLogger(),
    deferAfterMs: 50,
    handle: async (interaction) => {
      await sleep(300);
      return app.dispatcher.handle(interaction);
    },
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

afterEach(() => {
  expect(fake.errors).toEqual([]);
});

describe("a slow answer is deferred, then delivered through the webhook", () => {
  it("a public command: type 5, then the original response is edited", async () => {
    const i = chatInput("ask", [opt.string("question", "artificial intelligence")]);
    const deferral = await fake.interact(i);
    expect(deferral).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    expect(interactionResponseProblems(deferral)).toEqual([]);
    const [edit] = await fake.waitForWebhook(i.id);
    expect(edit).toMatchObject({ method: "PATCH", target: "original" });
    expect(edit!.body?.embeds).toHaveLength(1);
    expect(edit!.body?.allowed_mentions).toEqual({ parse: [] });
    expect(edit!.body?.flags).toBeUndefined();
  });

  it("a private command defers privately, so the answer stays private", async () => {
    const i = chatInput("ask", [
      opt.string("question", "artificial intelligence"),
      opt.boolean("private", true),
    ]);
    const deferral = await fake.interact(i);
    expect(deferral).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const [edit] = await fake.waitForWebhook(i.id);
    expect(edit).toMatchObject({ method: "PATCH", target: "original" });
  });

  it("a private answer to a public deferral replaces it with a private follow-up", async () => {
    const i = chatInput("no-such-command");
    await fake.interact(i);
    const calls = await fake.waitForWebhook(i.id, 2);
    expect(calls.map((c) => `${c.method} ${c.target}`)).toEqual(["DELETE original", "POST followup"]);
    expect(calls[1]!.body?.flags).toBe(MessageFlags.Ephemeral);
  });

  it("Answer with Safir: a public answer edits the deferral, still pinging only the author", async () => {
    const author = fakeUser(snowflake(), "asker");
    const i = messageCommand(channelMessage("how does it counter terrorism?", author));
    expect(await fake.interact(i)).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
    });
    const [edit] = await fake.waitForWebhook(i.id);
    expect(edit).toMatchObject({ method: "PATCH", target: "original" });
    expect(edit!.body?.allowed_mentions).toEqual({ parse: [], users: [author.id] });
    expect(edit!.body?.content).toMatch(new RegExp(`^<@${author.id}> asked:\n> `));
  });

  it("Answer with Safir on a message with no text: the deferral gives way to a private follow-up", async () => {
    const i = messageCommand(channelMessage(""), { dm: true });
    await fake.interact(i);
    const calls = await fake.waitForWebhook(i.id, 2);
    expect(calls.map((c) => `${c.method} ${c.target}`)).toEqual(["DELETE original", "POST followup"]);
    expect(calls[1]!.body?.flags).toBe(MessageFlags.Ephemeral);
  });

  it("a component defers as an update; an update then edits the component's message", async () => {
    const i = selectPick("safir:open", ["overview"], { messageFlags: MessageFlags.Ephemeral });
    expect(await fake.interact(i)).toEqual({ type: InteractionResponseType.DeferredMessageUpdate });
    const [edit] = await fake.waitForWebhook(i.id);
    expect(edit).toMatchObject({ method: "PATCH", target: "original" });
  });

  it("a component whose answer is a new message gets it as a follow-up", async () => {
    const i = buttonPress("safir:post:overview", { messageFlags: MessageFlags.Ephemeral });
    expect(await fake.interact(i)).toEqual({ type: InteractionResponseType.DeferredMessageUpdate });
    const [follow] = await fake.waitForWebhook(i.id);
    expect(follow).toMatchObject({ method: "POST", target: "followup" });
    expect(follow!.body?.content).toMatch(/^Shared by/);
  });

  it("autocomplete cannot be deferred: it gets an empty list in time", async () => {
    const body = await fake.interact(autocomplete("topic", [opt.string("name", "peace", true)]));
    expect(body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });
});
