import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  ComponentType,
  InteractionResponseType,
} from "discord-api-types/v10";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { decodeCustomId } from "../../src/components/custom-id.ts";
import { WHY_FIELD } from "../../src/components/feedback.ts";
import { messagesFor } from "../../src/i18n/index.ts";
import type { DatabaseTarget, StoreConfig } from "../../src/config.ts";
import { openStore } from "../../src/store/open.ts";
import { questionRef } from "../../src/store/question-ref.ts";
import type { SqlStore } from "../../src/store/sql-store.ts";
import { component, modalSubmit, slashCommand, USER_ID } from "../fixtures/interactions.ts";
import { PROJECT_ROOT, runSafir } from "../fixtures/spawn.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { recordingLogger } from "../support/fake-logger.ts";
import { startPostgres, type TestPostgres } from "../support/postgres.ts";

/**
 * The same suite against SQLite (a temporary file) and a real PostgreSQL started here: votes, the 👎
 * modal, unanswered questions, the report (text and JSON), retention, and for PostgreSQL an outage in the
 * middle and the cooldown shared by two instances.
 */
const CONTENT = path.join(PROJECT_ROOT, "content");
const SECRET = "test-secret-0123456789abcdef";
const OTHER_USER = "333333333333333333";
const DAY = 86_400_000;

interface Backend {
  name: "SQLite" | "PostgreSQL";
  setUp(): Promise<DatabaseTarget>;
  tearDown(): Promise<void>;
  pg?: () => TestPostgres;
}

let tmp = "";
let postgres: TestPostgres | undefined;
const backends: Backend[] = [
  {
    name: "SQLite",
    async setUp() {
      tmp = mkdtempSync(path.join(os.tmpdir(), "safir-store-"));
      const file = path.join(tmp, "nested", "safir.db");
      return { kind: "sqlite", url: `file:${file}`, file };
    },
    async tearDown() {
      rmSync(tmp, { recursive: true, force: true });
    },
  },
  {
    name: "PostgreSQL",
    async setUp() {
      postgres = await startPostgres();
      return { kind: "postgres", url: postgres.url };
    },
    async tearDown() {
      await postgres?.dispose();
    },
    pg: () => postgres!,
  },
];

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;
function data(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  expect(interactionResponseProblems(response)).toEqual([]);
  return (response as { data: APIInteractionResponseCallbackData }).data;
}
const customIds = (response: APIInteractionResponse) =>
  ((data(response).components ?? []) as Row[])
    .flatMap((r) => r.components)
    .map((c) => ("custom_id" in c ? c.custom_id : ""));
const voteIds = (response: APIInteractionResponse) => {
  const ids = customIds(response).filter((id) => id.startsWith("safir:vote:"));
  return { up: ids.find((id) => id.includes(":up:"))!, down: ids.find((id) => id.includes(":down:"))! };
};
const content = (response: APIInteractionResponse) => data(response).content;

