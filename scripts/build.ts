import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { codeFingerprint } from "../src/code-fingerprint.ts";

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

/**
 * discord-api-types' enums and constants as plain ESM constants (the package itself is CommonJS, 217 KB
 * that Node compiled and ran on every start, for the dozen enums the core uses): generated from the
 * installed package at build time, so the values are its own, and esbuild keeps only the ones imported.
 * Only data is generated; the gateway, which needs Routes (functions) and loads discord.js anyway, gets the
 * package itself. Anything else that imports a non-data export fails the build with esbuild's
 * "No matching export".
 */
export function apiTypesConstants(): string {
  const mod = createRequire(import.meta.url)("discord-api-types/v10") as Record<string, unknown>;
  const scalar = (v: unknown): string | undefined =>
    typeof v === "bigint"
      ? `${v}n`
      : typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))
        ? JSON.stringify(v)
        : undefined;
  const lines: string[] = [];
  for (const [name, value] of Object.entries(mod)) {
    let literal = scalar(value);
    if (literal === undefined && value !== null && typeof value === "object" && !Array.isArray(value)) {
      const fields = Object.entries(value).map(([k, v]) => [k, scalar(v)] as const);
      if (fields.every(([, v]) => v !== undefined))
        literal = `{ ${fields.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ")} }`;
    }
    if (literal !== undefined) lines.push(`export const ${name} = ${literal};`);
  }
  return lines.join("\n");
}

const apiTypesPlugin: Plugin = {
  name: "safir-discord-api-types",
  setup(b) {
    b.onResolve({ filter: /^discord-api-types\/v10$/ }, (args) =>
      args.importer.includes(`${path.sep}src${path.sep}gateway${path.sep}`)
        ? undefined
        : { path: "discord-api-types/v10", namespace: "safir-api-types", sideEffects: false },
    );
    b.onLoad({ filter: /.*/, namespace: "safir-api-types" }, () => ({
      contents: apiTypesConstants(),
      loader: "js",
    }));
  },
};

/** The generated WordNet table's exports, in the order of the text file the Node build writes. */
const WORDNET_PARTS = [
  "WORDNET_RELATED",
  "ENGLISH_WORDS",
  "NOT_NOUNS",
  "ADJECTIVES",
  "EVERYDAY_WORDS",
] as const;
export const WORDNET_FILE = "wordnet-table.txt";

/**
 * The WordNet table (1.3 MB of string literals) as a text file beside the chunks, read in one go when search
 * is first imported: reading it takes Node well under a millisecond (ASCII, read as latin1: no decoding),
 * compiling it as JavaScript about 10 ms on every start.
 * Same text, parts separated by form feeds (which no word contains).
 */
async function wordnetTableFile(): Promise<Plugin> {
  const table = (await import("../src/search/wordnet-table.ts")) as Record<string, string>;
  const parts = WORDNET_PARTS.map((name) => table[name]!);
  if (parts.some((p) => typeof p !== "string" || p.includes("\f")))
    throw new Error("src/search/wordnet-table.ts changed shape: update WORDNET_PARTS in scripts/build.ts");
  // Read back as latin1, which Node turns into a string without decoding: right only for ASCII text.
  if (parts.some((p) => /[^\x20-\x7e\n]/.test(p)))
    throw new Error(
      "src/search/wordnet-table.ts holds more than printable ASCII: read it as utf8 in scripts/build.ts",
    );
  await writeFile(path.join(DIST, "chunks", WORDNET_FILE), parts.join("\f"));
  return {
    name: "safir-wordnet-table",
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]search[\\/]wordnet-table\.ts$/ }, () => ({
        // Every chunk is in dist/chunks/, beside the file.
        contents: `import { readFileSync } from "node:fs";
export const [${WORDNET_PARTS.join(", ")}] = readFileSync(new URL("./${WORDNET_FILE}", import.meta.url), "latin1").split("\\f");`,
        loader: "js",
      }));
    },
  };
}

export async function buildNode(): Promise<void> {
  // Only what this build writes: dist/worker.js (npm run build:worker) stays.
  await rm(path.join(DIST, "chunks"), { recursive: true, force: true });
  await mkdir(path.join(DIST, "chunks"), { recursive: true });
  const plugins = [apiTypesPlugin, await wordnetTableFile()];
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
    plugins,
    // Safir opens only local SQLite files with libSQL (DATABASE_URL file:…, src/store/database.ts): its
    // local client, without the remote (WebSocket, HTTP) clients that the package's main entry also loads,
    // for @libsql/kysely-libsql too. 300 KB less JavaScript in every process that records.
    alias: { "@libsql/client": "@libsql/client/sqlite3" },
    define: {
      // The content loader's and the search code's versions, as the sources compute them: a content
      // snapshot validated by other rules, or postings compiled by other code, is not trusted.
      __SAFIR_CONTENT_RULES__: JSON.stringify(codeFingerprint(path.join(ROOT, "src/content"))),
      __SAFIR_SEARCH_RULES__: JSON.stringify(codeFingerprint(path.join(ROOT, "src/search"))),
      __SAFIR_INTENT_RULES__: JSON.stringify(codeFingerprint(path.join(ROOT, "src/intent"))),
    },
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
 * validated and bundled in (as JSON: no YAML parser or schema in the Worker), and the question classifier
 * trained from it. Fails on bad content, and on any Node-only import reaching the core.
 */
export async function buildWorker(
  contentDir = path.join(ROOT, "content"),
): Promise<{ bytes: number; gzip: number }> {
  const { loadContent } = await import("../src/content/load.ts");
  const entries = await loadContent(contentDir);
  // The classifier trained here, not in the Worker (src/intent/bundle.ts says why).
  const { trainIntentModel } = await import("../src/intent/classifier.ts");
  const { encodeIntentBundle } = await import("../src/intent/bundle.ts");
  const model = trainIntentModel(entries);
  const intent = model ? encodeIntentBundle(model) : null;
  const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  const content: Plugin = {
    name: "safir-content",
    setup(b) {
      b.onResolve({ filter: /^safir:(content|intent)$/ }, (args) => ({
        path: args.path.slice("safir:".length),
        namespace: "safir",
      }));
      b.onLoad({ filter: /.*/, namespace: "safir" }, (args) => ({
        contents: JSON.stringify(args.path === "intent" ? intent : entries),
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
    plugins: [content, apiTypesPlugin],
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
