import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

/**
 * Temporary folders for the tests of one file, each removed after the test that made it. Call at the top
 * level of the test file: it registers the clean-up.
 */
export function tempFolders(prefix: string): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** A copy of the shipped content in `root`/content, and a cache folder (not made yet) beside it. */
export async function shippedContentIn(root: string): Promise<{ content: string; cache: string }> {
  const content = path.join(root, "content");
  await cp(path.join(PROJECT_ROOT, "content"), content, { recursive: true });
  return { content, cache: path.join(root, "cache") };
}
