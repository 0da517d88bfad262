import { createHash } from "node:crypto";
import { chmod, readdir, readFile, rm, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

/**
 * `npm run build` (also run by `npm install` / `npm ci` through `prepare`): bundles src/safir.ts into
 * dist/safir.js, with every command in a chunk of its own under dist/chunks/ loaded only when used.
 * Bundling is what makes start-up fast: one file of our code and small libraries instead of hundreds of
 * module look-ups. Large Node-only libraries with optional native parts stay ordinary packages.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");

/** Left to Node's resolver: big, CommonJS, optional native add-ons, or files they load by path. */
const EXTERNAL = ["discord.js", "@discordjs/*", "pino", "prom-client", "dotenv"];

/** A hash of the content loader's rules, so a snapshot validated by other rules is not trusted (src/content/snapshot.ts). */
export async function contentRulesHash(): Promise<string> {
  const dir = path.join(ROOT, "src/content");
  const names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith(".ts")).sort();
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
    // Bundled CommonJS (yaml, discord-api-types) may call require() for Node's own modules.
    banner: {
      js: 'import { createRequire as __safirRequire } from "node:module"; const require = __safirRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
  await chmod(path.join(DIST, "safir.js"), 0o755);
}

/** Node's own modules and the Node-only libraries: none may reach the Worker (src/worker/). */
const NODE_ONLY =
  /^(node:|fs$|path$|crypto$|http$|net$|os$|child_process$|discord\.js$|pino$|prom-client$|dotenv$)/;

/**
 * `npm run build:worker`: dist/worker.js, an ES-module Cloudflare Worker with the content of `contentDir`
 * validated and bundled in (as JSON: no YAML parser or schema in the Worker). Fails on bad content, and on
 * any Node-only import reaching the core.
 */
export async function buildWorker(
  contentDir = path.join(ROOT, "content"),
): Promise<{ bytes: number; gzip: number }> {
  const { loadContent } = await import("../src/content/load.ts");
  const entries = await loadContent(contentDir);
  const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  const content: Plugin = {
    name: "safir-content",
    setup(b) {
      b.onResolve({ filter: /^safir:content$/ }, () => ({ path: "content", namespace: "safir" }));
      b.onLoad({ filter: /.*/, namespace: "safir" }, () => ({
        contents: JSON.stringify(entries),
        loader: "json",
      }));
      b.onResolve({ filter: NODE_ONLY }, (args) => ({
        errors: [
          { text: `'${args.path}' is Node-only and cannot run in a Worker (imported by ${args.importer})` },
        ],
      }));
    },
  };
  const outfile = path.join(DIST, "worker.js");
  await build({
    absWorkingDir: ROOT,
    entryPoints: ["src/worker/index.ts"],
    outfile,
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    target: "es2022",
    minify: true,
    sourcemap: "linked",
    define: { __SAFIR_VERSION__: JSON.stringify(pkg.version) },
    plugins: [content],
    logLevel: "warning",
  });
  const code = await readFile(outfile);
  return { bytes: (await stat(outfile)).size, gzip: gzipSync(code).length };
}

const targets = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const work = async () => {
    if (targets.includes("worker")) {
      const { bytes, gzip } = await buildWorker();
      return `dist/worker.js (${Math.round(bytes / 1024)} KB, ${Math.round(gzip / 1024)} KB gzip)`;
    }
    await buildNode();
    return "dist/safir.js";
  };
  work().then(
    (what) => process.stderr.write(`Built ${what} in ${Math.round(performance.now() - started)} ms.\n`),
    (err: unknown) => {
      process.stderr.write(`The build failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
