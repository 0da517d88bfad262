import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { evaluate, parseQuestions, pct } from "../../src/eval/score.ts";
import { buildIndex } from "../../src/search/index.ts";
import { killChildren, PROJECT_ROOT, runSafir, STACK_FRAME } from "../fixtures/spawn.ts";

afterAll(killChildren);

const SMALL = "tests/fixtures/eval/small.jsonl";
const MALFORMED = "tests/fixtures/eval/malformed.jsonl";

describe.concurrent("npm run eval <file>", () => {
  it("prints top-1, top-3 and the rejection rate, and lists the misses", async () => {
    const { code, stdout, stderr } = await runSafir("eval", [SMALL]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.split("\n")).toEqual([
      'MISS "sanctions" expect=[conclusion] answer=countering-threats top3=[countering-threats]',
      `questions: 8 (6 in scope, 2 off topic) from ${SMALL}`,
      "in-scope top-1: 5/6 (83.3%)",
      "in-scope top-3: 5/6 (83.3%)",
      "off-topic rejected: 2/2 (100.0%)",
      "",
    ]);
  });

  it("a malformed line is an error naming the file and line, exit 1, no stack trace", async () => {
    const { code, stdout, stderr } = await runSafir("eval", [MALFORMED]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`^${MALFORMED}:2: not valid JSON\\n`));
    expect(stderr).not.toMatch(STACK_FRAME);
  });
});

describe("parseQuestions", () => {
  it("reads one question per line, skipping blank lines (CRLF too)", () => {
    expect(parseQuestions('{"q":"a","expect":["overview"]}\r\n\r\n{"q":"b","expect":[]}\n')).toEqual([
      { q: "a", expect: ["overview"] },
      { q: "b", expect: [] },
    ]);
  });

  it.each([
    ['{"q":"a","expect":[]}\n{oops', "f.jsonl:2: not valid JSON"],
    ['{"q":"a"}', "f.jsonl:1: expected"],
    ['{"q":1,"expect":[]}', "f.jsonl:1: expected"],
    ['\n\n{"q":"a","expect":[1]}', "f.jsonl:3: expected"],
    ["[]", "f.jsonl:1: expected"],
  ])("%j → an error naming the line", (text, message) => {
    expect(() => parseQuestions(text, "f.jsonl")).toThrow(message);
  });
});

describe("evaluate", async () => {
  const index = buildIndex(await loadContent(path.join(PROJECT_ROOT, "content")));

  it("counts top-1 by the answer's area, top-3 by the first three areas, and rejections", () => {
    const r = evaluate(index, [
      { q: "terrorism", expect: ["countering-threats"] },
      { q: "terrorism", expect: ["conclusion"] },
      { q: "what is the best pizza recipe", expect: [] },
      { q: "economic sanctions", expect: [] },
    ]);
    expect(r).toMatchObject({ inScope: 2, top1: 1, offTopic: 2, rejected: 1 });
    expect(r.top3).toBeGreaterThanOrEqual(r.top1);
    expect(r.rows.map((row) => row.ok)).toEqual([true, false, true, false]);
    expect(r.rows[0]).toMatchObject({ answer: "countering-threats" });
    expect(r.rows[2]).toMatchObject({ answer: null, top3: [] });
    expect(new Set(r.rows[0]!.top3).size).toBe(r.rows[0]!.top3.length);
  });

  it("pct formats a share, and n/a for none", () => {
    expect(pct(1, 3)).toBe("33.3%");
    expect(pct(0, 0)).toBe("n/a");
  });
});
