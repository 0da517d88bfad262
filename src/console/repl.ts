import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { App } from "../app.ts";
import { SLASH_COMMANDS } from "../commands/index.ts";
import type { ReloadOutcome } from "../reload/live-content.ts";
import { describeDiff } from "../reload/snapshot.ts";
import { formatResponse } from "./format.ts";
import { boundedLines, LINE_MAX_BYTES, printable, tooLong } from "./lines.ts";
import { parseConsoleLine } from "./parse-line.ts";

export interface ConsoleOptions {
  app: App;
  input: Readable;
  output: Writable;
  /** Interactive: a prompt, history and tab completion. Otherwise each line is answered and EOF ends. */
  interactive: boolean;
  color?: boolean;
}

export const CONSOLE_HELP = [
  "Ask a question in your own words, or use a command as in Discord:",
  "  /ask question: how do they fight terrorism?",
  "  /topic name: sanctions          (a topic by name or id)",
  "  /topics                         (every area and topic)",
  "  /about",
  "  /reload                         (read the content folder again; shows the content hash)",
  "  /help, /quit",
].join("\n");

/** The local console: the same commands and replies as on Discord, printed for a terminal. */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const { app, input, output, interactive } = opts;
  const write = (s: string) => output.write(`${s}\n`);
  const names = [...SLASH_COMMANDS.map((c) => `/${c.definition.name}`), "/reload", "/help", "/quit"];
  let seq = 0;
  /** One line in, its answer out; false to stop. Escape sequences typed by the user are never echoed. */
  const answer = async (raw: string): Promise<boolean> => {
    if (Buffer.byteLength(raw) > LINE_MAX_BYTES) {
      write(tooLong(Buffer.byteLength(raw)));
      return true;
    }
    const line = printable(raw);
    const parsed = parseConsoleLine(line, ++seq);
    if (parsed.kind === "quit") return false;
    if (parsed.kind === "help") write(CONSOLE_HELP);
    else if (parsed.kind === "error") write(parsed.message);
    else if (parsed.kind === "reload") {
      if (!interactive) write(`> ${line.trim()}`);
      write(describeReload(await app.content.reload("request")));
    } else if (parsed.kind === "command") {
      const { response } = app.dispatcher.invoke({ kind: "command", request: parsed.request });
      if (!interactive) write(`> ${line.trim()}`);
      write(formatResponse(response, { color: opts.color ?? false }));
    }
    return true;
  };
  if (!interactive) {
    // Piped input may hold a line of any length (`npm start < /dev/zero`): read it in bounded pieces.
    for await (const line of boundedLines(input)) {
      if (!line.ok) write(tooLong(line.bytes));
      else if (!(await answer(line.text))) break;
    }
    return;
  }
  const rl = createInterface({
    input,
    output,
    terminal: true,
    historySize: 200,
    completer: (line: string) => {
      const hits = names.filter((n) => n.startsWith(line));
      return [hits.length ? hits : [], line];
    },
  });
  rl.setPrompt("safir> ");
  rl.prompt();
  for await (const line of rl) {
    if (!(await answer(line))) break;
    rl.prompt();
  }
  rl.close();
}

/** The console's answer to /reload: what is served now, and what changed or why nothing did. */
export function describeReload(outcome: ReloadOutcome): string {
  const serving = `${outcome.entries} entries, content hash ${outcome.hash}`;
  switch (outcome.status) {
    case "reloaded":
      return `Reloaded: ${describeDiff(outcome.diff)}. Now serving ${serving} (was ${outcome.previousHash}).`;
    case "unchanged":
      return `No change: still serving ${serving}.`;
    case "rejected":
      return [
        `The content folder has ${outcome.problems.length} problem${outcome.problems.length === 1 ? "" : "s"}; still serving the last good content (${serving}):`,
        ...outcome.problems.map((p) => `  ${p}`),
        "Fix them and /reload again (or just save: the folder is watched).",
      ].join("\n");
    case "failed":
      return `Could not read the content folder (${outcome.error}); still serving ${serving}.`;
  }
}
