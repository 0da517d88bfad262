import path from "node:path";
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APIStringSelectComponent,
  ComponentType,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
} from "discord-api-types/v10";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { COMMANDS_BY_NAME } from "../../src/commands/index.ts";
import type { Command } from "../../src/commands/types.ts";
import { type GatewayClient, startGatewayClient } from "../../src/gateway/client.ts";
import { Cooldown } from "../../src/interactions/cooldown.ts";
import { createDispatcher } from "../../src/interactions/dispatch.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import {
  autocomplete,
  buttonPress,
  chatInput,
  fakeUser,
  type OnMessage,
  opt,
  selectPick,
  snowflake,
} from "../support/fake-interactions.ts";
import { recordingLogger } from "../support/fake-logger.ts";

/**
 * The real discord.js client, logged in to the fake Discord through DISCORD_API_URL's REST base and the
 * gateway that GET /gateway/bot names, answering INTERACTION_CREATE for every command and component.
 */
const CONTENT = path.resolve(import.meta.dirname, "../../content");

let fake: FakeDiscord;
let bot: GatewayClient;
const log = recordingLogger();

/** A different user for each interaction, so the cooldown only bites where a test means it to. */
const someone = (where: OnMessage = {}): OnMessage => ({ ...where, user: fakeUser(snowflake(), "someone") });

