import { ApplicationCommandType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { COMMANDS_BY_NAME } from "../../src/commands/index.ts";
import type { Command } from "../../src/commands/types.ts";
import { createDispatcher } from "../../src/interactions/dispatch.ts";
import { deepFreeze, Lru } from "../../src/interactions/memo.ts";
import { notice } from "../../src/reply/respond.ts";
import { autocomplete, component, slashCommand } from "../fixtures/interactions.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

const app = await createApp({ contentDir: `${PROJECT_ROOT}/content` });

describe("the reply cache of pure commands", () => {
  it("answers a repeated request with the same frozen reply, for anyone who asks", () => {
    const first = app.dispatcher.handle(
      slashCommand("ask", { question: "economic sanctions" }, "111111111111111111"),
    );
    const again = app.dispatcher.handle(
      slashCommand("ask", { question: "economic sanctions" }, "222222222222222222"),
    );
    expect(again.response).toBe(first.response);
    expect(Object.isFrozen(first.response)).toBe(true);
    expect(again.outcome).toEqual({ kind: "command", name: "ask", result: "ok" });
  });

  it("keeps requests with other options apart (private, mention, question)", () => {
    const base = app.dispatcher.handle(slashCommand("ask", { question: "peace treaties" })).response;
    const priv = app.dispatcher.handle(
      slashCommand("ask", { question: "peace treaties", private: true }),
    ).response;
    const other = app.dispatcher.handle(slashCommand("ask", { question: "peace treaty" })).response;
    expect(priv).not.toBe(base);
    expect(other).not.toBe(base);
    expect(JSON.stringify(priv)).toContain('"flags":64');
    expect(JSON.stringify(base)).not.toContain('"flags"');
  });

  it("caches autocomplete per typed value", () => {
    const a = app.dispatcher.handle(autocomplete("topic", "name", "sanc")).response;
    const b = app.dispatcher.handle(autocomplete("topic", "name", "sanc")).response;
    const c = app.dispatcher.handle(autocomplete("topic", "name", "peace")).response;
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it("never caches personal replies: 'Post in channel' names whoever clicked", () => {
    const click = (user: string) =>
      app.dispatcher.handle(
        component({ customId: "safir:post:economic-sanctions", userId: user, ephemeral: true }),
      ).response;
    expect(JSON.stringify(click("333333333333333333"))).toContain("<@333333333333333333>");
    expect(JSON.stringify(click("444444444444444444"))).toContain("<@444444444444444444>");
  });

  it("never caches failures, and a command that is not pure runs every time", () => {
    let calls = 0;
    const flaky: Command = {
      pure: true,
      definition: { type: ApplicationCommandType.ChatInput, name: "flaky", description: "fails once" },
      execute() {
        calls++;
        if (calls === 1) throw new Error("first call fails");
        return notice("fine");
      },
    };
    const counted: Command = { ...flaky, pure: false, definition: { ...flaky.definition, name: "counted" } };
    let countedCalls = 0;
    counted.execute = () => {
      countedCalls++;
      return notice("fine");
    };
    const dispatcher = createDispatcher({
      services: app.services,
      commands: new Map([...COMMANDS_BY_NAME, ["flaky", flaky], ["counted", counted]]),
    });
    expect(dispatcher.handle(slashCommand("flaky")).outcome.result).toBe("error");
    expect(dispatcher.handle(slashCommand("flaky")).outcome.result).toBe("ok");
    expect(dispatcher.handle(slashCommand("flaky")).outcome.result).toBe("ok");
    expect(calls).toBe(2);
    dispatcher.handle(slashCommand("counted"));
    dispatcher.handle(slashCommand("counted"));
    expect(countedCalls).toBe(2);
  });

  it("memoSize 0 turns the cache off", async () => {
    const fresh = await createApp({ contentDir: `${PROJECT_ROOT}/content`, memoSize: 0 });
    const a = fresh.dispatcher.handle(slashCommand("topics")).response;
    const b = fresh.dispatcher.handle(slashCommand("topics")).response;
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
  });
});

describe("Lru", () => {
  it("evicts the least recently used key beyond its size", () => {
    const lru = new Lru<number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1); // a is now the most recent
    lru.set("c", 3);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe(1);
    expect(lru.get("c")).toBe(3);
    expect(lru.size).toBe(2);
  });

  it("deepFreeze freezes nested objects and arrays", () => {
    const v = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(v.a.b[1])).toBe(true);
    expect(() => {
      (v.a.b as unknown[]).push(3);
    }).toThrow();
  });
});
