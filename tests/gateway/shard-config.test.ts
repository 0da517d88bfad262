import { describe, expect, it } from "vitest";
import { ConfigError, readGatewayConfig } from "../../src/config.ts";

const TOKEN = "safir-test-token.abcdefghijklmnop";
const read = (env: Record<string, string>) => readGatewayConfig({ DISCORD_TOKEN: TOKEN, ...env }, "/");

function problems(env: Record<string, string>): string[] {
  try {
    read(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe("DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT", () => {
  it("read ranges and lists, sorted and without repeats", () => {
    expect(read({ DISCORD_SHARD_IDS: "0-3", DISCORD_SHARD_COUNT: "8" }).shardRange).toEqual({
      ids: [0, 1, 2, 3],
      count: 8,
      processes: false,
    });
    expect(read({ DISCORD_SHARD_IDS: "5, 4,4-5", DISCORD_SHARD_COUNT: "6" }).shardRange?.ids).toEqual([4, 5]);
    expect(
      read({ DISCORD_SHARD_IDS: "0-1", DISCORD_SHARD_COUNT: "2", DISCORD_SHARDS: "process" }).shardRange
        ?.processes,
    ).toBe(true);
    expect(read({}).shardRange).toBeUndefined();
  });

  it.each([
    [{ DISCORD_SHARD_IDS: "0-3" }, /DISCORD_SHARD_COUNT is not set/],
    [{ DISCORD_SHARD_COUNT: "4" }, /DISCORD_SHARD_COUNT is set without DISCORD_SHARD_IDS/],
    [{ DISCORD_SHARD_IDS: "3-1", DISCORD_SHARD_COUNT: "4" }, /DISCORD_SHARD_IDS is '3-1': use shard ids/],
    [{ DISCORD_SHARD_IDS: "one", DISCORD_SHARD_COUNT: "4" }, /DISCORD_SHARD_IDS is 'one'/],
    [{ DISCORD_SHARD_IDS: "2-4", DISCORD_SHARD_COUNT: "4" }, /names shard 4, but DISCORD_SHARD_COUNT is 4/],
    [{ DISCORD_SHARD_IDS: "0", DISCORD_SHARD_COUNT: "0" }, /DISCORD_SHARD_COUNT is '0'/],
    [{ DISCORD_SHARD_IDS: "0", DISCORD_SHARD_COUNT: "2", DISCORD_SHARDS: "4" }, /DISCORD_SHARDS is '4' with/],
  ])("%j is refused with one clear line", (env, message) => {
    const found = problems(env);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
});
