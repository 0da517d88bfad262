import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, type ContentProblem, formatProblem } from "../../src/content/entry.ts";
import { checkContentDir, loadContent } from "../../src/content/load.ts";
import { parseEntryFile } from "../../src/content/parse.ts";
import { validateContent } from "../../src/content/validate.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

const BROKEN = path.join(PROJECT_ROOT, "tests/fixtures/content-broken");
const dir = (name: string) => path.join(BROKEN, name);

async function problemsOf(name: string): Promise<ContentProblem[]> {
  const { problems } = await checkContentDir(dir(name));
  return problems;
}

// One broken thing per folder: the loader must name the file and the line where the fix goes.
const CASES: { name: string; file: string; line: number; message: RegExp }[] = [
  { name: "bad-yaml-quote", file: "sanctions.md", line: 3, message: /bad YAML.*quote/i },
  { name: "bad-yaml-tab", file: "sanctions.md", line: 8, message: /bad YAML.*tab/i },
  { name: "no-fence", file: "sanctions.md", line: 1, message: /must start with a '---' line/ },
  { name: "unclosed-front-matter", file: "sanctions.md", line: 1, message: /never closed/ },
  { name: "unknown-area", file: "sanctions.md", line: 4, message: /'area' must be one of: overview,/ },
  {
    name: "duplicate-id",
    file: "b/sanctions.md",
    line: 2,
    message: /duplicate id 'sanctions'.*a\/sanctions\.md/,
  },
  { name: "dangling-related", file: "sanctions.md", line: 11, message: /'related' names 'no-such-entry'/ },
  { name: "empty-title", file: "sanctions.md", line: 3, message: /'title' must not be empty/ },
  {
    name: "long-summary",
    file: "sanctions.md",
    line: 6,
    message: /'summary' must be at most 400 characters/,
  },
  { name: "extra-field", file: "sanctions.md", line: 9, message: /colour/ },
  { name: "id-mismatch", file: "economic-sanctions.md", line: 2, message: /must be named sanctions\.md/ },
  { name: "body-without-dash", file: "sanctions.md", line: 15, message: /start each line with '- '/ },
];

describe("content loader: one problem per broken fixture, with file and line", () => {
  it.each(CASES)("$name → $file:$line", async ({ name, file, line, message }) => {
    const problems = await problemsOf(name);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ file, line });
    expect(p!.message).toMatch(message);
    expect(formatProblem(p!)).toBe(`${file}:${line}: ${p!.message}`);
  });

  it.each(CASES)(
    "loadContent refuses $name with a ContentError naming the file and line",
    async ({ name, file, line }) => {
      const err = await loadContent(dir(name)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ContentError);
      expect((err as ContentError).message).toContain(`${file}:${line}:`);
      expect((err as ContentError).problems).toHaveLength(1);
    },
  );

  it("a missing area entry names each missing area's file", async () => {
    const problems = await problemsOf("missing-area");
    expect(problems.map((p) => p.file).sort()).toEqual(
      [
        "conclusion.md",
        "cooperation-and-alliances.md",
        "countering-threats.md",
        "peaceful-coexistence.md",
        "technological-cooperation.md",
      ].sort(),
    );
    for (const p of problems) expect(p.message).toMatch(/area entry '.+' is missing/);
  });

  it("an empty folder (a README is not an entry) is one clear problem", async () => {
    const problems = await problemsOf("empty-folder");
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/no \.md entries/);
    expect(problems[0]!.file).toBe(dir("empty-folder"));
  });

  it("a missing folder is a ContentError that names it and says what to set", async () => {
    const missing = dir("does-not-exist");
    const err = await loadContent(missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    expect((err as ContentError).message).toContain(missing);
    expect((err as ContentError).message).toMatch(/does not exist.*CONTENT_DIR/);
  });

  it("checkContentDir reports every problem of several broken files, not just the first", async () => {
    const problems = await problemsOf("several");
    expect(problems.map((p) => `${p.file}:${p.line}`).sort()).toEqual([
      "ai.md:1",
      "peace.md:3",
      "sanctions.md:4",
    ]);
    const err = await loadContent(dir("several")).catch((e: unknown) => e);
    expect((err as ContentError).message).toMatch(/has 3 problems/);
  });
});

describe("parseEntryFile and validateContent (in memory)", () => {
  const good = (id: string, extra = "") =>
    [
      "---",
      `id: ${id}`,
      `title: ${id}`,
      "area: countering-threats",
      "kind: topic",
      "summary: A summary long enough for the schema's minimum.",
      "keywords: [one]",
      extra,
      "source:",
      '  section: "Key Focus Areas › Countering Threats"',
      '  quotes: ["reinforce economic sanctions"]',
      "---",
      "- A point.",
      "  continued on an indented line.",
    ]
      .filter((l) => l !== "")
      .join("\n");

  it("parses a valid file, joining an indented continuation into its point", () => {
    const { entry, problems } = parseEntryFile("alpha.md", good("alpha"));
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ id: "alpha", area: "countering-threats", kind: "topic", file: "alpha.md" });
    expect(entry!.points).toEqual(["A point. continued on an indented line."]);
    expect(entry!.aliases).toEqual([]);
  });

  it("accepts CRLF line endings and a byte-order mark", () => {
    const { problems } = parseEntryFile("alpha.md", `\uFEFF${good("alpha").replace(/\n/g, "\r\n")}`);
    expect(problems).toEqual([]);
  });

  it("points a flow-list dangling related id at its line", () => {
    const { problems } = validateContent([{ file: "alpha.md", text: good("alpha", "related: [ghost]") }]);
    expect(problems).toEqual([
      { file: "alpha.md", line: 8, message: "'related' names 'ghost', but no entry has that id" },
    ]);
  });

  it("refuses Discord mentions in key points", () => {
    const text = good("alpha").replace("- A point.", "- Ping @everyone now.");
    const { problems } = parseEntryFile("alpha.md", text);
    expect(problems).toEqual([
      expect.objectContaining({ line: 12, message: expect.stringMatching(/mentions/) }),
    ]);
  });

  it("reads example questions, and points an empty or overlong one at its line", () => {
    const ok = parseEntryFile("alpha.md", good("alpha", 'examples:\n  - "do they sanction anyone?"\n  - allies?'));
    expect(ok.problems).toEqual([]);
    expect(ok.entry!.examples).toEqual(["do they sanction anyone?", "allies?"]);
    expect(parseEntryFile("alpha.md", good("alpha")).entry!.examples).toEqual([]);
    const bad = parseEntryFile("alpha.md", good("alpha", `examples:\n  - fine\n  - ""\n  - ${"why ".repeat(80)}`));
    expect(bad.problems).toEqual([
      expect.objectContaining({ line: 10, message: expect.stringMatching(/'examples.1' must not be empty/) }),
      expect.objectContaining({ line: 11, message: expect.stringMatching(/must be at most 300 characters/) }),
    ]);
  });

  it("refuses an entry that relates to itself", () => {
    const { problems } = parseEntryFile("alpha.md", good("alpha", "related: [alpha]"));
    expect(problems).toEqual([
      expect.objectContaining({ line: 8, message: expect.stringMatching(/itself/) }),
    ]);
  });

  it("an unknown field nested in source points at that field", () => {
    const text = good("alpha").replace(
      '  quotes: ["reinforce economic sanctions"]',
      '  quotes: ["x"]\n  page: 3',
    );
    const { problems } = parseEntryFile("alpha.md", text);
    expect(problems).toEqual([expect.objectContaining({ line: 11, message: expect.stringMatching(/page/) })]);
  });
});
