import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ContentCopy, copyContent } from "../support/content-copy.ts";
import { type LiveProcess, startLive, stopLive } from "../support/live-process.ts";

/**
 * `npm start` without a token (the console), running on a copy of the content that the test edits: the
 * next answer shows each edit, a broken edit keeps the last good content, and SIGHUP and /reload reload
 * when watching is off.
 */
let copy: ContentCopy;
let run: LiveProcess;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Sends a console line and resolves with its answer (the text after its echo, up to the next prompt). */
async function ask(p: LiveProcess, line: string, expect: RegExp): Promise<string> {
  const from = p.stdout().length;
  p.send(line);
  return p.waitFor("stdout", new RegExp(`> ${escape(line)}\\n[\\s\\S]*${expect.source}`), from);
}

beforeAll(async () => {
  copy = await copyContent();
});
afterAll(async () => {
  stopLive();
  await copy?.cleanup();
});

describe("the console reloads its content while running (CONTENT_WATCH on)", () => {
  beforeAll(async () => {
    run = startLive("start", { CONTENT_DIR: copy.dir, CONTENT_WATCH: "on" });
    // An answer means the console is up, and so is the watcher (it starts before the first line is read).
    await ask(run, `/topic name: ${copy.topic.id}`, new RegExp(escape(copy.topic.title)));
  }, 60_000);

  it("a good edit shows in the next answer, with a line saying what changed", async () => {
    const from = run.stderr().length;
    const title = await copy.retitle(copy.topic, "Retitled in the console test");
    const said = await run.waitFor("stderr", /content reloaded: .*\n/, from);
    expect(said).toContain(`1 changed (${copy.topic.id})`);
    expect(said).toMatch(/hash [0-9a-f]{12} \(was [0-9a-f]{12}\)/);
    await ask(run, `/topic name: ${copy.topic.id}`, new RegExp(escape(title)));
  });

  it("a broken edit keeps the last good content and prints each problem as file:line", async () => {
    const from = run.stderr().length;
    const line = await copy.breakKind(copy.topic);
    const said = await run.waitFor("stderr", /content reload rejected: .*\n/, from);
    expect(said).toContain(`content problem: `);
    expect(said).toMatch(new RegExp(`${escape(copy.topic.file)}:${line}: `));
    expect(said).toContain("still serving the last good content");
    await ask(run, `/topic name: ${copy.topic.id}`, /Retitled in the console test/);
  });

  it("a new file is served, and deleting it takes it away", async () => {
    let from = run.stderr().length;
    await copy.restore(copy.topic);
    const id = await copy.addProbe("console-probe", "Console probe entry");
    await run.waitFor("stderr", /content reloaded: .*1 added \(console-probe\)/, from);
    await ask(run, `/topic name: ${id}`, /Console probe entry/);

    from = run.stderr().length;
    await copy.remove(`${id}.md`);
    await run.waitFor("stderr", /content reloaded: .*1 removed \(console-probe\)/, from);
    // Not found is a private reply suggesting others; found would be public.
    const reply = await ask(run, `/topic name: ${id}`, /only you can see this/);
    expect(reply).not.toContain("Console probe entry");
  });

  it("ends at the end of input and exits 0, with no stack trace", async () => {
    run.child.stdin?.end();
    expect(await run.exited).toBe(0);
    expect(run.stderr()).not.toMatch(/^\s+at\s/m);
  });
});

describe("the console with CONTENT_WATCH=off: SIGHUP and /reload", () => {
  let quiet: LiveProcess;
  beforeAll(async () => {
    quiet = startLive("start", { CONTENT_DIR: copy.dir, CONTENT_WATCH: "off" });
    await ask(quiet, "/about", /About Safir/);
  }, 60_000);

  it("an edit alone changes nothing; SIGHUP reloads it", async () => {
    const title = await copy.retitle(copy.topic, "Retitled before SIGHUP");
    // /reload would reload; /about proves the console has read the line after the edit, no reload asked.
    await ask(quiet, "/about", /About Safir/);
    expect(quiet.stderr()).not.toContain("content reloaded");
    const from = quiet.stderr().length;
    quiet.child.kill("SIGHUP");
    await quiet.waitFor("stderr", /content reloaded: .*\n/, from);
    await ask(quiet, `/topic name: ${copy.topic.id}`, new RegExp(escape(title)));
  });

  it("/reload reloads and says what it serves now", async () => {
    await copy.retitle(copy.topic, "Retitled before /reload");
    const reply = await ask(quiet, "/reload", /Now serving \d+ entries, content hash [0-9a-f]{12}/);
    expect(reply).toContain(`1 changed (${copy.topic.id})`);
    await ask(quiet, `/topic name: ${copy.topic.id}`, /Retitled before \/reload/);
    const again = await ask(quiet, "/reload", /No change: still serving/);
    expect(again).toMatch(/content hash [0-9a-f]{12}/);
    quiet.child.stdin?.end();
    expect(await quiet.exited).toBe(0);
  });
});
