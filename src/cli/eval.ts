import { readFile } from "node:fs/promises";
import { readCommonConfig } from "../config.ts";
import { loadContent } from "../content/load.ts";
import { evaluate, parseQuestions, pct } from "../eval/score.ts";
import { buildIndex } from "../search/index.ts";
import { loadEnvFile } from "./run.ts";
import { sharedFile } from "./shared-paths.ts";

export const usage = `Usage: safir eval [questions.jsonl] [--verbose]
Answer quality on a question set (one {"q": …, "expect": [area ids]} per line); default
../shared/eval/questions.jsonl where it exists.`;

/** `npm run eval [file] [--verbose]`: answer quality on a question set, through the same pipeline as the bot. */
export async function run(args: string[]): Promise<number | undefined> {
  loadEnvFile();
  const verbose = args.includes("--verbose") || args.includes("-v");
  const fileArg = args.find((a) => !a.startsWith("-"));
  const file = fileArg ?? sharedFile("eval", "questions.jsonl");
  if (!file) {
    process.stdout.write(
      "No question file given, and ../shared/eval/questions.jsonl is not here (it exists only in the project's CI).\nUsage: npm run eval -- path/to/questions.jsonl\n",
    );
    return 0;
  }
  const config = readCommonConfig(process.env);
  const index = buildIndex(await loadContent(config.contentDir));
  // A bad question file is the user's to fix, not an unexpected failure: say which line and what it needs.
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) {
    process.stderr.write(`Cannot read the question file ${file}: check the path and try again.\n`);
    return 1;
  }
  let questions: ReturnType<typeof parseQuestions>;
  try {
    questions = parseQuestions(text, file);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `${reason}\nEach line of a question file is one JSON object: {"q": "a question", "expect": ["area-id", …]} (an empty list for off-topic questions).\n`,
    );
    return 1;
  }
  const r = evaluate(index, questions);
  for (const row of r.rows) {
    if (verbose || !row.ok) {
      process.stdout.write(
        `${row.ok ? "ok  " : "MISS"} ${row.kind ? `[${row.kind}] ` : ""}${JSON.stringify(row.q)} expect=[${row.expect.join(",")}] answer=${row.answer ?? "none"} top3=[${row.top3.join(",")}]${row.expectNotInSource ? ` notInSource=${JSON.stringify(row.notInSource)} expected=${JSON.stringify(row.expectNotInSource)}` : ""}\n`,
      );
    }
  }
  process.stdout.write(
    [
      `questions: ${questions.length} (${r.inScope} in scope, ${r.offTopic} off topic) from ${file}`,
      `in-scope top-1: ${r.top1}/${r.inScope} (${pct(r.top1, r.inScope)})`,
      `in-scope top-3: ${r.top3}/${r.inScope} (${pct(r.top3, r.inScope)})`,
      `off-topic rejected: ${r.rejected}/${r.offTopic} (${pct(r.rejected, r.offTopic)})`,
      // Per kind, when the lines say their kind: top-1 for questions with an answer, rejection for the rest.
      ...Object.entries(r.byKind).map(([kind, k]) => `  ${kind}: ${k.ok}/${k.of} (${pct(k.ok, k.of)})`),
      ...(r.notInSource.lines > 0
        ? [
            `notInSource (${r.notInSource.lines} lines): precision ${r.notInSource.namedRight}/${r.notInSource.named} (${pct(r.notInSource.namedRight, r.notInSource.named)}), recall ${r.notInSource.expectedFound}/${r.notInSource.expected} (${pct(r.notInSource.expectedFound, r.notInSource.expected)})`,
            `notInSource named on in-scope lines that expect none: ${r.notInSource.namedOnQuietLines}/${r.notInSource.quietLines}`,
          ]
        : []),
      "",
    ].join("\n"),
  );
  return 0;
}
