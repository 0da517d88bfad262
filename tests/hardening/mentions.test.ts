import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/content/entry.ts";
import { findMention } from "../../src/content/mentions.ts";
import { parseEntryFile } from "../../src/content/parse.ts";
import { type EntryFields, entryText } from "../support/content-fixtures.ts";

/**
 * Issue 13, item 4: mentions and masked links passed validation in title, summary, aliases, keywords and
 * quotes. Every text field that can reach Discord is checked now, each at its own line.
 */
const HOSTILE = [
  "@everyone",
  "@here",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<@&123456789012345678>",
  "<#123456789012345678>",
  "</ask:123456789012345678>",
  "[click](https://example.com)",
  "[x]( <http://example.com>)",
];

const FIELDS: { field: string; line: number; make: (text: string) => EntryFields }[] = [
  { field: "title", line: 3, make: (t) => ({ id: "ee", title: `Title ${t}` }) },
  { field: "summary", line: 6, make: (t) => ({ id: "ee", summary: `A summary long enough, and then ${t}` }) },
  { field: "aliases.1", line: 9, make: (t) => ({ id: "ee", aliases: ["fine", `alias ${t}`] }) },
  { field: "keywords.0", line: 8, make: (t) => ({ id: "ee", keywords: [`kw ${t}`] }) },
  { field: "source.quotes.1", line: 13, make: (t) => ({ id: "ee", quotes: ["fine", `quote ${t}`] }) },
];

describe("item 4: no mention or masked link in any text field", () => {
  for (const { field, line, make } of FIELDS) {
    it.each(HOSTILE)(`${field}: %s is refused at its line`, (text) => {
      const { entry, problems } = parseEntryFile("ee.md", entryText(make(text)));
      expect(entry).toBeUndefined();
      expect(problems.map(formatProblem)).toContainEqual(
        expect.stringMatching(new RegExp(`^ee\\.md:${line}: '${field}' must not contain Discord mentions`)),
      );
    });
  }

  it.each(HOSTILE)("key points: %s is refused at its line", (text) => {
    const { problems } = parseEntryFile("ee.md", entryText({ id: "ee", points: ["fine", `point ${text}`] }));
    expect(problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/^ee\.md:15: key points must not contain Discord mentions/),
    );
  });

  it("ordinary text with @, brackets and links passes", () => {
    for (const text of ["email me@example", "see [1] (2019)", "https://example.com", "a <b> c", "@ here"]) {
      expect(findMention(text)).toBeUndefined();
    }
    const { entry, problems } = parseEntryFile(
      "ee.md",
      entryText({ id: "ee", title: "Partners [2024] (see source)", quotes: ["https://example.com"] }),
    );
    expect(problems).toEqual([]);
    expect(entry?.id).toBe("ee");
  });
});
