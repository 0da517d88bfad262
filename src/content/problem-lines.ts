import path from "node:path";
import { type ContentProblem, formatProblem } from "./entry.ts";

/**
 * Problems as `file:line: message`, with files shown relative to where the command runs (`content/x.md:3`),
 * so an editor can jump to the line. One format for `npm run check-content` and for a rejected reload.
 */
export function problemLines(dir: string, problems: readonly ContentProblem[], cwd = process.cwd()): string[] {
  const shown = path.relative(cwd, dir) || ".";
  return problems.map((p) => {
    // A problem with the folder itself names it by its full path; files are relative to it.
    const file = path.isAbsolute(p.file) ? path.relative(cwd, p.file) || "." : path.join(shown, p.file);
    return formatProblem({ ...p, file });
  });
}
