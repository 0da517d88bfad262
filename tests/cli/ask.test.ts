import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AREA_IDS } from "../../src/content/areas.ts";
import { killChildren, type RunResult, runSafir, STACK_FRAME } from "../fixtures/spawn.ts";

afterAll(killChildren);

interface Brief {
  id: string;
  area: string;
  title: string;
  score: number;
}
interface Line {
  query: string;
  answer: Brief | null;
  results: Brief[];
  notInSource: string[];
}

const QUESTIONS = [
  "How do they fight terrorism?",
  "",
  "what is the best pizza recipe",
  "الإرهـــاب",
  "İşbirliği 🤝",
  'a "quoted" \\ question with a tab\tinside',
  "sanctions",
  "   ",
  "is it allied with Brazil",
];

function expectBrief(b: Brief): void {
  expect(Object.keys(b).sort()).toEqual(["area", "id", "score", "title"]);
  expect(typeof b.id).toBe("string");
  expect(typeof b.title).toBe("string");
  expect(AREA_IDS as readonly string[]).toContain(b.area);
  expect(b.score).toBeGreaterThanOrEqual(0);
  expect(b.score).toBeLessThanOrEqual(1);
}

describe("npm run ask -- --json", () => {
  let run: RunResult;
  let lines: Line[];

  beforeAll(async () => {
    // CRLF on one line, as a Windows pipe would send it.
    const input = `${QUESTIONS.slice(0, -1).join("\n")}\r\n${QUESTIONS.at(-1)}\n`;
    run = await runSafir("ask", ["--json"], { input });
    lines = run.stdout
      .split("\n")
      .filter((l, i, all) => i < all.length - 1 || l !== "")
      .map((l) => JSON.parse(l) as Line);
  });

  it("exits 0 and writes nothing on stderr", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("writes exactly one JSON object per input line, nothing else, ending in a newline", () => {
    expect(run.stdout.endsWith("\n")).toBe(true);
    expect(lines.map((l) => l.query)).toEqual(QUESTIONS);
  });

  it("each line has query, answer and at most five results, best first", () => {
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(["answer", "notInSource", "query", "results"]);
      expect(Array.isArray(line.notInSource)).toBe(true);
      expect(line.results.length).toBeLessThanOrEqual(5);
      line.results.forEach(expectBrief);
      for (let i = 1; i < line.results.length; i++)
        expect(line.results[i]!.score).toBeLessThanOrEqual(line.results[i - 1]!.score);
      if (line.answer) {
        expectBrief(line.answer);
        expect(line.answer).toEqual(line.results[0]);
      }
    }
  });

  it("answers in-scope questions and gives null for empty and off-topic ones", () => {
    const byQuery = new Map(lines.map((l) => [l.query, l]));
    expect(byQuery.get("How do they fight terrorism?")?.answer?.area).toBe("countering-threats");
    expect(byQuery.get("sanctions")?.answer?.id).toBe("economic-sanctions");
    expect(byQuery.get("الإرهـــاب")?.answer?.id).toBe("countering-terrorism");
    expect(byQuery.get("İşbirliği 🤝")?.answer).not.toBeNull();
    for (const q of ["", "   "])
      expect(byQuery.get(q)).toEqual({ query: q, answer: null, results: [], notInSource: [] });
    expect(byQuery.get("what is the best pizza recipe")?.answer).toBeNull();
  });

  it("names what the source does not cover, as the user wrote it, and nothing for a covered question", () => {
    const byQuery = new Map(lines.map((l) => [l.query, l]));
    expect(byQuery.get("is it allied with Brazil")?.notInSource).toEqual(["Brazil"]);
    expect(byQuery.get("is it allied with Brazil")?.answer?.area).toBe("cooperation-and-alliances");
    expect(byQuery.get("How do they fight terrorism?")?.notInSource).toEqual([]);
    expect(byQuery.get("الإرهـــاب")?.notInSource).toEqual([]);
  });
});

describe.concurrent('npm run ask -- "question"', () => {
  it("prints the rendered reply: title, text, footer, no markdown", async () => {
    const { code, stdout, stderr } = await runSafir("ask", ["how", "do", "they", "fight", "terrorism?"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Asked: how do they fight terrorism\?\n/);
    expect(stdout).toContain("Cooperation against terrorism");
    expect(stdout).toContain(
      "Source: “Foreign Policy and Security Relations of an Islamic Nation” § Key Focus Areas",
    );
    expect(stdout).not.toContain("**");
  });

  it("with no question prints the usage on stderr and exits 2, without a stack trace", async () => {
    const { code, stdout, stderr } = await runSafir("ask");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Usage:/);
    expect(stderr).not.toMatch(STACK_FRAME);
  });
});
