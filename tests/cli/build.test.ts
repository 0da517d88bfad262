import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apiTypesConstants, WORDNET_FILE } from "../../scripts/build.ts";
import * as table from "../../src/search/wordnet-table.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** What `npm run build` puts in place of two large modules (dist/ is built by the global setup). */
describe("the Node build's packaging", () => {
  it("discord-api-types' data exports are generated with the installed package's own values", async () => {
    const real = createRequire(import.meta.url)("discord-api-types/v10") as Record<string, unknown>;
    const source = apiTypesConstants();
    const generated = (await import(
      `data:text/javascript;base64,${Buffer.from(source).toString("base64")}`
    )) as Record<string, unknown>;
    const names = Object.keys(generated);
    // The enums the core uses, and nearly all the package's exports: only functions and route builders are left out.
    for (const name of [
      "InteractionResponseType",
      "MessageFlags",
      "ComponentType",
      "ButtonStyle",
      "PermissionFlagsBits",
    ])
      expect(names).toContain(name);
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) expect(generated[name], name).toEqual(real[name]);
    expect(names).not.toContain("Routes");
  });

  it("the WordNet table file holds exactly the text of src/search/wordnet-table.ts", () => {
    const parts = readFileSync(path.join(ROOT, "dist/chunks", WORDNET_FILE), "latin1").split("\f");
    expect(parts).toHaveLength(5);
    const [related, english, notNouns, adjectives, everyday] = parts;
    expect(related === table.WORDNET_RELATED).toBe(true);
    expect(english === table.ENGLISH_WORDS).toBe(true);
    expect(notNouns === table.NOT_NOUNS).toBe(true);
    expect(adjectives === table.ADJECTIVES).toBe(true);
    expect(everyday === table.EVERYDAY_WORDS).toBe(true);
  });

  it("the one-shot ask's chunks load neither discord-api-types' CommonJS nor the table as JavaScript", () => {
    const chunks = path.join(ROOT, "dist/chunks");
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(path.join(chunks, file), "utf8");
      // Static imports only: what a start evaluates before the command runs.
      for (const m of code.matchAll(/^import (?:[^;]*? from )?"\.\/([^"]+)";?$/gm)) visit(m[1]!);
      for (const m of code.matchAll(/^\} from "\.\/([^"]+)";$/gm)) visit(m[1]!);
    };
    const entry = readFileSync(path.join(ROOT, "dist/safir.js"), "utf8");
    const ask = /"\.\/chunks\/(ask-[A-Z0-9]+\.js)"/.exec(entry)?.[1];
    expect(ask).toBeDefined();
    visit(ask!);
    // The command's own dynamic imports (app, search) are what it runs with.
    for (const file of [...seen]) {
      const code = readFileSync(path.join(chunks, file), "utf8");
      for (const m of code.matchAll(/import\("\.\/([^"]+)"\)/g)) visit(m[1]!);
    }
    for (const file of [...seen]) {
      const code = readFileSync(path.join(chunks, file), "utf8");
      expect(code, file).not.toContain("node_modules/discord-api-types");
      expect(code, file).not.toContain("abandon abandonment");
    }
    expect(seen.size).toBeGreaterThan(3);
  });
});
