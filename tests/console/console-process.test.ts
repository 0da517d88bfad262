import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killChildren, type RunResult, runSafir, STACK_FRAME } from "../fixtures/spawn.ts";

afterAll(killChildren);

// Errors and help print without an echo, so they come first; each command after is echoed as "> line".
const LINES = [
  "/help",
  "/frobnicate",
  "/topic",
  "/ask question: terrorism",
  "/topic name: sanctions",
  "/topics",
  "/about",
  "how do they fight terrorism?",
  "what is the best pizza recipe",
];

let run: RunResult;
const sections = new Map<string, string>();

beforeAll(async () => {
  run = await runSafir("start", [], { input: `${LINES.join("\n")}\n` });
  let current = "(before the first command)";
  for (const line of run.stdout.split("\n")) {
    if (line.startsWith("> ")) current = line.slice(2);
    sections.set(current, `${sections.get(current) ?? ""}${line}\n`);
  }
});

describe("npm start without a token: the piped local console", () => {
  it("exits 0 at the end of input", () => {
    expect(run.code).toBe(0);
  });

  it("prints one line on stderr saying it is starting the local console, and nothing else", () => {
    const lines = run.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/no DISCORD_TOKEN set, starting the local console/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("answers every command line, in order", () => {
    expect([...sections.keys()].slice(1)).toEqual(LINES.slice(3));
  });

  it("/help, an unknown command and /topic without a name get clear messages", () => {
    const before = sections.get("(before the first command)") ?? "";
    expect(before).toContain("/ask question: how do they fight terrorism?");
    expect(before).toMatch(/Unknown command '\/frobnicate'/);
    expect(before).toMatch(/\/topic needs 'name:'/);
  });

  it("/ask question: terrorism → the countering-threats answer, readable", () => {
    const out = sections.get("/ask question: terrorism") ?? "";
    expect(out).toMatch(/Cooperation against terrorism|Countering threats/);
    expect(out).toContain("§ Key Focus Areas › Countering Threats");
    expect(out).not.toContain("**");
    expect(out.includes("\u001b[")).toBe(false); // no colour codes when piped
  });

  it("/topic name: sanctions → economic sanctions", () => {
    expect(sections.get("/topic name: sanctions")).toMatch(/Economic sanctions/);
  });

  it("/topics and /about", () => {
    expect(sections.get("/topics")).toMatch(/Topics[\s\S]*Countering threats[\s\S]*Economic sanctions/);
    expect(sections.get("/about")).toMatch(/About Safir[\s\S]*Foreign Policy and Security Relations/);
  });

  it("a bare question is asked, and an off-topic one is told there is no confident answer", () => {
    expect(sections.get("how do they fight terrorism?")).toContain("§ Key Focus Areas › Countering Threats");
    expect(sections.get("what is the best pizza recipe")).toMatch(/No confident answer/);
  });
});
