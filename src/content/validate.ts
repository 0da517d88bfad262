import { AREA_IDS } from "./areas.ts";
import type { ContentProblem, Entry } from "./entry.ts";
import { parseEntryFile } from "./parse.ts";
import { checkWriting } from "./writing.ts";

export interface SourceFile {
  /** Path relative to the content folder, with '/' separators. */
  file: string;
  text: string;
}

export interface ValidationResult {
  entries: Entry[];
  problems: ContentProblem[];
}

/**
 * The one content validator: used by start-up, `npm run check-content` and the tests.
 * Checks each file on its own, then what only the whole set can show (duplicates, dangling links, areas).
 */
export function validateContent(files: SourceFile[]): ValidationResult {
  const problems: ContentProblem[] = [];
  const entries: Entry[] = [];
  const texts = new Map(files.map((f) => [f.file, f.text]));
  for (const { file, text } of files) {
    const parsed = parseEntryFile(file, text);
    problems.push(...parsed.problems);
    if (parsed.entry) entries.push(parsed.entry);
  }

  const byId = new Map<string, Entry>();
  for (const entry of entries) {
    const first = byId.get(entry.id);
    if (first) {
      problems.push({
        file: entry.file,
        ...lineField(frontMatterLine(texts.get(entry.file), (l) => /^id\s*:/.test(l))),
        message: `duplicate id '${entry.id}': ${first.file} already uses it`,
      });
    } else {
      byId.set(entry.id, entry);
    }
  }
  for (const entry of entries) {
    for (const rel of entry.related) {
      if (!byId.has(rel)) {
        problems.push({
          file: entry.file,
          ...lineField(relatedLine(texts.get(entry.file), rel)),
          message: `'related' names '${rel}', but no entry has that id`,
        });
      }
    }
  }
  problems.push(...checkWriting(entries, texts));
  // Only meaningful when every file parsed: a broken area file already has its own message.
  if (problems.length === 0) {
    for (const area of AREA_IDS) {
      if (!entries.some((e) => e.kind === "area" && e.id === area)) {
        problems.push({
          file: `${area}.md`,
          message: `the area entry '${area}' is missing: every area needs one`,
        });
      }
    }
  }
  return { entries: problems.length === 0 ? sortEntries(entries) : entries, problems };
}

/** Area entries in the document's order, each followed by its topics by title. */
function sortEntries(entries: Entry[]): Entry[] {
  const rank = (e: Entry) => AREA_IDS.indexOf(e.area) * 2 + (e.kind === "area" ? 0 : 1);
  return [...entries].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

/**
 * Problems found across files come from parsed entries, which no longer know their lines; the raw text
 * still does. These look the line up again, so every message can point at the place to fix.
 */
function frontMatterLine(
  text: string | undefined,
  match: (line: string) => boolean,
  from = 0,
): number | undefined {
  const lines = (text ?? "").replace(/\r\n?/g, "\n").split("\n");
  for (let i = Math.max(1, from); i < lines.length && !/^---[ \t]*$/.test(lines[i]!); i++) {
    if (match(lines[i]!)) return i + 1;
  }
  return undefined;
}

function relatedLine(text: string | undefined, id: string): number | undefined {
  const start = frontMatterLine(text, (l) => /^related\s*:/.test(l));
  if (start === undefined) return undefined;
  const token = new RegExp(`(^|[\\s\\[,'"])${id}($|[\\s\\],'"])`);
  return frontMatterLine(text, (l) => token.test(l), start - 1) ?? start;
}

const lineField = (line: number | undefined) => (line ? { line } : {});