const boom: Command = {
  definition: { name: "boom", description: "Always fails." },
  execute() {
    throw new Error("the handler broke");
  },
};

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 250 });
  const app = await createApp({ contentDir: CONTENT });
  const dispatcher = createDispatcher({
    services: app.services,
    commands: new Map([...COMMANDS_BY_NAME, ["boom", boom]]),
    cooldown: new Cooldown({ uses: 3, windowMs: 60_000, now: Date.now }),
    log,
  });
  bot = await startGatewayClient({
    token: fake.token,
    apiUrl: fake.apiUrl,
    log,
    handle: (interaction) => dispatcher.handle(interaction),
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

afterEach(() => {
  expect(fake.errors).toEqual([]);
});

/** Sends the interaction, and checks the answer against Discord's schema and limits before returning it. */
async function ask(interaction: Parameters<FakeDiscord["interact"]>[0]): Promise<APIInteractionResponse> {
  const body = await fake.interact(interaction);
  expect(interactionResponseProblems(body)).toEqual([]);
  return body;
}

function dataOf(body: APIInteractionResponse): APIInteractionResponseCallbackData {
  expect("data" in body && body.data).toBeTruthy();
  return (body as { data: APIInteractionResponseCallbackData }).data;
}

function components(data: APIInteractionResponseCallbackData) {
  const rows = (data.components ?? []) as APIActionRowComponent<APIComponentInMessageActionRow>[];
  return rows.flatMap((r) => r.components);
}

const selects = (d: APIInteractionResponseCallbackData) =>
  components(d).filter((c): c is APIStringSelectComponent => c.type === ComponentType.StringSelect);
const buttons = (d: APIInteractionResponseCallbackData) =>
  components(d).filter((c): c is APIButtonComponent => c.type === ComponentType.Button);
const isEphemeral = (d: APIInteractionResponseCallbackData) =>
  ((d.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe("gateway login", () => {
  it("identifies as one shard with only the Guilds intent, and heartbeats are acknowledged", async () => {
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]!.shard).toEqual([0, 1]);
    expect(fake.identifies[0]!.intents).toBe(GatewayIntentBits.Guilds);
    await fake.waitFor("a heartbeat", () => (fake.heartbeats > 0 ? true : undefined));
    expect(bot.client.isReady()).toBe(true);
    const gatewayBot = fake.requests.find((r) => r.path === "/api/v10/gateway/bot");
    expect(gatewayBot?.authorized).toBe("bot");
  });
});

describe("/ask", () => {
  it("posts a confident answer publicly, pinging nobody", async () => {
    const body = await ask(chatInput("ask", [opt.string("question", "artificial intelligence")], someone()));
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = dataOf(body);
    expect(isEphemeral(data)).toBe(false);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds?.[0]?.title).toMatch(/artificial intelligence/i);
    expect(buttons(data)).toEqual([]);
  });

  it("offers the other good matches in a select menu", async () => {
    const body = await ask(chatInput("ask", [opt.string("question", "what about defence?")], someone()));
    const data = dataOf(body);
    expect(data.embeds?.[0]?.title).toMatch(/defence/i);
    const [select] = selects(data);
    expect(select?.custom_id).toBe("safir:open");
    expect(select?.placeholder).toMatch(/other matching/i);
    expect(select?.options.map((o) => o.value)).toContain("innovative-defences");
  });

  it("answers privately with the areas when nothing is a confident match", async () => {
    const body = await ask(chatInput("ask", [opt.string("question", "best pizza recipe")], someone()));
    const data = dataOf(body);
    expect(isEphemeral(data)).toBe(true);
    expect(data.embeds).toHaveLength(1);
    expect(JSON.stringify(data.embeds)).toMatch(/pizza/i);
  });

  it("private: true → an ephemeral answer with a 'Post in channel' button", async () => {
    const body = await ask(
      chatInput(
        "ask",
        [opt.string("question", "artificial intelligence"), opt.boolean("private", true)],
        someone(),
      ),
    );
    const data = dataOf(body);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    const [post] = buttons(data);
    expect(post).toMatchObject({ label: "Post in channel", custom_id: "safir:post:artificial-intelligence" });
  });

  it("mention → 'Suggested for <@id>' and only that user may be pinged", async () => {
    const friend = snowflake();
    const body = await ask(
      chatInput(
        "ask",
        [opt.string("question", "what about sanctions"), opt.user("mention", friend)],
        someone(),
      ),
    );
    const data = dataOf(body);
    expect(data.content).toBe(`Suggested for <@${friend}>`);
    expect(data.allowed_mentions).toEqual({ parse: [], users: [friend] });
    expect(isEphemeral(data)).toBe(false);
  });

  it("works in the bot's DMs, where the user comes without a member", async () => {
    const interaction = chatInput(
      "ask",
      [opt.string("question", "artificial intelligence")],
      someone({ dm: true }),
    );
    expect(interaction.member).toBeUndefined();
    expect(interaction.user).toBeDefined();
    const data = dataOf(await ask(interaction));
    expect(data.embeds?.[0]?.title).toMatch(/artificial intelligence/i);
  });
});

describe("/topic and its autocomplete", () => {
  it("suggests at most 25 entries with names of at most 100 characters, and opens the one chosen", async () => {
    const body = await ask(autocomplete("topic", [opt.string("name", "peace", true)], someone()));
    expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = (body as { data: { choices: { name: string; value: string }[] } }).data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(choices.map((c) => c.value)).toContain("regional-peace");

    const opened = dataOf(await ask(chatInput("topic", [opt.string("name", choices[0]!.value)], someone())));
    expect(opened.embeds).toHaveLength(1);
    expect(isEphemeral(opened)).toBe(false);
  });

  it("answers an empty query with suggestions too", async () => {
    const body = await ask(autocomplete("topic", [opt.string("name", "", true)], someone()));
    expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
  });
});

describe("/topics, its select menu, /about and the post button", () => {
  it("/topics lists the areas privately with a select that opens an entry", async () => {
    const data = dataOf(await ask(chatInput("topics", [], someone())));
    expect(isEphemeral(data)).toBe(true);
    const [select] = selects(data);
    expect(select?.options.length).toBeGreaterThan(0);
    expect(select?.options.length).toBeLessThanOrEqual(25);
    const value = select!.options[0]!.value;

    // On the private /topics message the choice replaces it in place…
    const inPlace = await ask(
      selectPick(select!.custom_id, [value], someone({ messageFlags: MessageFlags.Ephemeral })),
    );
    expect(inPlace.type).toBe(InteractionResponseType.UpdateMessage);
    expect(dataOf(inPlace).embeds).toHaveLength(1);

    // …on a public message it answers the clicker privately and leaves the message as it was.
    const aside = await ask(selectPick(select!.custom_id, [value], someone()));
    expect(aside.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(dataOf(aside))).toBe(true);
  });

  it("/about answers privately with an embed", async () => {
    const data = dataOf(await ask(chatInput("about", [], someone())));
    expect(isEphemeral(data)).toBe(true);
    expect(data.embeds?.[0]?.title).toMatch(/safir/i);
  });

  it("the post button shares the entry publicly, naming but not pinging who shared it", async () => {
    const who = someone({ messageFlags: MessageFlags.Ephemeral });
    const body = await ask(buttonPress("safir:post:artificial-intelligence", who));
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = dataOf(body);
    expect(isEphemeral(data)).toBe(false);
    expect(data.content).toBe(`Shared by <@${who.user!.id}>`);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds?.[0]?.title).toMatch(/artificial intelligence/i);
  });
});

