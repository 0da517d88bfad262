import path from "node:path";
import { readCommonConfig } from "../config.ts";
import { checkContentDir } from "../content/load.ts";
import { problemLines } from "../content/problem-lines.ts";
import { loadEnvFile } from "./run.ts";

export const usage = `Usage: safir check-content [folder]
Validates the content folder (default CONTENT_DIR or ./content) as start-up does, printing every problem as
file:line: message; exit 1 if there is any.`;

/**
 * `npm run check-content [dir]`: the same validation as start-up, reporting every problem as
 * `file:line: message` (relative to the content folder), exit 1 if there is any.
 */
export async function run(args: string[]): Promise<number | undefined> {
  loadEnvFile();
  const dirArg = args.find((a) => !a.startsWith("-"));
  const dir = dirArg ? path.resolve(dirArg) : readCommonConfig(process.env).contentDir;
  const shown = path.relative(process.cwd(), dir) || ".";
  const { entries, problems } = await checkContentDir(dir);
  if (problems.length > 0) {
    for (const line of problemLines(dir, problems)) process.stderr.write(`${line}\n`);
    process.stderr.write(
      `\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${shown}: fix them and run \`npm run check-content\` again.\n`,
    );
    return 1;
  }
  const areas = entries.filter((e) => e.kind === "area").length;
  process.stdout.write(
    `${shown}: ${entries.length} entries (${areas} areas, ${entries.length - areas} topics), all valid.\n`,
  );
  return 0;
}
