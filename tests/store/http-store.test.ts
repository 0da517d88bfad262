import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WHY_FIELD } from "../../src/components/feedback.ts";
import { messagesFor } from "../../src/i18n/index.ts";
import {
  sampleAsk,
  sampleCommand,
  sampleComponent,
  sampleModalSubmit,
  sampleUser,
} from "../../src/http/samples.ts";
import type { StoreConfig } from "../../src/config.ts";
import { openStore } from "../../src/store/open.ts";
import type { SqlStore } from "../../src/store/sql-store.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { recordingLogger } from "../support/fake-logger.ts";
import { startPostgres, type TestPostgres } from "../support/postgres.ts";
import { type Harness, send, startHarness } from "../support/sign.ts";

/** The store behind the HTTP transport: votes and the modal over signed requests, its metrics, and on
 * PostgreSQL two instances behind one load balancer sharing a user's cooldown. */
const base = (database: StoreConfig["database"]): StoreConfig => ({
  database,
  hashSecret: "http-test-secret-0123456789",
  retentionDays: 90,
  recordBelowConfidence: 0.5,
  queueMax: 10_000,
});

const ids = (body: APIInteractionResponse): string[] =>
  (
    ((body as { data: APIInteractionResponseCallbackData }).data.components ?? []) as {
      components?: object[];
    }[]
  )
    .flatMap((r) => r.components ?? [])
    .map((c) => ("custom_id" in c ? String(c.custom_id) : ""));

describe("HTTP endpoint with a SQLite store", () => {
  let dir: string;
  let store: SqlStore;
  let h: Harness;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "safir-http-store-"));
    const file = path.join(dir, "safir.db");
    store = (await openStore(base({ kind: "sqlite", url: `file:${file}`, file }), {
      log: recordingLogger(),
    }))!;
    h = await startHarness({ store, cooldown: { uses: 0, windowMs: 0 } });
  });
  afterAll(async () => {
    await h.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers carry the vote buttons; a vote and the 👎 form are thanked; /metrics shows the store", async () => {
    const user = sampleUser("1200000000000000777", "voter");
    const answer = await h.interact(sampleAsk("how does it counter terrorism?", { user }));
    expect(interactionResponseProblems(answer)).toEqual([]);
    const down = ids(answer).find((id) => id.startsWith("safir:vote:down:"))!;
    const messageId = "1400000000000000100";
    const form = await h.interact(sampleComponent({ customId: down, user, messageId }));
    expect(form.type).toBe(InteractionResponseType.Modal);
    expect(interactionResponseProblems(form)).toEqual([]);
    const customId = (form as { data: { custom_id: string } }).data.custom_id;
    const thanks = await h.interact(
      sampleModalSubmit({ customId, user, messageId, fields: { [WHY_FIELD]: "the treaty partners" } }),
    );
    expect((thanks as { data: APIInteractionResponseCallbackData }).data.content).toBe(
      messagesFor("en").feedbackThanks,
    );
    await store.flush();
    const rows = await store.database.db.selectFrom("votes").selectAll().execute();
    expect(rows.map((r) => [r.message_id, r.helpful, r.comment])).toEqual([
      [messageId, 0, "the treaty partners"],
    ]);
    const metrics = await send(`${h.base}/metrics`);
    expect(metrics.text).toMatch(/^safir_store_queue_depth 0$/m);
    expect(metrics.text).toMatch(/^safir_store_up 1$/m);
    expect(metrics.text).toMatch(/^safir_store_dropped_total 0$/m);
    const written = Number(/^safir_store_rows_written_total (\d+)$/m.exec(metrics.text)?.[1]);
    expect(written).toBeGreaterThanOrEqual(4);
  });
});

describe("two HTTP instances on one PostgreSQL", () => {
  let pg: TestPostgres;
  const stores: SqlStore[] = [];
  const harnesses: Harness[] = [];
  beforeAll(async () => {
    pg = await startPostgres();
    for (let i = 0; i < 2; i++) {
      const store = (await openStore(base({ kind: "postgres", url: pg.url }), { log: recordingLogger() }))!;
      stores.push(store);
      harnesses.push(await startHarness({ store, cooldown: { uses: 2, windowMs: 60_000 } }));
    }
  }, 120_000);
  afterAll(async () => {
    for (const h of harnesses) await h.close();
    for (const s of stores) await s.close();
    await pg?.dispose();
  }, 60_000);

  it("share a user's cooldown: the third request, on either instance, is asked to slow down", async () => {
    const user = sampleUser("1200000000000000888", "busy");
    const replies: string[] = [];
    for (let i = 0; i < 3; i++) {
      const body = await harnesses[i % 2]!.interact(sampleCommand("topics", [], user));
      replies.push((body as { data: APIInteractionResponseCallbackData }).data.content ?? "answer");
    }
    expect(replies.slice(0, 2)).toEqual(["answer", "answer"]);
    expect(replies[2]).toMatch(/^Slow down a little/);
    const other = await harnesses[1]!.interact(
      sampleCommand("topics", [], sampleUser("1200000000000000889")),
    );
    expect((other as { data: APIInteractionResponseCallbackData }).data.content).toBeUndefined();
  });
});
