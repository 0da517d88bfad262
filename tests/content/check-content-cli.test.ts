import { afterAll, describe, expect, it } from "vitest";
import { killChildren, runSafir, STACK_FRAME } from "../fixtures/spawn.ts";

afterAll(killChildren);

const BROKEN = "tests/fixtures/content-broken";

describe.concurrent("npm run check-content", () => {
  it("prints every problem as file:line: message on stderr and exits 1", async () => {
    const { code, stdout, stderr } = await runSafir("check-content", [`${BROKEN}/several`]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.split("\n").filter((l) => /^\S+\.md:\d+: /.test(l));
    expect(lines).toEqual([
      `${BROKEN}/several/ai.md:1: must start with a '---' line that opens the YAML front matter`,
      `${BROKEN}/several/peace.md:3: 'title' must not be empty`,
      expect.stringMatching(new RegExp(`^${BROKEN}/several/sanctions\\.md:4: 'area' must be one of`)),
    ]);
    expect(stderr).toMatch(/3 problems in .*several/);
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it("names an empty folder once, by a readable path", async () => {
    const { code, stderr } = await runSafir("check-content", [`${BROKEN}/empty-folder`]);
    expect(code).toBe(1);
    expect(stderr.split("\n")[0]).toBe(`${BROKEN}/empty-folder: the content folder has no .md entries`);
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it("passes on the shipped content", async () => {
    const { code, stdout, stderr } = await runSafir("check-content", ["content"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^content: \d+ entries \(6 areas, \d+ topics\), all valid\.\n$/);
  });
});

describe.concurrent("start-up with bad content", () => {
  it("refuses to start, names the file and line, and prints no stack trace", async () => {
    const { code, stdout, stderr } = await runSafir("start", [], {
      env: { CONTENT_DIR: `${BROKEN}/unknown-area` },
      input: "/ask question: terrorism\n",
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("sanctions.md:4: 'area' must be one of");
    expect(stderr).toMatch(/run `npm run check-content`/);
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(stderr).not.toMatch(/starting the local console/);
  });

  it("refuses a missing content folder with a message naming it", async () => {
    const { code, stderr } = await runSafir("start", [], {
      env: { CONTENT_DIR: `${BROKEN}/no-such-folder` },
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/no-such-folder.*does not exist/);
    expect(stderr).not.toMatch(STACK_FRAME);
  });
});
