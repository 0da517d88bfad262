import { randomBytes } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { killAll, spawnSafir } from "../support/fake-bot-process.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import { chatInput, fakeUser, snowflake } from "../support/fake-interactions.ts";

/**
 * DISCORD_SHARDS runs discord.js's ShardingManager: one process per shard, each identifying with its own
 * [shard_id, shard_count], each answering the interactions Discord routes to it.
 */
const fakes: FakeDiscord[] = [];

afterEach(async () => {
  await killAll();
});

afterAll(async () => {
  await Promise.all(fakes.map((f) => f.close()));
});

async function runSharded(shards: string, recommendedShards: number, extra: Record<string, string> = {}) {
  const token = `safir-shard-test-token.${randomBytes(12).toString("hex")}`;
  // max_concurrency 16, as large bots have it: shards may identify 344 ms apart instead of 5.5 s.
  const fake = await FakeDiscord.start({ token, recommendedShards, maxConcurrency: 16 });
  fakes.push(fake);
  const bot = spawnSafir("start", {
    DISCORD_TOKEN: token,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_SHARDS: shards,
    ...extra,
  });
  bot.exited.then(({ code }) => {
    if (code !== 0) process.stderr.write(`sharded bot exited ${code}:\n${bot.stderr()}\n`);
  });
  await fake.waitFor(
    "both shards connected",
    () => (fake.connectedShards().length === 2 ? true : undefined),
    40_000,
  );
  return { fake, bot, token };
}

describe("sharding", () => {
  it("DISCORD_SHARDS=2: two shard processes identify as [0,2] and [1,2], and each answers", async () => {
    const { fake, bot, token } = await runSharded("2", 1);
    const shards = fake.identifies.map((i) => i.shard).sort((a, b) => a[0] - b[0]);
    expect(shards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const shard of [0, 1]) {
      const body = await fake.interact(chatInput("about", [], { user: fakeUser(snowflake()) }), { shard });
      expect(body.type).toBe(4);
      expect(interactionResponseProblems(body)).toEqual([]);
    }
    bot.child.kill("SIGTERM");
    expect((await bot.exited).code).toBe(0);
    await fake.waitFor("every shard disconnected", () =>
      fake.connectedShards().length === 0 ? true : undefined,
    );
    expect(bot.stderr()).not.toContain(token);
    expect(bot.logs().some((l) => l.msg === "all shards ready" && l.total === 2)).toBe(true);
    expect(fake.errors).toEqual([]);
  }, 60_000);

  it("DISCORD_SHARDS=auto takes the shard count from GET /gateway/bot", async () => {
    const { fake, bot } = await runSharded("auto", 2);
    expect(fake.identifies.map((i) => i.shard).sort((a, b) => a[0] - b[0])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    bot.child.kill("SIGTERM");
    expect((await bot.exited).code).toBe(0);
    expect(fake.errors).toEqual([]);
  }, 60_000);

  it("DISCORD_SHARDS=process with DISCORD_SHARD_IDS: the ShardingManager runs only this host's shards", async () => {
    const { fake, bot } = await runSharded("process", 1, {
      DISCORD_SHARD_IDS: "2-3",
      DISCORD_SHARD_COUNT: "4",
    });
    expect(fake.identifies.map((i) => i.shard).sort((a, b) => a[0] - b[0])).toEqual([
      [2, 4],
      [3, 4],
    ]);
    bot.child.kill("SIGTERM");
    expect((await bot.exited).code).toBe(0);
    expect(fake.errors).toEqual([]);
  }, 60_000);
});

describe("shard ranges across hosts: DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT", () => {
  it("two processes, each taking half, identify as [0,2] and [1,2], and each answers its shard", async () => {
    const token = `safir-shard-test-token.${randomBytes(12).toString("hex")}`;
    const fake = await FakeDiscord.start({ token, recommendedShards: 1, maxConcurrency: 16 });
    fakes.push(fake);
    const hosts = ["0", "1"].map((ids) =>
      spawnSafir("start", {
        DISCORD_TOKEN: token,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_SHARD_IDS: ids,
        DISCORD_SHARD_COUNT: "2",
      }),
    );
    await fake.waitFor(
      "both hosts connected",
      () => (fake.connectedShards().length === 2 ? true : undefined),
      40_000,
    );
    expect(fake.identifies.map((i) => i.shard).sort((a, b) => a[0] - b[0])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const shard of [0, 1]) {
      const body = await fake.interact(chatInput("about", [], { user: fakeUser(snowflake()) }), { shard });
      expect(body.type).toBe(4);
      expect(interactionResponseProblems(body)).toEqual([]);
    }
    // Each host ran only its own shard, in one process.
    hosts.forEach((host, i) =>
      expect(
        host
          .logs()
          .some((l) => l.msg === "running this host's shards" && JSON.stringify(l.shardIds) === `[${i}]`),
      ).toBe(true),
    );
    for (const host of hosts) host.child.kill("SIGTERM");
    for (const host of hosts) expect((await host.exited).code).toBe(0);
    expect(hosts.map((h) => h.stderr()).join("")).not.toContain(token);
    expect(fake.errors).toEqual([]);
  }, 60_000);
});
