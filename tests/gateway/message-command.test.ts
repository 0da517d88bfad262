import path from "node:path";
import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  GatewayIntentBits,
  InteractionResponseType,
  Locale,
  MessageFlags,
} from "discord-api-types/v10";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { type GatewayClient, startGatewayClient } from "../../src/gateway/client.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import {
  channelMessage,
  chatInput,
  fakeUser,
  messageCommand,
  opt,
  snowflake,
} from "../support/fake-interactions.ts";
import { recordingLogger } from "../support/fake-logger.ts";

/** "Answer with Safir" and DMs / group DMs through the real discord.js client and the fake Discord. */
const CONTENT = path.resolve(import.meta.dirname, "../../content");
let fake: FakeDiscord;
let bot: GatewayClient;
const log = recordingLogger();

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const app = await createApp({ contentDir: CONTENT });
  bot = await startGatewayClient({
    token: fake.token,
    apiUrl: fake.apiUrl,
    log,
    handle: (interaction) => app.dispatcher.handle(interaction),
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

afterEach(() => {
  expect(fake.errors).toEqual([]);
});

async function answer(interaction: Parameters<FakeDiscord["interact"]>[0]) {
  const body: APIInteractionResponse = await fake.interact(interaction);
  expect(interactionResponseProblems(body)).toEqual([]);
  expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  return (body as { data: APIInteractionResponseCallbackData }).data;
}
const ephemeral = (d: APIInteractionResponseCallbackData) => ((d.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const someone = () => fakeUser(snowflake(), "member");

describe("Answer with Safir over the gateway", () => {
  it("still asks for no privileged intent: the message text comes with the interaction", () => {
    expect(fake.identifies[0]!.intents).toBe(GatewayIntentBits.Guilds);
  });

  it("answers in the channel under a quote of the question, pinging only the message's author", async () => {
    const author = fakeUser(snowflake(), "asker");
    const target = channelMessage(
      "what does the source say about **artificial intelligence**? <@&123456789012345678>",
      author,
    );
    const d = await answer(messageCommand(target, { user: someone() }));
    expect(ephemeral(d)).toBe(false);
    expect(d.content).toBe(
      `<@${author.id}> asked:\n> what does the source say about \\*\\*artificial intelligence\\*\\*? <\u200b@\u200b&123456789012345678\\>`,
    );
    expect(d.allowed_mentions).toEqual({ parse: [], users: [author.id] });
    expect(d.embeds).toHaveLength(1);
  });

  it("a long question is quoted short, on one line", async () => {
    const long = `How does the nation counter terrorism?\n${"And what about the wider region? ".repeat(40)}`;
    const d = await answer(messageCommand(channelMessage(long), { user: someone() }));
    const quote = d.content!.split("\n")[1]!;
    expect(d.content!.split("\n")).toHaveLength(2);
    expect(quote.length).toBeLessThanOrEqual(2 + 200);
    expect(quote.endsWith("…")).toBe(true);
  });

  it("a message with no text gets a private explanation in the member's language", async () => {
    const d = await answer(
      messageCommand(channelMessage(""), { user: someone(), locale: Locale.Indonesian }),
    );
    expect(ephemeral(d)).toBe(true);
    expect(d.content).toMatch(/^Pesan itu tidak berisi teks/);
    const onlyLink = await answer(
      messageCommand(channelMessage("https://example.org/x.png <@123456789012345678>"), { user: someone() }),
    );
    expect(ephemeral(onlyLink)).toBe(true);
  });

  it("no confident answer stays private: the areas, no quote, nobody pinged", async () => {
    const d = await answer(
      messageCommand(channelMessage("lol same, see you at the match tonight"), { user: someone() }),
    );
    expect(ephemeral(d)).toBe(true);
    expect(d.content).toBeUndefined();
    expect(d.allowed_mentions).toEqual({ parse: [] });
  });
});

describe("DMs and group DMs over the gateway", () => {
  it("/ask and the message command work in the bot's DMs and in a group DM, with no member or guild", async () => {
    for (const where of [{ dm: true }, { groupDm: true }]) {
      const ask = chatInput("ask", [opt.string("question", "artificial intelligence")], {
        ...where,
        user: someone(),
      });
      expect(ask.member).toBeUndefined();
      expect(ask.guild_id).toBeUndefined();
      expect((await answer(ask)).embeds).toHaveLength(1);
      const author = fakeUser(snowflake(), "friend");
      const menu = await answer(
        messageCommand(channelMessage("how does it counter terrorism?", author), {
          ...where,
          user: someone(),
        }),
      );
      expect(menu.allowed_mentions).toEqual({ parse: [], users: [author.id] });
    }
  });
});
