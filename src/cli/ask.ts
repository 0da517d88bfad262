import { createInterface } from "node:readline";
import { createApp } from "../app.ts";
import { readCommonConfig } from "../config.ts";
import { formatResponse } from "../console/format.ts";
import { CONSOLE_USER } from "../console/parse-line.ts";
import type { Hit } from "../search/index.ts";
import { loadEnvFile, runCli } from "./run.ts";

const USAGE = `Usage:
  npm run --silent ask -- "your question"     print the reply as the bot would give it
  npm run --silent ask -- --json              read questions from stdin, one per line; write one JSON object per line`;

const brief = (h: Hit) => ({ id: h.entry.id, area: h.entry.area, title: h.entry.title, score: h.score });

/** `npm run ask`: try questions offline, as a person (rendered reply) or as a program (JSON lines). */
runCli(async () => {
  loadEnvFile();
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const json = args.includes("--json");
  const question = args
    .filter((a) => a !== "--json")
    .join(" ")
    .trim();
  const config = readCommonConfig(process.env);
  const app = await createApp({ contentDir: config.contentDir });

  if (json) {
    // Exactly one line of JSON per input line, nothing else on stdout: a contract for scripts.
    const rl = createInterface({ input: process.stdin, terminal: false });
    const lines = question ? [question] : rl;
    for await (const line of lines) {
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
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { response } = app.dispatcher.invoke({
    kind: "command",
    request: { id: "cli", name: "ask", options: { question }, user: CONSOLE_USER },
  });
  process.stdout.write(`${formatResponse(response, { color: Boolean(process.stdout.isTTY) })}\n`);
  return 0;
});