describe.each(backends)("store on $name", (backend) => {
  let target: DatabaseTarget;
  let store: SqlStore;
  let app: App;
  let clock = Date.now();
  const log = recordingLogger();
  const config = (overrides: Partial<StoreConfig> = {}): StoreConfig => ({
    database: target,
    hashSecret: SECRET,
    retentionDays: 90,
    recordBelowConfidence: 0.5,
    queueMax: 10_000,
    ...overrides,
  });
  async function open(overrides: Partial<StoreConfig> = {}, cooldown?: { uses: number; windowMs: number }) {
    const s = await openStore(config(overrides), { log, now: () => clock, retryMinMs: 50, retryMaxMs: 200 });
    if (!s)
      throw new Error(
        `store did not open: ${JSON.stringify(log.entries.filter((c) => c.level === "error"))}`,
      );
    const a = await createApp({ contentDir: CONTENT, store: s, ...(cooldown ? { cooldown } : {}) });
    return { s, a };
  }

  beforeAll(async () => {
    target = await backend.setUp();
  }, 120_000);
  afterAll(() => backend.tearDown(), 60_000);

  async function fresh() {
    clock = Date.now();
    ({ s: store, a: app } = await open());
    const { db } = store.database;
    for (const table of ["questions", "votes", "usage"] as const) await db.deleteFrom(table).execute();
  }
  afterEach(async () => {
    await store?.close(2000);
  });

  it("every answer carries Helpful / Not helpful buttons naming the entry and the question", async () => {
    await fresh();
    const question = "how do they fight terrorism?";
    const answer = app.dispatcher.handle(slashCommand("ask", { question }));
    const { up, down } = voteIds(answer.response);
    expect(decodeCustomId(up)).toEqual({
      action: "vote",
      args: ["up", expect.any(String), questionRef(question)],
    });
    expect(decodeCustomId(down)?.args[0]).toBe("down");
    const buttons = ((data(answer.response).components ?? []) as Row[]).flatMap((r) => r.components);
    const labels = buttons
      .filter((b) => b.type === ComponentType.Button)
      .map((b) => ("label" in b ? b.label : ""));
    expect(labels).toEqual(expect.arrayContaining(["Helpful", "Not helpful"]));
    // A private answer keeps its "Post in channel", and the related menu stays: all within 5 rows.
    const privately = app.dispatcher.handle(slashCommand("ask", { question, private: true }));
    expect(customIds(privately.response).some((id) => id.startsWith("safir:post:"))).toBe(true);
    expect(voteIds(privately.response).up).toBeDefined();
    expect((data(privately.response).components ?? []).length).toBeLessThanOrEqual(5);
    // /topic and an entry opened from a menu carry them too, the menu passing the question on.
    const topic = app.dispatcher.handle(slashCommand("topic", { name: "countering-terrorism" }));
    expect(voteIds(topic.response).up).toBeDefined();
    const select = customIds(answer.response).find((id) => id.startsWith("safir:open"));
    expect(select).toBe(`safir:open:${questionRef(question)}`);
    const entry = decodeCustomId(up)!.args[1]!;
    const opened = app.dispatcher.handle(component({ customId: select!, values: [entry] }));
    expect(voteIds(opened.response).up).toContain(`:${questionRef(question)}`);
    // /about says what is kept, in one line.
    const about = app.dispatcher.handle(slashCommand("about"));
    const fields = data(about.response).embeds![0]!.fields!;
    const line = messagesFor("en").privacyRecording(store.retentionDays);
    expect(fields.find((f) => f.name === "Privacy")?.value).toBe(line);
    expect(line).not.toContain("\n");
  });

  it("votes: the first is recorded, a repeat changes nothing, a second click changes it; only a hash of the user", async () => {
    await fresh();
    const answer = app.dispatcher.handle(slashCommand("ask", { question: "how do they fight terrorism?" }));
    const { up, down } = voteIds(answer.response);
    const entry = decodeCustomId(up)!.args[1]!;
    const messageId = "1400000000000000001";

    const first = app.dispatcher.handle(component({ customId: up, messageId }));
    expect(content(first.response)).toBe(messagesFor("en").feedbackThanks);
    expect(data(first.response).flags).toBe(64);
    await store.flush();
    let report = await store.report({ since: clock - DAY, until: clock + DAY });
    expect(report.feedback).toEqual([{ entry, helpful: 1, notHelpful: 0, ratio: 1 }]);

    app.dispatcher.handle(component({ customId: up, messageId }));
    await store.flush();
    report = await store.report({ since: clock - DAY, until: clock + DAY });
    expect(report.feedback).toEqual([{ entry, helpful: 1, notHelpful: 0, ratio: 1 }]);

    const changed = app.dispatcher.handle(component({ customId: down, messageId }));
    expect(changed.response.type).toBe(InteractionResponseType.Modal);
    await store.flush();
    report = await store.report({ since: clock - DAY, until: clock + DAY });
    expect(report.feedback).toEqual([{ entry, helpful: 0, notHelpful: 1, ratio: 0 }]);

    // Someone else on the same message is another vote; the same user on another message too.
    app.dispatcher.handle(component({ customId: up, messageId, userId: OTHER_USER }));
    app.dispatcher.handle(component({ customId: up, messageId: "1400000000000000002" }));
    await store.flush();
    report = await store.report({ since: clock - DAY, until: clock + DAY });
    expect(report.feedback).toEqual([{ entry, helpful: 2, notHelpful: 1, ratio: 0.667 }]);

    const rows = await store.database.db.selectFrom("votes").selectAll().execute();
    expect(rows).toHaveLength(3);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(USER_ID);
    expect(stored).not.toContain(OTHER_USER);
    expect(new Set(rows.map((r) => r.user_hash)).size).toBe(2);
  });

  it("the 👎 modal: its text is kept with the vote (at most 300 characters), and the report shows it with the question", async () => {
    await fresh();
    const question = "what about sanctions on trade?";
    const answer = app.dispatcher.handle(slashCommand("ask", { question }));
    const { down } = voteIds(answer.response);
    const entry = decodeCustomId(down)!.args[1]!;
    const messageId = "1400000000000000003";
    const opened = app.dispatcher.handle(component({ customId: down, messageId }));
    expect(opened.response.type).toBe(InteractionResponseType.Modal);
    expect(interactionResponseProblems(opened.response)).toEqual([]);
    const form = (opened.response as { data: { custom_id: string } }).data;
    expect(decodeCustomId(form.custom_id)).toEqual({ action: "why", args: [entry, questionRef(question)] });

    const submitted = app.dispatcher.handle(
      modalSubmit(
        form.custom_id,
        { [WHY_FIELD]: `  Which countries are sanctioned ${"x".repeat(400)}` },
        { messageId },
      ),
    );
    expect(content(submitted.response)).toBe(messagesFor("en").feedbackThanks);
    // An empty form is still a 👎 and keeps the earlier words.
    app.dispatcher.handle(modalSubmit(form.custom_id, { [WHY_FIELD]: "" }, { messageId }));
    await store.flush();
    const rows = await store.database.db.selectFrom("votes").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.helpful).toBe(0);
    expect(rows[0]!.comment!.startsWith("Which countries are sanctioned")).toBe(true);
    expect(rows[0]!.comment!.length).toBeLessThanOrEqual(300);
    const report = await store.report({ since: clock - DAY, until: clock + DAY });
    expect(report.comments).toEqual([
      { entry, comment: rows[0]!.comment, question, day: new Date(clock).toISOString().slice(0, 10) },
    ]);
    // Turning the vote to 👍 clears what a 👎 said.
    app.dispatcher.handle(component({ customId: voteIds(answer.response).up, messageId }));
    await store.flush();
    const after = await store.database.db.selectFrom("votes").selectAll().executeTakeFirstOrThrow();
    expect([after.helpful, after.comment]).toEqual([1, null]);
  });

  it("unanswered and low-confidence questions are recorded with search's candidates; similar wordings group", async () => {
    await fresh();
    for (const question of ["What is the capital of Peru?", "capital of peru, what is it", "Peru capital?"])
      app.dispatcher.handle(slashCommand("ask", { question }));
    app.dispatcher.handle(slashCommand("ask", { question: "how do they fight terrorism?" }));
    app.dispatcher.handle(slashCommand("topic", { name: "underwater basket weaving" }));
    await store.flush();
    const rows = await store.database.db.selectFrom("questions").selectAll().orderBy("at").execute();
    expect(rows).toHaveLength(5);
    const byText = new Map(rows.map((r) => [r.question, r]));
    const missed = byText.get("What is the capital of Peru?")!;
    expect(missed.status).toBe("unanswered");
    expect(missed.entry_id).toBeNull();
    expect(Array.isArray(JSON.parse(missed.candidates ?? "null"))).toBe(true);
    const answered = byText.get("how do they fight terrorism?")!;
    expect(answered.entry_id).not.toBeNull();
    expect(answered.status).not.toBe("unanswered");
    expect(byText.get("underwater basket weaving")!.status).toBe("unanswered");
    const report = await store.report({ since: clock - DAY, until: clock + DAY });
    expect(report.unanswered[0]).toMatchObject({ count: 3, unanswered: 3, low: 0 });
    expect([report.unanswered[0]!.question, ...report.unanswered[0]!.wordings].sort()).toEqual(
      ["Peru capital?", "What is the capital of Peru?", "capital of peru, what is it"].sort(),
    );
    expect(report.totals.questions).toBe(5);
  });

  it("answers under RECORD_BELOW_CONFIDENCE are recorded as low-confidence, with candidates", async () => {
    clock = Date.now();
    const { s, a } = await open({ recordBelowConfidence: 0.99 });
    try {
      await s.database.db.deleteFrom("questions").execute();
      const questions = [
        "terrorism cooperation with partners",
        "fight terorism",
        "what about sanctions?",
        "qwxz",
      ];
      for (const question of questions) a.dispatcher.handle(slashCommand("ask", { question }));
      await s.flush();
      const rows = await s.database.db.selectFrom("questions").selectAll().execute();
      expect(rows).toHaveLength(questions.length);
      for (const row of rows) {
        expect(row.status).toBe(row.entry_id === null ? "unanswered" : row.score < 0.99 ? "low" : "answered");
        if (row.status !== "answered") expect(Array.isArray(JSON.parse(row.candidates!))).toBe(true);
        if (row.status === "low") expect(JSON.parse(row.candidates!)[0].entry).toBe(row.entry_id);
      }
      expect(rows.some((r) => r.status === "low")).toBe(true);
    } finally {
      await s.close();
    }
  });

  it("a repeated question answered from the reply cache is still recorded each time", async () => {
    await fresh();
    for (let i = 0; i < 3; i++) app.dispatcher.handle(slashCommand("ask", { question: "sanctions" }));
    await store.flush();
    const rows = await store.database.db.selectFrom("questions").select("question").execute();
    expect(rows.map((r) => r.question)).toEqual(["sanctions", "sanctions", "sanctions"]);
    const usage = await store.database.db.selectFrom("usage").selectAll().execute();
    expect(usage.map((u) => [u.kind, u.name, u.result, Number(u.count)])).toEqual([
      ["command", "ask", "ok", 3],
    ]);
  });

  it("retention: rows older than RETENTION_DAYS are purged, recent ones kept", async () => {
    await fresh();
    const now = clock;
    clock = now - 100 * DAY;
    app.dispatcher.handle(slashCommand("ask", { question: "an old question about nothing" }));
    app.dispatcher.handle(component({ customId: "safir:vote:up:countering-terrorism:-" }));
    clock = now;
    app.dispatcher.handle(slashCommand("ask", { question: "a new question about nothing" }));
    await store.flush();
    expect(await store.database.db.selectFrom("questions").selectAll().execute()).toHaveLength(2);
    const gone = await store.purge();
    expect(gone).toEqual({ questions: 1, votes: 1, usage: 2 });
    const left = await store.database.db.selectFrom("questions").select("question").execute();
    expect(left.map((r) => r.question)).toEqual(["a new question about nothing"]);
  });

  it("npm run report prints text, and one JSON object with --json", async () => {
    await fresh();
    app.dispatcher.handle(slashCommand("ask", { question: "What is the capital of Peru?" }));
    const answer = app.dispatcher.handle(slashCommand("ask", { question: "how do they fight terrorism?" }));
    const { up } = voteIds(answer.response);
    app.dispatcher.handle(component({ customId: up }));
    await store.flush();
    const url = target.kind === "sqlite" ? target.url : target.kind === "postgres" ? target.url : "off";
    const json = await runSafir("report", ["--json", "--since", "7d"], {
      env: { DATABASE_URL: url },
    });
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as {
      unanswered: { question: string; count: number }[];
      feedback: { entry: string; helpful: number; notHelpful: number }[];
      volume: { day: string; command: string; count: number }[];
    };
    // The off-topic question got no answer; an answer under RECORD_BELOW_CONFIDENCE may be listed beside it.
    expect(parsed.unanswered).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ question: "What is the capital of Peru?", count: 1, unanswered: 1 }),
      ]),
    );
    expect(parsed.feedback).toEqual([
      expect.objectContaining({ entry: decodeCustomId(up)!.args[1], helpful: 1, notHelpful: 0 }),
    ]);
    expect(parsed.volume.map((v) => [v.command, v.count])).toEqual(
      expect.arrayContaining([
        ["ask", 2],
        ["vote", 1],
      ]),
    );
    const text = await runSafir("report", [], { env: { DATABASE_URL: url } });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Most frequent unanswered questions");
    expect(text.stdout).toContain("What is the capital of Peru?");
    expect(text.stdout).toContain("Entries by helpfulness");
    expect(text.stdout).toMatch(new RegExp(`${decodeCustomId(up)!.args[1]}\\s+1\\s+0\\s+100%`));
    expect(text.stdout).toContain("Volume per day");
    const bad = await runSafir("report", ["--since", "lately"], { env: { DATABASE_URL: url } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--since 'lately' is not a period");
  });

  it.runIf(backend.name === "PostgreSQL")(
    "database down and back: answers go on, votes say so politely, queued rows land, one error log",
    async () => {
      await fresh();
      const pg = backend.pg!();
      const { s, a } = await open({ queueMax: 100 });
      const before = log.entries.filter((c) => c.level === "error").length;
      try {
        const answer = a.dispatcher.handle(slashCommand("ask", { question: "how do they fight terrorism?" }));
        const { up } = voteIds(answer.response);
        await pg.stop();
        a.dispatcher.handle(component({ customId: up, messageId: "1400000000000000010" }));
        await s.flush(); // finds the database gone
        expect(s.stats().up).toBe(false);
        const during = a.dispatcher.handle(slashCommand("ask", { question: "what about sanctions?" }));
        expect(during.outcome.result).toBe("ok");
        const vote = a.dispatcher.handle(component({ customId: up, messageId: "1400000000000000011" }));
        expect(content(vote.response)).toBe(messagesFor("en").feedbackDelayed);
        // Fill the queue: beyond STORE_QUEUE_MAX rows are refused and counted, and the vote says so.
        while (s.stats().queueDepth < 100) a.dispatcher.handle(slashCommand("topics"));
        const refused = a.dispatcher.handle(component({ customId: up, messageId: "1400000000000000012" }));
        expect(content(refused.response)).toBe(messagesFor("en").feedbackRefused);
        expect(s.stats().dropped).toBeGreaterThan(0);
        await s.flush();
        await s.flush();
        const errors = log.entries.filter((c) => c.level === "error").slice(before);
        expect(errors.map((e) => e.msg)).toEqual([expect.stringContaining("store unavailable")]);

        await pg.start();
        for (let i = 0; i < 50 && s.stats().queueDepth > 0; i++) {
          await s.flush();
          if (s.stats().queueDepth > 0) await new Promise((r) => setTimeout(r, 100));
        }
        expect(s.stats()).toMatchObject({ up: true, queueDepth: 0 });
        const votes = await s.database.db
          .selectFrom("votes")
          .select("message_id")
          .orderBy("message_id")
          .execute();
        expect(votes.map((v) => v.message_id)).toEqual(["1400000000000000010", "1400000000000000011"]);
        const questions = await s.database.db.selectFrom("questions").select("question").execute();
        expect(questions.map((q) => q.question).sort()).toEqual([
          "how do they fight terrorism?",
          "what about sanctions?",
        ]);
        expect(log.entries.some((c) => c.msg?.includes("store is back"))).toBe(true);
      } finally {
        await pg.start();
        await s.close();
      }
    },
    90_000,
  );

  it.runIf(backend.name === "PostgreSQL")(
    "the cooldown is shared by two instances, in one atomic statement per check",
    async () => {
      await fresh();
      const cooldown = { uses: 3, windowMs: 60_000 };
      const one = await open({}, cooldown);
      const two = await open({}, cooldown);
      try {
        const results: string[] = [];
        for (let i = 0; i < 4; i++) {
          const instance = i % 2 === 0 ? one.a : two.a;
          const done = await instance.dispatcher.dispatch(slashCommand("topics", {}, "444444444444444444"));
          results.push(done.outcome.result);
        }
        expect(results).toEqual(["ok", "ok", "ok", "cooldown"]);
        // Another user is not affected, on either instance.
        expect(
          (await two.a.dispatcher.dispatch(slashCommand("topics", {}, "555555555555555555"))).outcome.result,
        ).toBe("ok");
        // Many at once from both instances: exactly `uses` get through.
        const burst = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            (i % 2 === 0 ? one.a : two.a).dispatcher.dispatch(
              slashCommand("about", {}, "666666666666666666"),
            ),
          ),
        );
        expect(burst.filter((d) => d.outcome.result === "ok")).toHaveLength(3);
        const rows = await one.s.database.db.selectFrom("cooldowns").select("user_hash").execute();
        expect(JSON.stringify(rows)).not.toContain("444444444444444444");
        // Time passes: the window slides and the user may ask again.
        clock += 61_000;
        expect(
          (await one.a.dispatcher.dispatch(slashCommand("topics", {}, "444444444444444444"))).outcome.result,
        ).toBe("ok");
      } finally {
        await one.s.close();
        await two.s.close();
      }
    },
  );

  it.runIf(backend.name === "SQLite")("with SQLite the cooldown stays in memory", async () => {
    await fresh();
    expect(store.sharedCooldown({ uses: 1, windowMs: 1000 })).toBeUndefined();
  });
});
