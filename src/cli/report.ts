import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { readStoreConfig } from "../config.ts";
import { openDatabase } from "../store/database.ts";
import { describeTarget } from "../store/open.ts";
import { readReport } from "../store/report.ts";
import { formatReport, parseSince } from "./report-format.ts";
import { loadEnvFile } from "./run.ts";

export const usage = `Usage: safir report [--since 7d] [--json]   (npm run report -- --since 7d)
  --since  how far back: 12h, 7d, 4w or a date (2026-11-01); default 30d
  --json   one JSON object instead of text: {"unanswered":[…],"feedback":[…],"volume":[…],…}`;

/**
 * `npm run report`: what members asked that Safir could not answer, which answers helped, and how much
 * Safir is used, from the database DATABASE_URL names.
 */
export async function run(args: string[]): Promise<number | undefined> {
  loadEnvFile();
  let values: { since?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        since: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const now = Date.now();
  const since = parseSince(values.since ?? "30d", now);
  if (since === null) {
    process.stderr.write(
      `--since '${values.since}' is not a period: use 12h, 7d, 4w or a date such as 2026-11-01\n`,
    );
    return 2;
  }
  const config = readStoreConfig(process.env);
  const target = config.database;
  if (target.kind === "off") {
    process.stderr.write("Recording is off (DATABASE_URL=off): there is nothing to report.\n");
    return 1;
  }
  if (target.kind === "sqlite" && !existsSync(target.file)) {
    process.stderr.write(
      `No database at ${target.file} yet: Safir has recorded nothing there. Check DATABASE_URL, or run the bot first.\n`,
    );
    return 1;
  }
  let database;
  try {
    database = await openDatabase(target, { poolSize: 1 });
  } catch (err) {
    process.stderr.write(
      `Could not open the database (${describeTarget(config)}): ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 1;
  }
  try {
    const report = await readReport(database.db, { since, until: now + 1 });
    process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    return 0;
  } finally {
    await database.close();
  }
}
