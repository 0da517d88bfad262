import type { AreaId, SourceSection } from "./areas.ts";

/** One knowledge-base entry, as loaded and validated from a markdown file. */
export interface Entry {
  id: string;
  title: string;
  area: AreaId;
  kind: "area" | "topic";
  summary: string;
  aliases: string[];
  keywords: string[];
  related: string[];
  source: { section: SourceSection; quotes: string[] };
  /**
   * Questions people ask that this entry answers, in their own words and languages: what the question
   * classifier (src/intent) learns its area from. Never shown in a reply. Absent in hand-built test entries.
   */
  examples?: string[];
  /** Key points, one sentence or two each, from the body's bullet list. */
  points: string[];
  /** Path of the file relative to the content folder, for error messages and previews. */
  file: string;
}

export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`;
}

/** Thrown when content cannot be used; carries every problem found, not just the first. */
export class ContentError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: ContentProblem[],
  ) {
    const n = problems.length;
    super(
      `Content in ${dir} has ${n} problem${n === 1 ? "" : "s"}:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\nFix the file${n === 1 ? "" : "s"} named above and run \`npm run check-content\`.`,
    );
    this.name = "ContentError";
  }
}
