import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { WHY_FIELD } from "../../src/components/feedback.ts";
import { messagesFor } from "../../src/i18n/index.ts";
import { type GatewayClient, startGatewayClient } from "../../src/gateway/client.ts";
import { sampleModalSubmit, sampleUser } from "../../src/http/samples.ts";
import { readStoreConfig } from "../../src/config.ts";
import { openStore } from "../../src/store/open.ts";
import type { SqlStore } from "../../src/store/sql-store.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import { buttonPress, chatInput, fakeUser, opt, snowflake } from "../support/fake-interactions.ts";
import { recordingLogger } from "../support/fake-logger.ts";

/** The real discord.js client with a store: the buttons, the 👎 modal (type 9) and its MODAL_SUBMIT. */
const CONTENT = path.resolve(import.meta.dirname, "../../content");
let fake: FakeDiscord;
let bot: GatewayClient;
let store: SqlStore;
let dir: string;
const log = recordingLogger();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "safir-gw-store-"));
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 250 });
  store = (await openStore(
    readStoreConfig({ DATABASE_URL: `file:${dir}/safir.db`, STORE_HASH_SECRET: "gateway-test-secret-0123" }),
    { log },
  ))!;
  const app = await createApp({ contentDir: CONTENT, store, cooldown: { uses: 10, windowMs: 60_000 } });
  bot = await startGatewayClient({
    token: fake.token,
    apiUrl: fake.apiUrl,
    log,
    handle: (interaction) => app.dispatcher.dispatch(interaction),
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function send(interaction: Parameters<FakeDiscord["interact"]>[0]): Promise<APIInteractionResponse> {
  const body = await fake.interact(interaction);
  expect(interactionResponseProblems(body)).toEqual([]);
  return body;
}

describe("feedback through the gateway", () => {
  it("a vote, a changed vote with the 👎 form, and its answer reach Discord; one vote and its words are stored", async () => {
    const user = fakeUser(snowflake(), "voter");
    const answer = await send(
      chatInput("ask", [opt.string("question", "how does it counter terrorism?")], { user }),
    );
    const ids = ((answer as { data: APIInteractionResponseCallbackData }).data.components ?? [])
      .flatMap((r) => ("components" in r ? (r.components as { custom_id?: string }[]) : []))
      .map((c) => c.custom_id ?? "");
    const up = ids.find((id) => id.startsWith("safir:vote:up:"))!;
    const down = ids.find((id) => id.startsWith("safir:vote:down:"))!;
    const first = buttonPress(up, { user });
    const thanks = await send(first);
    expect((thanks as { data: APIInteractionResponseCallbackData }).data.content).toBe(
      messagesFor("en").feedbackThanks,
    );
    // The same member changes their mind on the same message.
    const press = buttonPress(down, { user });
    press.message.id = first.message.id;
    const form = await send(press);
    expect(form.type).toBe(InteractionResponseType.Modal);
    const customId = (form as { data: { custom_id: string } }).data.custom_id;
    const submitted = await send(
      sampleModalSubmit({
        customId,
        user: sampleUser(user.id, user.username),
        messageId: press.message.id,
        fields: { [WHY_FIELD]: "partners in the region" },
      }),
    );
    expect((submitted as { data: APIInteractionResponseCallbackData }).data.content).toBe(
      messagesFor("en").feedbackThanks,
    );
    await store.flush();
    const votes = await store.database.db.selectFrom("votes").selectAll().execute();
    expect(votes.map((v) => [v.message_id, v.helpful, v.comment])).toEqual([
      [press.message.id, 0, "partners in the region"],
    ]);
    expect(fake.errors).toEqual([]);
  });
});
