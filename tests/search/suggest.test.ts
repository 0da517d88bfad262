import { InteractionResponseType } from "discord-api-types/v10";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { AREA_IDS } from "../../src/content/areas.ts";
import { MAX_SUGGESTIONS, resolveTopic, suggest } from "../../src/search/suggest.ts";
import { autocomplete } from "../fixtures/interactions.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";

const app = await createApp({ contentDir: `${PROJECT_ROOT}/content` });
const { index } = app;
const ids = new Set(index.entries.map((e) => e.id));

function choicesFor(value: string) {
  const { response, outcome } = app.dispatcher.handle(autocomplete("topic", "name", value));
  expect(outcome).toEqual({ kind: "autocomplete", name: "topic", result: "ok" });
  expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
  expect(interactionResponseProblems(response)).toEqual([]);
  const data = (response as { data: { choices: { name: string; value: string }[] } }).data;
  for (const c of data.choices) {
    expect(c.name.length).toBeGreaterThanOrEqual(1);
    expect(c.name.length).toBeLessThanOrEqual(100);
    expect(ids.has(c.value), `choice value '${c.value}' is not an entry id`).toBe(true);
  }
  return data.choices;
}

describe("suggest", () => {
  it("for an empty input, offers the six areas first, then topics, at most 25", () => {
    const list = suggest(index, "");
    expect(list.length).toBeGreaterThan(6);
    expect(list.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(list.slice(0, 6).map((e) => e.id)).toEqual([...AREA_IDS]);
    expect(list.slice(6).every((e) => e.kind === "topic")).toBe(true);
    expect(suggest(index, "   ").map((e) => e.id)).toEqual(list.map((e) => e.id));
  });

  it("a partial name: 'sanc' → economic sanctions first", () => {
    expect(suggest(index, "sanc")[0]?.id).toBe("economic-sanctions");
    expect(suggest(index, "SANC")[0]?.id).toBe("economic-sanctions");
  });

  it("a start of a title ranks that entry first", () => {
    expect(suggest(index, "artificial")[0]?.id).toBe("artificial-intelligence");
    expect(suggest(index, "defence rel")[0]?.id).toBe("defence-relationships");
  });

  it("respects a smaller limit and never exceeds 25", () => {
    expect(suggest(index, "", 5)).toHaveLength(5);
    expect(suggest(index, "", 500).length).toBeLessThanOrEqual(25);
    expect(suggest(index, "e", 0)).toEqual([]);
  });

  it("never throws and never repeats an entry, for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 120 }), (s) => {
        const list = suggest(index, s);
        expect(list.length).toBeLessThanOrEqual(25);
        expect(new Set(list).size).toBe(list.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe("/topic autocomplete through the dispatcher", () => {
  it("empty input: useful choices, areas first", () => {
    const choices = choicesFor("");
    expect(choices.length).toBeGreaterThan(6);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.slice(0, 6).map((c) => c.value)).toEqual([...AREA_IDS]);
    expect(choices[0]!.name).toMatch(/focus area/);
  });

  it("'sanc' → economic sanctions first", () => {
    expect(choicesFor("sanc")[0]?.value).toBe("economic-sanctions");
  });

  it("any input gives valid choices (names 1..100, values are ids, at most 25)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 100 }), (s) => {
        expect(choicesFor(s).length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 60 },
    );
  });

  it("a command without autocomplete answers with an empty list", () => {
    const { response, outcome } = app.dispatcher.handle(autocomplete("ask", "question", "terr"));
    expect(outcome.result).toBe("unknown");
    expect(response).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });
});

describe("resolveTopic", () => {
  it("by id, by title, by alias, by typo", () => {
    expect(resolveTopic(index, "economic-sanctions")?.id).toBe("economic-sanctions");
    expect(resolveTopic(index, "  Economic sanctions ")?.id).toBe("economic-sanctions");
    expect(resolveTopic(index, "sanctions against hostile states")?.id).toBe("economic-sanctions");
    expect(resolveTopic(index, "ECONOMIC   SANCTIONS")?.id).toBe("economic-sanctions");
    expect(resolveTopic(index, "sanctons")?.id).toBe("economic-sanctions");
    expect(resolveTopic(index, "artifical inteligence")?.id).toBe("artificial-intelligence");
  });

  it("every entry resolves from its own id and title", () => {
    for (const e of index.entries) {
      expect(resolveTopic(index, e.id)).toBe(e);
      expect(resolveTopic(index, e.title)).toBe(e);
    }
  });

  it("nonsense and empty names resolve to nothing", () => {
    expect(resolveTopic(index, "xqzvbn wplkj")).toBeUndefined();
    expect(resolveTopic(index, "")).toBeUndefined();
    expect(resolveTopic(index, "   ")).toBeUndefined();
    expect(resolveTopic(index, "🤖")).toBeUndefined();
  });
});
