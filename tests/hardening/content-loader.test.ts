import { execFileSync, spawn } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/content/entry.ts";
import { checkContentDir } from "../../src/content/load.ts";
import { parseEntryFile } from "../../src/content/parse.ts";
import { validateContent } from "../../src/content/validate.ts";
import { entryText, tempContent } from "../support/content-fixtures.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

/**
 * Issue 13, items 2 and 3: a content folder that made the loader hang, or stop on "an unexpected error"
 * without a file:line. Each case now ends, with the problem named at its file (and line), and the rest of
 * the folder still checked: every case also holds one ordinary mistake, which must be reported too.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const ORDINARY = { "ordinary.md": entryText({ id: "ordinary", title: "   " }) };

async function folder(files: Record<string, string> = {}) {
  const t = await tempContent({ ...ORDINARY, ...files });
  cleanups.push(t.done);
  return t.dir;
}

async function check(dir: string) {
  const { problems } = await checkContentDir(dir);
  const lines = problems.map(formatProblem);
  // The ordinary mistake beside the hostile file is still found: the rest of the folder was checked.
  expect(lines).toContainEqual(expect.stringMatching(/^ordinary\.md:3: 'title' must not be empty/));
  return lines;
}

describe("item 2: the loader cannot be made to hang", () => {
  it("two symlinks to the folder itself: each folder is read once", async () => {
    const dir = await folder();
    await symlink(dir, path.join(dir, "loop-a"));
    await symlink(".", path.join(dir, "loop-b"));
    const lines = await check(dir);
    expect(lines).toContainEqual(expect.stringMatching(/^loop-a: leads to a folder already read/));
    expect(lines).toContainEqual(expect.stringMatching(/^loop-b: leads to a folder already read/));
  });

  it("a FIFO named x.md is reported, never opened for a blocking read", async () => {
    const dir = await folder();
    execFileSync("mkfifo", [path.join(dir, "x.md")]);
    const lines = await check(dir);
    expect(lines).toContainEqual(expect.stringMatching(/^x\.md:1: is not a regular file \(a named pipe\)/));
  });

  it("'related: [\"(a|aa)+\"]' beside a long quote is a dangling link, not a runaway regex", async () => {
    const quote = `${"a".repeat(500)}!`;
    const dir = await folder({
      "evil.md": entryText({ id: "evil", related: ["(a|aa)+"], quotes: [quote] }),
    });
    const lines = await check(dir);
    expect(lines).toContainEqual(expect.stringMatching(/^evil\.md:\d+: 'related' names '\(a\|aa\)\+'/));
  });

  it("front matter with tens of thousands of keys (790 KB) is refused by size", async () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: v${i}`).join("\n");
    const dir = await folder({ "keys.md": `---\n${keys}\n---\n- x\n` });
    const lines = await check(dir);
    expect(lines).toContainEqual(
      expect.stringMatching(/^keys\.md:1: is \d+ bytes; an entry file may be at most/),
    );
  });

  it("the duplicate-key check is linear: 4,000 keys under the size caps parse, each duplicate named", () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `k${i}: v`).join("\n");
    const { problems } = parseEntryFile("keys.md", `---\nid: a\n${keys}\nid: b\n---\n- x\n`);
    expect(problems[0]).toMatchObject({ file: "keys.md", line: 4003 });
    expect(problems[0]!.message).toMatch(/'id' appears twice/);
  });

  it("a file larger than the cap is reported with its size, not read", async () => {
    const dir = await folder({ "big.md": `---\n${"# pad\n".repeat(60_000)}---\n- x\n` });
    const lines = await check(dir);
    expect(lines).toContainEqual(
      expect.stringMatching(/^big\.md:1: is \d+ bytes; an entry file may be at most 262144/),
    );
  });
});

describe("item 3: every failure is a file:line problem, and the rest of the folder is checked", () => {
  it("'related: [\"(\"]' (an invalid regex before) is a dangling link at its line", async () => {
    const dir = await folder({ "paren.md": entryText({ id: "paren", related: ["("] }) });
    const lines = await check(dir);
    expect(lines).toContainEqual(expect.stringMatching(/^paren\.md:10: 'related' names '\('/));
  });

  it("a YAML alias bomb is 'Excessive alias count' at the line of the first alias", async () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    const dir = await folder({ "bomb.md": `---\n${bomb}\n---\n- x\n` });
    const lines = await check(dir);
    expect(lines).toContainEqual(
      expect.stringMatching(/^bomb\.md:3: the front matter cannot be read: .*alias/i),
    );
  });

  it("200,000 non-bullet body lines: a capped list of problems, no stack overflow", () => {
    const body = "not a bullet\n".repeat(200_000);
    const text = `${entryText({ id: "lines" })}${body}`;
    const { problems } = validateContent([{ file: "lines.md", text }]);
    const mine = problems.filter((p) => p.file === "lines.md");
    expect(mine.length).toBeLessThanOrEqual(21);
    expect(mine[0]).toMatchObject({ line: 15, message: expect.stringMatching(/start each line with '- '/) });
    expect(mine.at(-1)!.message).toMatch(/and \d+ more problems in this file/);
  });

  it("a symlink to /dev/zero is 'not a regular file (a device)'", async () => {
    const dir = await folder();
    await symlink("/dev/zero", path.join(dir, "zero.md"));
    const lines = await check(dir);
    expect(lines).toContainEqual(expect.stringMatching(/^zero\.md:1: is not a regular file \(a device\)/));
  });

  it("a directory named folder.md is reported as a folder, and its entries are still read", async () => {
    const dir = await folder({ "folder.md/inner.md": entryText({ id: "inner", summary: "short" }) });
    const lines = await check(dir);
    expect(lines).toContainEqual(expect.stringMatching(/^folder\.md:1: is a folder, not a file/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^folder\.md\/inner\.md:\d+: 'summary' must be at least/),
    );
  });

  it("10,000 valid files load under `ulimit -n 1024` (files are opened a few at a time)", async () => {
    const dir = await folder();
    // The ordinary mistake would fail the whole check: this test wants a clean load.
    await writeFile(path.join(dir, "ordinary.md"), entryText({ id: "ordinary" }));
    await mkdir(path.join(dir, "many"));
    await Promise.all(
      Array.from({ length: 10_000 }, (_, i) =>
        writeFile(path.join(dir, "many", `t${i}.md`), entryText({ id: `t${i}` })),
      ),
    );
    const script = path.join(PROJECT_ROOT, "dist/safir.js");
    const child = spawn(
      "bash",
      ["-c", 'ulimit -n 1024 && exec "$0" "$1" check-content "$2"', process.execPath, script, dir],
      { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(out).toMatch(/10007 entries \(6 areas, 10001 topics\), all valid/);
    expect(code).toBe(0);
  }, 120_000);
});
