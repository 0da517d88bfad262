import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/content/entry.ts";
import { checkContentDir } from "../../src/content/load.ts";
import { validateContent } from "../../src/content/validate.ts";
import { checkWriting, contentWords, share } from "../../src/content/writing.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

const BROKEN = path.join(PROJECT_ROOT, "tests/fixtures/content-broken");

// One writing problem per folder, next to an area entry that is fine: the message names the file and line.
const CASES: { name: string; file: string; line: number; message: RegExp }[] = [
  { name: "repeat-summary", file: "sanctions.md", line: 15, message: /key point 2 repeats the summary/ },
  { name: "repeat-point", file: "sanctions.md", line: 15, message: /key point 2 repeats key point 1/ },
  { name: "repeat-quote", file: "sanctions.md", line: 6, message: /summary repeats the quote .*plain words/ },
  { name: "stretch", file: "sanctions.md", line: 15, message: /key point 2 says "is a way of"/ },
  { name: "boilerplate", file: "sanctions.md", line: 15, message: /"The source says" again/ },
  {
    name: "alias-other-title",
    file: "sanctions.md",
    line: 9,
    message: /alias 'countering threats' is the title of 'countering-threats' \(countering-threats\.md\)/,
  },
  {
    name: "alias-duplicate",
    file: "terrorism.md",
    line: 9,
    message: /alias 'Hostile States' is also an alias of 'sanctions' \(sanctions\.md\)/,
  },
  { name: "alias-own-title", file: "sanctions.md", line: 9, message: /'economic sanctions' is this entry's own title/ },
  {
    name: "example-elsewhere",
    file: "sanctions.md",
    line: 15,
    message: /example "Do they punish hostile states" is also an example of 'countering-threats' \(countering-threats\.md\)/,
  },
  {
    name: "example-twice",
    file: "countering-threats.md",
    line: 16,
    message: /example "How do they deal with threats\?" is listed twice in this entry/,
  },
];

describe("writing rules: one problem per broken fixture, with file and line", () => {
  it.each(CASES)("$name → $file:$line", async ({ name, file, line, message }) => {
    const { problems } = await checkContentDir(path.join(BROKEN, name));
    expect(problems.map(formatProblem)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, line });
    expect(problems[0]!.message).toMatch(message);
  });
});

const area = `---
id: countering-threats
title: Countering threats
area: countering-threats
kind: area
summary: Islamic nations use their diplomatic ties to counter threats.
keywords:
  - threats
source:
  section: "Key Focus Areas › Countering Threats"
  quotes:
    - "actively leverage diplomatic ties to counter threats"
---
- The source does not say which threats it means.
`;

function topic(fields: { summary: string; points: string[]; keywords?: string[]; aliases?: string[] }): string {
  const list = (key: string, items: string[] = []) =>
    items.length ? `${key}:\n${items.map((i) => `  - ${i}`).join("\n")}\n` : "";
  return `---
id: sanctions
title: Economic sanctions
area: countering-threats
kind: topic
summary: ${fields.summary}
${list("aliases", fields.aliases)}${list("keywords", fields.keywords ?? ["sanctions"])}source:
  section: "Key Focus Areas › Countering Threats"
  quotes:
    - "reinforce economic sanctions"
---
${fields.points.map((p) => `- ${p}`).join("\n")}
`;
}

/** The writing rules alone, on two parsed entries (a set this small lacks the other areas, on purpose). */
function problemsOf(sanctions: string) {
  const files = [
    { file: "countering-threats.md", text: area },
    { file: "sanctions.md", text: sanctions },
  ];
  const { entries } = validateContent(files);
  expect(entries).toHaveLength(2);
  return checkWriting(entries, new Map(files.map((f) => [f.file, f.text])));
}

describe("writing rules: what they let through and what they catch", () => {
  it("a point that says what the source does not give is not a repeat, though it shares the summary's words", () => {
    expect(
      problemsOf(
        topic({
          summary: "Islamic nations reinforce economic sanctions against hostile states.",
          points: ["The source does not name the hostile states or the sanctions."],
        }),
      ),
    ).toEqual([]);
  });

  it("one attribution where it carries meaning is fine; a second is reported on its own line", () => {
    const once = topic({
      summary: "Islamic nations reinforce economic sanctions, the source says.",
      points: ["No state or entity is named."],
    });
    expect(problemsOf(once)).toEqual([]);
    const twice = topic({
      summary: "Islamic nations reinforce economic sanctions, the source says.",
      points: ["No state or entity is named.", "According to the source, this sits next to terrorism."],
    });
    expect(problemsOf(twice).map(formatProblem)).toEqual([
      expect.stringMatching(/^sanctions\.md:15: key point 2 says "According to the source" again/),
    ]);
  });

  it("every stretch phrase is reported, with the phrase", () => {
    const problems = problemsOf(
      topic({
        summary: "As a result of their advancement, they reinforce economic sanctions.",
        points: ["This benefits both sides."],
      }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^the summary says "As a result"/),
      expect.stringMatching(/^key point 1 says "benefits both sides"/),
    ]);
  });

  it("a keyword that is another entry's title or id is reported on its line", () => {
    const problems = problemsOf(
      topic({
        summary: "Islamic nations reinforce economic sanctions against hostile states.",
        points: ["No state or entity is named."],
        keywords: ["sanctions", "Countering Threats"],
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      "sanctions.md:9: keyword 'Countering Threats' is the title of 'countering-threats' (countering-threats.md): vocabulary names this entry only",
    ]);
  });

  it("content words: case, plural 's' and little words do not count", () => {
    expect([...contentWords("The Alliances of an Islamic nation's allies")]).toEqual([
      "alliance",
      "islamic",
      "nation",
      "allie",
    ]);
    expect(share(contentWords("economic sanctions"), contentWords("Sanctions, economic!"))).toBe(1);
    expect(share(contentWords("economic sanctions"), contentWords("terrorism"))).toBe(0);
    expect(share(new Set(), contentWords("anything"))).toBe(0);
  });
});
