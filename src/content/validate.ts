import { AREA_IDS } from "./areas.ts";
import type { ContentProblem, Entry } from "./entry.ts";
import { parseEntryFile } from "./parse.ts";

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
        message: `duplicate id '${entry.id}': ${first.file} already uses it`,
      });
    } else {
      byId.set(entry.id, entry);
    }
  }
  for (const entry of entries) {
    for (const rel of entry.related) {
      if (!byId.has(rel)) {
        problems.push({ file: entry.file, message: `'related' names '${rel}', but no entry has that id` });
      }
    }
  }
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
