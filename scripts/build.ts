import { createHash } from "node:crypto";
import { chmod, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * `npm run build` (also run by `npm install` / `npm ci` through `prepare`): bundles src/safir.ts into
 * dist/safir.js, with every command in a chunk of its own under dist/chunks/ loaded only when used.
 * Bundling is what makes start-up fast: one file of our code and small libraries instead of hundreds of
 * module look-ups. Large Node-only libraries with optional native parts stay ordinary packages.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");

/** Left to Node's resolver: big, CommonJS, optional native add-ons, or files they load by path. */
const EXTERNAL = ["discord.js", "@discordjs/*", "pino", "prom-client"];

/** A hash of the content loader's rules, so a snapshot validated by other rules is not trusted (src/content/snapshot.ts). */
export async function contentRulesHash(): Promise<string> {
  const dir = path.join(ROOT, "src/content");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".ts")).sort();
  const hash = createHash("sha256");
  for (const n of names) hash.update(`${n}\0`).update(await readFile(path.join(dir, n)));
  return hash.digest("hex");
}

export async function buildNode(): Promise<void> {
  // Only what this build writes: dist/worker.js (npm run build:worker) stays.
  await rm(path.join(DIST, "chunks"), { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { safir: "src/safir.ts" },
    outdir: DIST,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    external: EXTERNAL,
    define: { __SAFIR_CONTENT_RULES__: JSON.stringify(await contentRulesHash()) },
    // Bundled CommonJS (dotenv, discord-api-types) calls require() for Node's own modules.
    banner: {
      js: 'import { createRequire as __safirRequire } from "node:module"; const require = __safirRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
  await chmod(path.join(DIST, "safir.js"), 0o755);
}

const targets = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  buildNode().then(
    () => {
      process.stderr.write(
        `Built dist/safir.js in ${Math.round(performance.now() - started)} ms${targets.length ? "" : ""}.\n`,
      );
    },
    (err: unknown) => {
      process.stderr.write(`The build failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
