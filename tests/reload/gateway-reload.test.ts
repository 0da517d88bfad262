import { randomBytes } from "node:crypto";
import type { APIInteraction } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { type GatewayClient, startGatewayClient } from "../../src/gateway/client.ts";
import { type ContentWatch, watchContent } from "../../src/reload/watch-content.ts";
import {
  type ContentCopy,
  copyContent,
  waitForEntry,
  waitForRejection,
  waitForReload,
} from "../support/content-copy.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { type BotProcess, killAll, spawnSafir } from "../support/fake-bot-process.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import { chatInput, fakeUser, opt, snowflake } from "../support/fake-interactions.ts";
import { recordingLogger } from "../support/fake-logger.ts";

/**
 * The gateway bot (the real discord.js client, logged in to the local fake Discord) on a copy of the
 * content that the test edits: /ask answers follow each good edit, a broken one changes nothing.
 */
let copy: ContentCopy;
let fake: FakeDiscord;

beforeAll(async () => {
  copy = await copyContent();
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 250 });
});
afterAll(async () => {
  await killAll();
  await fake?.close();
  await copy?.cleanup();
});

/** Checks `look` every few milliseconds until it gives a value; fails after a generous limit. */
function poll<T>(what: string, look: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const again = () => {
      const v = look();
      if (v !== undefined) return resolve(v);
      if (Date.now() > deadline) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(again, 25);
    };
    again();
  });
}

const someone = () => ({ user: fakeUser(snowflake(), "someone") });
async function answer(interaction: APIInteraction): Promise<string> {
  const body = await fake.interact(interaction, { timeoutMs: 20_000 });
  expect(interactionResponseProblems(body)).toEqual([]);
  return JSON.stringify(body);
}
const ask = (question: string) => answer(chatInput("ask", [opt.string("question", question)], someone()));
const topic = (name: string) => answer(chatInput("topic", [opt.string("name", name)], someone()));

describe("the gateway bot reloads its content while running (in-process, the real watcher)", () => {
  let app: App;
  let bot: GatewayClient;
  let watching: ContentWatch;
  const log = recordingLogger();
  const question = () => copy.topic.id.replace(/-/g, " ");

  beforeAll(async () => {
    app = await createApp({ contentDir: copy.dir, log });
    watching = watchContent(app.content, { log, watch: true });
    bot = await startGatewayClient({
      token: fake.token,
      apiUrl: fake.apiUrl,
      log,
      handle: (interaction) => app.dispatcher.handle(interaction),
    });
  }, 60_000);
  afterAll(async () => {
    watching?.close();
    await bot?.stop();
  });

  it("a good edit: the next /ask answer shows it", async () => {
    expect(await ask(question())).toContain(JSON.stringify(copy.topic.title).slice(1, -1));
    const from = log.entries.length;
    const title = await copy.retitle(copy.topic, "Retitled in the gateway test");
    await waitForReload(log, from);
    expect(await ask(question())).toContain(title);
  });

  it("a broken edit: /ask keeps answering from the last good content; the log names file:line", async () => {
    const from = log.entries.length;
    const line = await copy.breakKind(copy.topic);
    const problems = await waitForRejection(log, from);
    expect(problems.some((p) => p.includes(`${copy.topic.file}:${line}: `))).toBe(true);
    expect(await ask(question())).toContain("Retitled in the gateway test");
  });

  it("a new file is answered; deleted, it is gone", async () => {
    await copy.restore(copy.topic);
    let from = log.entries.length;
    const id = await copy.addProbe("gateway-probe", "Gateway probe entry");
    await waitForEntry(log, "added", id, { from });
    expect(await topic(id)).toContain("Gateway probe entry");
    expect(await ask("gateway probe")).toContain("Gateway probe entry");

    from = log.entries.length;
    await copy.remove(`${id}.md`);
    await waitForEntry(log, "removed", id, { from });
    expect(await topic(id)).not.toContain("Gateway probe entry");
    expect(fake.errors).toEqual([]);
  });
});

describe("npm start with a token: SIGHUP reloads the gateway bot (CONTENT_WATCH=off)", () => {
  let bot: BotProcess;
  const token = `safir-reload-test-token.${randomBytes(16).toString("hex")}`;
  let fakeForProcess: FakeDiscord;

  beforeAll(async () => {
    fakeForProcess = await FakeDiscord.start({ token });
    bot = spawnSafir("start", {
      DISCORD_TOKEN: token,
      DISCORD_API_URL: fakeForProcess.apiUrl,
      CONTENT_DIR: copy.dir,
      CONTENT_WATCH: "off",
      COOLDOWN_USES: "0",
    });
    await Promise.race([
      fakeForProcess.waitForIdentifies(1, 40_000),
      bot.exited.then(({ code }) => {
        throw new Error(`npm start exited (${code}) before identifying:\n${bot.stderr()}`);
      }),
    ]);
  }, 45_000);
  afterAll(() => fakeForProcess?.close());

  it("an edit is served only after SIGHUP, and SIGTERM still stops it cleanly", async () => {
    const ask2 = async (question: string) =>
      JSON.stringify(
        await fakeForProcess.interact(chatInput("ask", [opt.string("question", question)], someone()), {
          timeoutMs: 20_000,
        }),
      );
    const question = copy.topic.id.replace(/-/g, " ");
    const loaded = bot.logs().find((l) => l.msg === "content loaded");
    expect(loaded?.contentHash).toMatch(/^[0-9a-f]{12}$/);
    const title = await copy.retitle(copy.topic, "Retitled before SIGHUP on the gateway");
    expect(await ask2(question)).not.toContain(title);

    bot.child.kill("SIGHUP");
    const line = await poll("the reload log line", () =>
      bot.logs().find((l) => String(l.msg).startsWith("content reloaded")),
    );
    expect(line).toMatchObject({ reason: "SIGHUP", changed: [copy.topic.id] });
    expect(line.hash).not.toBe(loaded?.contentHash);
    expect(await ask2(question)).toContain(title);

    bot.child.kill("SIGTERM");
    expect((await bot.exited).code).toBe(0);
    expect(bot.stderr()).not.toContain(token);
  });
});
