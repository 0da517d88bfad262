import { randomBytes } from "node:crypto";
import { type APIInteraction, InteractionResponseType, MessageFlags } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { type BotProcess, killAll, spawnSafir } from "../support/fake-bot-process.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import {
  autocomplete,
  buttonPress,
  chatInput,
  fakeUser,
  opt,
  selectPick,
  snowflake,
} from "../support/fake-interactions.ts";

/**
 * The real `npm start` (node dist/safir.js start) with DISCORD_TOKEN and DISCORD_API_URL pointing at
 * the fake Discord: it logs in, answers, survives what should not kill it, never prints its token, and
 * exits 0 on SIGTERM.
 */
const TOKEN = `safir-distinctive-test-token.${randomBytes(16).toString("hex")}`;
let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
  bot = spawnSafir("start", {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    // The most verbose level, so a token that slipped into any log line would show.
    LOG_LEVEL: "trace",
    COOLDOWN_USES: "2",
    COOLDOWN_SECONDS: "60",
  });
  await Promise.race([
    fake.waitForIdentifies(1, 40_000),
    bot.exited.then(({ code }) => {
      throw new Error(`npm start exited (${code}) before identifying:\n${bot.stderr()}`);
    }),
  ]);
}, 45_000);

afterAll(async () => {
  await killAll();
  await fake?.close();
});

async function answer(interaction: APIInteraction) {
  const body = await fake.interact(interaction);
  expect(interactionResponseProblems(body)).toEqual([]);
  return body;
}

const user = () => ({ user: fakeUser(snowflake(), "member") });

describe("npm start against the fake Discord", () => {
  it("identifies once, as shard [0,1] with only the Guilds intent", () => {
    expect(fake.identifies.map((i) => i.shard)).toEqual([[0, 1]]);
    expect(fake.identifies[0]!.intents).toBe(1);
  });

  it("answers every kind of interaction with a body Discord accepts", async () => {
    const ask = await answer(
      chatInput("ask", [opt.string("question", "how does it counter terrorism?")], user()),
    );
    expect(ask.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const about = await answer(chatInput("about", [], { dm: true, ...user() }));
    expect(about).toMatchObject({ type: 4, data: { flags: MessageFlags.Ephemeral } });
    const complete = await answer(autocomplete("topic", [opt.string("name", "sanc", true)], user()));
    expect(complete.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const pick = await answer(selectPick("safir:open", ["overview"], { ...user(), messageFlags: 64 }));
    expect(pick.type).toBe(InteractionResponseType.UpdateMessage);
    const post = await answer(buttonPress("safir:post:overview", { ...user(), messageFlags: 64 }));
    expect(post).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    expect(fake.errors).toEqual([]);
  });

  it("applies the configured cooldown (COOLDOWN_USES=2)", async () => {
    const who = user();
    await answer(chatInput("about", [], who));
    await answer(chatInput("about", [], who));
    const slowed = await answer(chatInput("about", [], who));
    expect(slowed).toMatchObject({ type: 4, data: { flags: MessageFlags.Ephemeral } });
    expect(JSON.stringify(slowed)).toMatch(/slow down/i);
  });

  it("survives a malformed interaction and a refused callback, logging each with its id", async () => {
    // No user and no member: discord.js's own interaction object cannot be built from this.
    const malformed = chatInput("about", [], user()) as Partial<APIInteraction>;
    delete malformed.member;
    const polite = await answer(malformed as APIInteraction);
    expect(polite).toMatchObject({ type: 4, data: { flags: MessageFlags.Ephemeral } });

    const expired = chatInput("about", [], user());
    fake.dispatchInteraction(expired, { register: false });
    await fake.waitFor("the refused callback", () =>
      fake.requests.some((r) => r.path.includes(expired.id)) ? true : undefined,
    );
    expect(fake.takeErrors()).toEqual([`callback for ${expired.id}: unknown interaction`]);

    const next = await answer(chatInput("about", [], user()));
    expect(next.type).toBe(4);
    await fake.waitFor("the error log line", () =>
      bot.logs().some((l) => l.interactionId === expired.id && l.level === "error") ? true : undefined,
    );
    expect(bot.child.exitCode).toBeNull();
  });

  it("exits 0 on SIGTERM, and its token never reached stdout or stderr", async () => {
    bot.child.kill("SIGTERM");
    const { code } = await bot.exited;
    expect(code).toBe(0);
    const logs = bot.logs();
    expect(logs.some((l) => l.msg === "logged in to Discord")).toBe(true);
    expect(logs.some((l) => l.msg === "stopped")).toBe(true);
    expect(bot.stdout()).not.toContain(TOKEN);
    expect(bot.stderr()).not.toContain(TOKEN);
    // Not even a recognisable piece of it.
    expect(bot.stderr()).not.toContain(TOKEN.split(".")[1]!.slice(0, 12));
    expect(fake.errors).toEqual([]);
  });
});

describe("npm start with a token Discord rejects", () => {
  it("stops with one line naming DISCORD_TOKEN, exit 1, the token nowhere", async () => {
    const wrong = `safir-rejected-token.${randomBytes(12).toString("hex")}`;
    const run = spawnSafir("start", { DISCORD_TOKEN: wrong, DISCORD_API_URL: fake.apiUrl });
    expect((await run.exited).code).toBe(1);
    expect(run.stderr()).toContain("DISCORD_TOKEN was rejected by Discord (401)");
    expect(run.stderr()).not.toMatch(/\n\s+at /);
    expect(run.stdout() + run.stderr()).not.toContain(wrong);
    expect(fake.takeErrors()).toEqual(["GET /api/v10/gateway/bot: Authorization is not 'Bot <the token>'"]);
  });
});
