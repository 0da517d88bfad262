import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { QUESTION_MAX } from "../../src/commands/ask.ts";
import { Lru } from "../../src/interactions/memo.ts";
import { autocomplete, slashCommand } from "../fixtures/interactions.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";

/**
 * Issue 13, item 5: the reply cache held 1,000 replies whatever their size, so 2,200 large distinct requests
 * took `serve` to ~1 GB. It is bounded by bytes now, and requests Discord would never send (a question over
 * the option's max_length) are answered without being cached.
 */
const CONTENT = `${PROJECT_ROOT}/content`;

describe("item 5: the reply cache is bounded by bytes", () => {
  it("Lru: the estimated bytes never pass the budget, however many entries arrive", () => {
    const lru = new Lru<string>(1000, 10_000);
    for (let i = 0; i < 5000; i++) {
      lru.set(`key-${i}`, "v", 100 + (i % 700));
      expect(lru.bytes).toBeLessThanOrEqual(10_000);
    }
    expect(lru.size).toBeGreaterThan(0);
    // A single value over an eighth of the budget is not kept at all.
    lru.set("huge", "v", 5000);
    expect(lru.get("huge")).toBeUndefined();
  });

  it("2,200 distinct long questions keep the dispatcher's cache under its byte budget", async () => {
    const budget = 512 * 1024;
    const app = await createApp({ contentDir: CONTENT, memoMaxBytes: budget });
    const filler = "regional peace and treaties ".repeat(20).slice(0, QUESTION_MAX - 10);
    for (let i = 0; i < 2200; i++) {
      const { outcome } = app.dispatcher.handle(slashCommand("ask", { question: `${filler} ${i}` }));
      expect(outcome.result).toBe("ok");
      expect(app.dispatcher.cache.bytes).toBeLessThanOrEqual(budget);
    }
    expect(app.dispatcher.cache.size).toBeGreaterThan(0);
    expect(app.dispatcher.cache.size).toBeLessThan(2200);
  });

  it("a question over max_length is answered (a valid reply) but never cached", async () => {
    const app = await createApp({ contentDir: CONTENT });
    const long = `economic sanctions ${"x".repeat(QUESTION_MAX)}`;
    for (let i = 0; i < 3; i++) {
      const { response, outcome } = app.dispatcher.handle(slashCommand("ask", { question: `${long}${i}` }));
      expect(outcome.result).toBe("ok");
      expect(interactionResponseProblems(response)).toEqual([]);
    }
    expect(app.dispatcher.cache.size).toBe(0);
    // The same question within the limit is cached as before.
    app.dispatcher.handle(slashCommand("ask", { question: "economic sanctions" }));
    expect(app.dispatcher.cache.size).toBe(1);
  });

  it("autocomplete typed past max_length, or for an option that has no autocomplete, is not cached", async () => {
    const app = await createApp({ contentDir: CONTENT });
    app.dispatcher.handle(autocomplete("topic", "name", "s".repeat(101)));
    app.dispatcher.handle(autocomplete("topic", "private", "sanc"));
    expect(app.dispatcher.cache.size).toBe(0);
    app.dispatcher.handle(autocomplete("topic", "name", "sanc"));
    expect(app.dispatcher.cache.size).toBe(1);
  });
});
