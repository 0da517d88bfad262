import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONSOLE_USER, parseConsoleLine } from "../../src/console/parse-line.ts";

const options = (line: string) => {
  const parsed = parseConsoleLine(line);
  if (parsed.kind !== "command") throw new Error(`expected a command, got ${JSON.stringify(parsed)}`);
  return { name: parsed.request.name, options: parsed.request.options };
};

describe("parseConsoleLine", () => {
  it("reads slash commands as Discord's client would fill them", () => {
    expect(options("/ask question: how do they fight terrorism?")).toEqual({
      name: "ask",
      options: { question: "how do they fight terrorism?" },
    });
    expect(options("/topic name: sanctions")).toEqual({ name: "topic", options: { name: "sanctions" } });
    expect(options("/topics")).toEqual({ name: "topics", options: {} });
    expect(options("/about")).toEqual({ name: "about", options: {} });
  });

  it("takes text before any option name as the first option", () => {
    expect(options("/topic sanctions")).toEqual({ name: "topic", options: { name: "sanctions" } });
    expect(options("/ask terrorism")).toEqual({ name: "ask", options: { question: "terrorism" } });
  });

  it("reads several options, booleans and mixed case", () => {
    expect(options("/ASK Question: terrorism private: yes")).toEqual({
      name: "ask",
      options: { question: "terrorism", private: true },
    });
    expect(options("/topic name: sanctions private: false mention: 123")).toEqual({
      name: "topic",
      options: { name: "sanctions", private: false, mention: "123" },
    });
  });

  it("a bare line is a question for /ask, as the console user", () => {
    const parsed = parseConsoleLine("  what about sanctions?  ", 7);
    expect(parsed).toEqual({
      kind: "command",
      request: {
        id: "console-7",
        name: "ask",
        options: { question: "what about sanctions?" },
        user: CONSOLE_USER,
      },
    });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["/help", "help"],
    ["/?", "help"],
    ["/quit", "quit"],
    ["/exit", "quit"],
    ["/Q", "quit"],
  ])("%j → %s", (line, kind) => {
    expect(parseConsoleLine(line).kind).toBe(kind);
  });

  it.each([
    ["/nope", /Unknown command '\/nope'.*\/help/],
    ["/", /Unknown command/],
    ["/topic", /\/topic needs 'name:'/],
    ["/topic name:   ", /\/topic needs 'name:'/],
    ["/ask", /\/ask needs 'question:'/],
    ["/ask question: x private: maybe", /'private' takes true or false/],
    ["/topics extra words", /\/topics takes no options/],
  ])("%j → a clear message", (line, message) => {
    const parsed = parseConsoleLine(line);
    expect(parsed.kind).toBe("error");
    if (parsed.kind === "error") expect(parsed.message).toMatch(message);
  });

  it("never throws on any line", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string().map((s) => `/${s}`),
        ),
        (line) => {
          expect(["command", "help", "quit", "empty", "error"]).toContain(parseConsoleLine(line).kind);
        },
      ),
    );
  });
});
