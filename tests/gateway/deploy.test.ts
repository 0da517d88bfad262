import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandDefinitions } from "../../src/commands/index.ts";
import { killAll, spawnSafir } from "../support/fake-bot-process.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import { FAKE_APPLICATION_ID, FAKE_GUILD_ID } from "../support/fake-interactions.ts";

/** `npm run deploy` (dist/safir.js deploy, src/cli/deploy.ts) against the fake Discord's REST API. */
const TOKEN = `safir-deploy-test-token.${randomBytes(12).toString("hex")}`;
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
});

afterAll(async () => {
  await killAll();
  await fake?.close();
});

async function deploy(env: Record<string, string>) {
  const run = spawnSafir("deploy", {
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: FAKE_APPLICATION_ID,
    DISCORD_API_URL: fake.apiUrl,
    ...env,
  });
  const { code } = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

const names = commandDefinitions().map((c) => c.name);

describe("npm run deploy", () => {
  it("registers every command in one server with a bulk overwrite, and says so", async () => {
    const r = await deploy({ DISCORD_GUILD_ID: FAKE_GUILD_ID });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `Registered ${names.length} commands in server ${FAKE_GUILD_ID} (available now): /ask, /topic, /topics, /about, Apps → Answer with Safir\n`,
    );
    const put = fake.requests.filter((q) => q.method === "PUT");
    expect(put.map((q) => q.path)).toEqual([
      `/api/v10/applications/${FAKE_APPLICATION_ID}/guilds/${FAKE_GUILD_ID}/commands`,
    ]);
    expect(put[0]!.authorized).toBe("bot");
    expect(put[0]!.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
    expect(fake.errors).toEqual([]);
  });

  it("registers globally without DISCORD_GUILD_ID, and a second run changes nothing", async () => {
    const first = await deploy({});
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Registered 5 commands globally .*: \/ask, \/topic, \/topics, \/about, Apps → Answer with Safir\n$/,
    );
    const ids = fake.commands.get("global")!.map((c) => `${c.id}@${c.version}`);
    const second = await deploy({});
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(fake.commands.get("global")!.map((c) => `${c.id}@${c.version}`)).toEqual(ids);
    expect(
      fake.requests.filter((q) => q.path === `/api/v10/applications/${FAKE_APPLICATION_ID}/commands`),
    ).toHaveLength(2);
    expect(fake.errors).toEqual([]);
  }, 60_000);

  it("a bad token: one clear line, no stack trace, no token, exit 1", async () => {
    const wrong = `safir-wrong-token.${randomBytes(12).toString("hex")}`;
    const r = await deploy({ DISCORD_TOKEN: wrong });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      "Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (Bot → Reset Token) into .env.",
    ]);
    expect(r.stderr).not.toContain(wrong);
    expect(fake.takeErrors()).toHaveLength(1);
  });

  it("a wrong application id or server id: a clear line naming the setting, exit 1", async () => {
    const app = await deploy({ DISCORD_CLIENT_ID: "1999999999999999999" });
    expect(app.code).toBe(1);
    expect(app.stderr).toMatch(
      /^Discord does not know application 1999999999999999999 \(404\): check DISCORD_CLIENT_ID/,
    );
    expect(app.stderr.trim().split("\n")).toHaveLength(1);

    const guild = await deploy({ DISCORD_GUILD_ID: "1888888888888888888" });
    expect(guild.code).toBe(1);
    expect(guild.stderr).toMatch(/server 1888888888888888888 \(403\).*DISCORD_GUILD_ID/);
    expect(guild.stderr.trim().split("\n")).toHaveLength(1);
    expect(fake.takeErrors()).toHaveLength(2);
  }, 60_000);

  it("a malformed id is caught before any request", async () => {
    const before = fake.requests.length;
    const r = await deploy({ DISCORD_CLIENT_ID: "my-bot" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DISCORD_CLIENT_ID is 'my-bot': it must be the numeric Application ID/);
    expect(fake.requests.length).toBe(before);
  });

  it("Discord unreachable: a clear line naming the address, exit 1", async () => {
    // A port that was just free: nothing listens there.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const r = await deploy({ DISCORD_API_URL: `http://127.0.0.1:${port}/api` });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Could not reach Discord at http://127.0.0.1:${port}/api (ECONNREFUSED): check the network, or DISCORD_API_URL if you set it.`,
    );
  });
});
