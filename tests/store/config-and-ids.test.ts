import { messagesFor } from "../../src/i18n/index.ts";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { feedbackRow } from "../../src/components/build.ts";
import { decodeCustomId, encodeCustomId } from "../../src/components/custom-id.ts";
import { ConfigError, databaseTarget, readStoreConfig } from "../../src/config.ts";
import { openStore } from "../../src/store/open.ts";
import { questionRef } from "../../src/store/question-ref.ts";
import { slashCommand } from "../fixtures/interactions.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";
import { recordingLogger } from "../support/fake-logger.ts";

describe("DATABASE_URL and the store settings", () => {
  it("reads every form: unset, relative and absolute files, postgres, off", () => {
    expect(databaseTarget(undefined, "/srv/safir")).toEqual({
      kind: "sqlite",
      url: "file:/srv/safir/data/safir.db",
      file: "/srv/safir/data/safir.db",
    });
    expect(databaseTarget("file:/var/lib/safir.db", "/x")).toMatchObject({
      kind: "sqlite",
      file: "/var/lib/safir.db",
    });
    expect(databaseTarget("file:///var/lib/safir.db", "/x")).toMatchObject({ file: "/var/lib/safir.db" });
    expect(databaseTarget("postgres://u:p@db:5432/safir")).toEqual({
      kind: "postgres",
      url: "postgres://u:p@db:5432/safir",
    });
    expect(databaseTarget("postgresql://db/safir")).toMatchObject({ kind: "postgres" });
    expect(databaseTarget("OFF")).toEqual({ kind: "off" });
  });

  it("one clear line per bad value, never echoing a password", () => {
    let problems: string[] = [];
    try {
      readStoreConfig({
        DATABASE_URL: "mysql://root:hunter2@db/safir",
        RETENTION_DAYS: "0",
        RECORD_BELOW_CONFIDENCE: "high",
        STORE_HASH_SECRET: "short",
      });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      problems = (err as ConfigError).problems;
    }
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).not.toContain("hunter2");
    expect(problems[0]).toMatch(/^DATABASE_URL must be 'off', a file: URL .* or a postgres:\/\/ URL/);
    expect(problems.some((p) => p.startsWith("RETENTION_DAYS is '0'"))).toBe(true);
    expect(problems.some((p) => p.startsWith("RECORD_BELOW_CONFIDENCE is 'high'"))).toBe(true);
    expect(problems.some((p) => p.startsWith("STORE_HASH_SECRET is too short"))).toBe(true);
    expect(readStoreConfig({})).toMatchObject({
      retentionDays: 90,
      recordBelowConfidence: 0.5,
      queueMax: 10_000,
    });
  });

  it("PostgreSQL without STORE_HASH_SECRET is refused: every instance must hash alike", async () => {
    const config = readStoreConfig({ DATABASE_URL: "postgres://u:secretpw@127.0.0.1:1/safir" });
    await expect(openStore(config, { log: recordingLogger() })).rejects.toThrow(
      /STORE_HASH_SECRET is not set/,
    );
  });

  it("SQLite without STORE_HASH_SECRET generates a key once, beside the database, private to its owner", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "safir-key-"));
    try {
      const config = readStoreConfig({ DATABASE_URL: `file:${dir}/db/safir.db` });
      const log = recordingLogger();
      const first = await openStore(config, { log });
      await first!.close();
      const key = readFileSync(`${dir}/db/safir.db.key`, "utf8").trim();
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(statSync(`${dir}/db/safir.db.key`).mode & 0o077).toBe(0);
      expect(log.entries.filter((e) => e.level === "warn").map((e) => e.msg)).toEqual([
        expect.stringContaining("STORE_HASH_SECRET is not set"),
      ]);
      const again = await openStore(config, { log });
      await again!.close();
      expect(readFileSync(`${dir}/db/safir.db.key`, "utf8").trim()).toBe(key);
      expect(log.entries.filter((e) => e.level === "warn")).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("DATABASE_URL=off opens nothing, and says so once", async () => {
    const log = recordingLogger();
    expect(await openStore(readStoreConfig({ DATABASE_URL: "off" }), { log })).toBeUndefined();
    expect(log.entries.map((e) => e.msg)).toEqual([expect.stringContaining("recording is off")]);
  });
});

describe("feedback custom_ids and question references", () => {
  it("fit Discord's 100 characters with the longest entry id", () => {
    const longest = "a".repeat(64);
    const ref = questionRef("x".repeat(500));
    expect(ref.length).toBeLessThanOrEqual(11);
    for (const button of feedbackRow(longest, ref).components) {
      const id = (button as { custom_id: string }).custom_id;
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeCustomId(id)?.args.slice(1)).toEqual([longest, ref]);
    }
    expect(encodeCustomId("why", longest, ref).length).toBeLessThanOrEqual(100);
  });

  it("the same question in another case or spacing has the same reference; another question another", () => {
    expect(questionRef("How do they fight  TERRORISM?")).toBe(questionRef("how do they fight terrorism?"));
    expect(questionRef("how do they fight terrorism?")).not.toBe(questionRef("how do they fight piracy?"));
    expect(questionRef("   ")).toBe("-");
    expect(questionRef("question")).toMatch(/^[0-9a-z]+$/);
  });
});

describe("/about", () => {
  it("says in one line what is stored, or that nothing is", async () => {
    const app = await createApp({ contentDir: path.join(PROJECT_ROOT, "content") });
    const about = app.dispatcher.handle(slashCommand("about"));
    const fields = (about.response as { data: { embeds: { fields: { name: string; value: string }[] }[] } })
      .data.embeds[0]!.fields;
    expect(fields.find((f) => f.name === "Privacy")?.value).toBe(messagesFor("en").privacyOff);
    expect(messagesFor("en").privacyOff.split("\n")).toHaveLength(1);
  });
});
