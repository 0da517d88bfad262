import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePing } from "../../src/http/samples.ts";
import { signatureHeaders } from "../../src/http/signing.ts";
import { type ContentWatch, watchContent } from "../../src/reload/watch-content.ts";
import {
  type ContentCopy,
  copyContent,
  waitForEntry,
  waitForRejection,
  waitForReload,
} from "../support/content-copy.ts";
import { chatInput, opt } from "../support/fake-interactions.ts";
import { recordingLogger } from "../support/fake-logger.ts";
import { type Harness, ROOT, send, startHarness, testKeys } from "../support/sign.ts";

/**
 * The HTTP interactions endpoint on a copy of the content that the test edits: answers follow each good
 * edit, /healthz shows the hash of what is served, a broken edit changes nothing but the log.
 */
let copy: ContentCopy;

beforeAll(async () => {
  copy = await copyContent();
});
afterAll(() => copy?.cleanup());

describe("the HTTP server reloads its content while running (in-process, the real watcher)", () => {
  let h: Harness;
  let watching: ContentWatch;
  const log = recordingLogger();

  beforeAll(async () => {
    h = await startHarness({ contentDir: copy.dir, log });
    watching = watchContent(h.app.content, { log, watch: true });
  });
  afterAll(async () => {
    watching?.close();
    await h?.close();
  });

  const health = async () => JSON.parse((await send(`${h.base}/healthz`)).text) as Record<string, unknown>;
  const askText = async (question: string) =>
    JSON.stringify(await h.interact(chatInput("ask", [opt.string("question", question)])));
  const question = () => copy.topic.id.replace(/-/g, " ");

  it("/healthz shows the content hash and entry count", async () => {
    const body = await health();
    expect(body).toMatchObject({ status: "ok", entries: h.app.index.entries.length });
    expect(body.contentHash).toMatch(/^[0-9a-f]{12}$/);
    expect(body.contentHash).toBe(h.app.content.current.hash);
  });

  it("a good edit: the next answer shows it, and /healthz shows a new hash", async () => {
    const before = await health();
    expect(await askText(question())).toContain(JSON.stringify(copy.topic.title).slice(1, -1));
    const from = log.entries.length;
    const title = await copy.retitle(copy.topic, "Retitled in the HTTP test");
    const line = await waitForReload(log, from);
    expect(line.obj).toMatchObject({ changed: [copy.topic.id], reason: "watch" });
    expect(await askText(question())).toContain(title);
    const after = await health();
    expect(after.contentHash).not.toBe(before.contentHash);
    expect(after.contentHash).toBe(line.obj.hash);
  });

  it("a broken edit: the hash and the answers stay, every problem is logged as file:line", async () => {
    const before = await health();
    const from = log.entries.length;
    const line = await copy.breakKind(copy.topic);
    const problems = await waitForRejection(log, from);
    expect(problems.some((p) => p.includes(`${copy.topic.file}:${line}: `))).toBe(true);
    expect((await health()).contentHash).toBe(before.contentHash);
    expect(await askText(question())).toContain("Retitled in the HTTP test");
  });

  it("a new file is answered, a deleted one no longer is; the entry count follows", async () => {
    await copy.restore(copy.topic);
    let from = log.entries.length;
    const count = (await health()).entries as number;
    const id = await copy.addProbe("http-probe", "HTTP probe entry");
    await waitForEntry(log, "added", id, { from });
    expect((await health()).entries).toBe(count + 1);
    expect(JSON.stringify(await h.interact(chatInput("topic", [opt.string("name", id)])))).toContain(
      "HTTP probe entry",
    );

    from = log.entries.length;
    await copy.remove(`${id}.md`);
    await waitForEntry(log, "removed", id, { from });
    expect((await health()).entries).toBe(count);
    expect(JSON.stringify(await h.interact(chatInput("topic", [opt.string("name", id)])))).not.toContain(
      "HTTP probe entry",
    );
  });
});

describe("the HTTP server follows a replaced content folder (in-process, the real watcher)", () => {
  it("a deploy moves a new folder into place: its content is served", async () => {
    const log = recordingLogger();
    const h = await startHarness({ contentDir: copy.dir, log });
    const watching = watchContent(h.app.content, { log, watch: true });
    try {
      const { topic } = copy;
      const before = h.app.content.current.hash;
      await copy.replaceFolder(async (staged) => {
        const file = path.join(staged, topic.file);
        await writeFile(
          file,
          (await readFile(file, "utf8")).replace(/^title:.*$/m, 'title: "Deployed over HTTP"'),
        );
      });
      await waitForEntry(log, "changed", topic.id, { what: "reloaded after the replacement" });
      const health = JSON.parse((await send(`${h.base}/healthz`)).text) as { contentHash: string };
      expect(health.contentHash).not.toBe(before);
      const reply = await h.interact(chatInput("topic", [opt.string("name", topic.id)]));
      expect(JSON.stringify(reply)).toContain("Deployed over HTTP");

      // And the new folder is the one watched from now on.
      const from = log.entries.length;
      await copy.retitle(topic, "Edited after the deploy");
      await waitForReload(log, from, "reloaded after an edit in the new folder");
      expect(h.app.index.get(topic.id)?.title).toBe("Edited after the deploy");
    } finally {
      watching.close();
      await h.close();
    }
  });
});

describe("npm run serve: SIGHUP reloads (CONTENT_WATCH=off)", () => {
  it("serves the edit after SIGHUP, /healthz shows the new hash, and SIGTERM still exits 0", async () => {
    const keys = testKeys();
    const child = spawn(process.execPath, ["dist/safir.js", "serve"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        PORT: "0",
        HOST: "127.0.0.1",
        INTERACTIONS_PATH: "",
        LOG_LEVEL: "info",
        CONTENT_DIR: copy.dir,
        CONTENT_WATCH: "off",
        DEBUG: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const waitFor = (match: RegExp, from = 0) =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const deadline = Date.now() + 30_000;
        const look = () => {
          const m = stderr.slice(from).match(match);
          if (m) return resolve(m);
          if (child.exitCode !== null || Date.now() > deadline)
            return reject(new Error(`waited for ${match}; stderr:\n${stderr}`));
          setTimeout(look, 25);
        };
        look();
      });
    try {
      const [, base] = await waitFor(/"url":"(http:\/\/127\.0\.0\.1:\d+)\/interactions"/);
      const health = async () => JSON.parse((await send(`${base}/healthz`)).text) as { contentHash: string };
      const first = (await health()).contentHash;
      expect(first).toMatch(/^[0-9a-f]{12}$/);

      await copy.retitle(copy.topic, "Retitled before SIGHUP over HTTP");
      const from = stderr.length;
      child.kill("SIGHUP");
      const [line] = await waitFor(/\{[^\n]*"msg":"content reloaded[^\n]*\}/, from);
      const logged = JSON.parse(line!) as { hash: string; reason: string; changed: string[] };
      expect(logged).toMatchObject({ reason: "SIGHUP", changed: [copy.topic.id] });
      expect((await health()).contentHash).toBe(logged.hash);
      expect(logged.hash).not.toBe(first);

      const body = Buffer.from(JSON.stringify(samplePing()));
      const ping = await send(`${base}/interactions`, {
        method: "POST",
        headers: signatureHeaders(keys.privateKey, body),
        body,
      });
      expect(ping.text).toBe('{"type":1}');
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/^\s+at\s/m);
  });
});
