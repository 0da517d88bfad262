import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildWorker } from "../../scripts/build.ts";
import { ContentError } from "../../src/content/entry.ts";
import { loadContent } from "../../src/content/load.ts";
import { encodeIntentBundle } from "../../src/intent/bundle.ts";
import { trainIntentModel } from "../../src/intent/classifier.ts";
import { ROOT } from "../support/sign.ts";

describe("npm run build:worker", () => {
  it("refuses bad content with the loader's own report, before writing anything", async () => {
    const broken = path.join(ROOT, "tests/fixtures/content-broken/several");
    const error = await buildWorker(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/ai\.md:1: must start with a '---' line/);
  });

  it("writes an ES-module Worker with no Node-only import and the content inside", async () => {
    // Built by the global setup (tests/support/build.ts) from ./content.
    const code = await readFile(path.join(ROOT, "dist/worker.js"), "utf8");
    expect(code).toMatch(/export\s*\{[^}]*as default/);
    expect(code).not.toMatch(/from\s*"node:|require\("node:|from\s*"(fs|discord\.js|pino|prom-client)"/);
    expect(code).toContain("countering-terrorism");
  });

  it("bundles the question classifier trained from that content, so the Worker never trains it", async () => {
    const code = await readFile(path.join(ROOT, "dist/worker.js"), "utf8");
    const trained = encodeIntentBundle(trainIntentModel(await loadContent(path.join(ROOT, "content")))!);
    // Its numbers, as trained here from ./content (its features are minified into the code in another form).
    expect(code).toContain(trained.logLikelihood);
  });
});
