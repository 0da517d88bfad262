import { createApp } from "../app.ts";
import { readCommonConfig } from "../config.ts";
import { formatResponse } from "../console/format.ts";
import { CONSOLE_USER } from "../console/parse-line.ts";
import { loadEnvFile } from "./run.ts";

export const usage = `Usage: safir preview <entry-id> [--json]
How an entry will look, as the terminal shows it or (--json) as the exact Discord payload. No id: list the ids.`;

/**
 * `npm run preview -- <id> [--json]`: how an entry will look, as the terminal shows it or as the exact
 * Discord payload. With no id, lists the ids.
 */
export async function run(args: string[]): Promise<number | undefined> {
  loadEnvFile();
  const json = args.includes("--json");
  const id = args.find((a) => !a.startsWith("-"));
  const app = await createApp({ contentDir: readCommonConfig(process.env).contentDir });
  if (!id) {
    for (const e of app.index.entries) process.stdout.write(`${e.id.padEnd(36)} ${e.title}\n`);
    process.stdout.write("\nUsage: npm run preview -- <id> [--json]\n");
    return 0;
  }
  if (!app.index.get(id)) {
    process.stderr.write(`No entry has the id '${id}'. Run \`npm run preview\` to list them.\n`);
    return 1;
  }
  const { response } = app.dispatcher.invoke({
    kind: "command",
    request: { id: "preview", name: "topic", options: { name: id }, user: CONSOLE_USER },
  });
  process.stdout.write(
    json
      ? `${JSON.stringify(response, null, 2)}\n`
      : `${formatResponse(response, { color: Boolean(process.stdout.isTTY) })}\n`,
  );
  return 0;
}
