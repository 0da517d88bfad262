import { createApp } from "../app.ts";
import { readCommonConfig } from "../config.ts";
import { formatResponse } from "../console/format.ts";
import { boundedLines, printable, tooLong } from "../console/lines.ts";
import { CONSOLE_USER } from "../console/parse-line.ts";
import type { Hit } from "../search/index.ts";
import { loadEnvFile } from "./run.ts";

export const usage = `Usage: safir ask "your question"     print the reply as the bot would give it
       safir ask --json               read questions from stdin, one per line; write one JSON object per line
(from a clone: npm run --silent ask -- "your question")`;

const brief = (h: Hit) => ({ id: h.entry.id, area: h.entry.area, title: h.entry.title, score: h.score });

/** `npm run ask`: try questions offline, as a person (rendered reply) or as a program (JSON lines). */
export async function run(args: string[]): Promise<number | undefined> {
  loadEnvFile();
  const json = args.includes("--json");
  const question = args
    .filter((a) => a !== "--json")
    .join(" ")
    .trim();
  const config = readCommonConfig(process.env);
  const app = await createApp({ contentDir: config.contentDir });

  if (json) {
    // Exactly one line of JSON per input line, nothing else on stdout: a contract for scripts. A line over
    // the limit gets a JSON line with an error instead, and reading goes on.
    const lines = question ? [{ ok: true as const, text: question }] : boundedLines(process.stdin);
    for await (const item of lines) {
      if (!item.ok) {
        process.stdout.write(`${JSON.stringify({ query: null, error: tooLong(item.bytes) })}\n`);
        continue;
      }
      const line = item.text;
      const result = app.index.search(line, 5);
      const out = {
        query: line,
        answer: result.answer ? brief(result.answer) : null,
        results: result.hits.map(brief),
        notInSource: result.notInSource,
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
    return 0;
  }
  if (!question) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const { response } = app.dispatcher.invoke({
    kind: "command",
    request: { id: "cli", name: "ask", options: { question: printable(question) }, user: CONSOLE_USER },
  });
  process.stdout.write(`${formatResponse(response, { color: Boolean(process.stdout.isTTY) })}\n`);
  return 0;
}
