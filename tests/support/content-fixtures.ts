import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AREA_IDS, SOURCE_SECTIONS } from "../../src/content/areas.ts";

/**
 * Valid content generated in a temp folder, so loader tests do not depend on the shipped entries (which
 * are rewritten from time to time) and can add one hostile file beside them.
 */
export interface EntryFields {
  id: string;
  area?: string;
  kind?: "area" | "topic";
  title?: string;
  summary?: string;
  aliases?: string[];
  keywords?: string[];
  related?: string[];
  quotes?: string[];
  points?: string[];
}

const yamlList = (key: string, items: string[]) =>
  items.length ? `${key}:\n${items.map((i) => `  - ${JSON.stringify(i)}`).join("\n")}\n` : "";

export function entryText(f: EntryFields): string {
  const area = f.area ?? AREA_IDS[1];
  return [
    "---\n",
    `id: ${f.id}\n`,
    `title: ${JSON.stringify(f.title ?? `Entry ${f.id}`)}\n`,
    `area: ${area}\n`,
    `kind: ${f.kind ?? "topic"}\n`,
    `summary: ${JSON.stringify(f.summary ?? `A generated entry named ${f.id}, for a loader test.`)}\n`,
    yamlList("aliases", f.aliases ?? []),
    yamlList("keywords", f.keywords ?? [`word-${f.id}`]),
    yamlList("related", f.related ?? []),
    "source:\n",
    `  section: ${JSON.stringify(SOURCE_SECTIONS[0])}\n`,
    yamlList("  quotes", f.quotes ?? ["a short quote"])
      .replace(/^ {2}quotes:\n/, "  quotes:\n")
      .replace(/\n {2}- /g, "\n    - "),
    "---\n",
    ...(f.points ?? ["One key point."]).map((p) => `- ${p}\n`),
  ].join("");
}

/** The six area entries: the least a valid folder holds. */
export function areaFiles(): Record<string, string> {
  return Object.fromEntries(
    AREA_IDS.map((id) => [`${id}.md`, entryText({ id, area: id, kind: "area", title: `Area ${id}` })]),
  );
}

export async function tempContent(
  files: Record<string, string> = {},
): Promise<{ dir: string; done(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "safir-content-"));
  for (const [name, text] of Object.entries({ ...areaFiles(), ...files })) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return { dir, done: () => rm(dir, { recursive: true, force: true }) };
}