describe("failures are answered, logged once, and never stop the bot", () => {
  it("an unknown command gets a polite private reply", async () => {
    const data = dataOf(await ask(chatInput("retired-command", [], someone())));
    expect(isEphemeral(data)).toBe(true);
    expect(data.content).toMatch(/don't know that command/i);
  });

  it("an unknown custom_id gets a polite private reply", async () => {
    const data = dataOf(await ask(buttonPress("another-bot:thing:1", someone())));
    expect(isEphemeral(data)).toBe(true);
    expect(data.content).toMatch(/don't know that command or button/i);
  });

  it("a throwing handler → ephemeral error naming the interaction, one logged error, and the next one is served", async () => {
    log.entries.length = 0;
    const interaction = chatInput("boom", [], someone());
    const data = dataOf(await ask(interaction));
    expect(isEphemeral(data)).toBe(true);
    expect(data.content).toContain("Something went wrong");
    expect(data.content).toContain(interaction.id);
    const errors = log.entries.filter((e) => e.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.obj.interactionId).toBe(interaction.id);

    const next = dataOf(await ask(chatInput("about", [], someone())));
    expect(next.embeds).toHaveLength(1);
  });

  it("a callback Discord refuses (an expired interaction) is one logged error, and the bot keeps serving", async () => {
    log.entries.length = 0;
    const expired = chatInput("about", [], someone());
    fake.dispatchInteraction(expired, { register: false });
    await fake.waitFor("the refused callback", () =>
      fake.requests.find((r) => r.path.includes(`/interactions/${expired.id}/`)) ? true : undefined,
    );
    expect(fake.takeErrors()).toEqual([`callback for ${expired.id}: unknown interaction`]);
    const next = dataOf(await ask(chatInput("about", [], someone())));
    expect(next.embeds).toHaveLength(1);
    const errors = log.entries.filter((e) => e.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.obj).toMatchObject({ interactionId: expired.id });
    expect(String(errors[0]!.obj.problem)).toMatch(/404.*10062/);
  });
});

describe("cooldown", () => {
  it.each([
    ["a server", {}],
    ["DMs", { dm: true }],
  ])("in %s, the request over the limit gets an ephemeral 'slow down'", async (_where, where) => {
    const user = fakeUser(snowflake(), "eager");
    for (let i = 0; i < 3; i++) {
      const ok = dataOf(await ask(chatInput("about", [], { ...where, user })));
      expect(ok.embeds).toHaveLength(1);
    }
    const slowed = dataOf(await ask(chatInput("about", [], { ...where, user })));
    expect(isEphemeral(slowed)).toBe(true);
    expect(slowed.content).toMatch(/slow down/i);
    // Someone else is not affected.
    expect(dataOf(await ask(chatInput("about", [], someone(where)))).embeds).toHaveLength(1);
  });
});
