import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ContentError, type Entry } from "./entry.ts";
import { type SourceFile, type ValidationResult, validateContent } from "./validate.ts";

/** Reads every `.md` file below `dir` (README.md excepted), sorted for stable output. */
export async function readContentDir(dir: string): Promise<SourceFile[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ContentError(dir, [
      { file: dir, message: "the content folder does not exist: set CONTENT_DIR to a folder of .md entries" },
    ]);
  }
  const names = (await readdir(dir, { recursive: true }))
    .map((n) => n.split(path.sep).join("/"))
    .filter((n) => n.endsWith(".md") && path.posix.basename(n).toLowerCase() !== "readme.md")
    .sort();
  return Promise.all(
    names.map(async (file) => ({ file, text: await readFile(path.join(dir, file), "utf8") })),
  );
}

export async function checkContentDir(dir: string): Promise<ValidationResult> {
  const files = await readContentDir(dir);
  // An empty folder is one problem, not six missing areas.
  if (files.length === 0) {
    return { entries: [], problems: [{ file: dir, message: "the content folder has no .md entries" }] };
  }
  return validateContent(files);
}

/** Loads and validates the content folder; throws a ContentError naming every bad file. */
export async function loadContent(dir: string): Promise<Entry[]> {
  const { entries, problems } = await checkContentDir(dir);
  if (problems.length > 0) throw new ContentError(dir, problems);
  return entries;
}
