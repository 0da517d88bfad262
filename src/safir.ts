#!/usr/bin/env node
import { CLI_COMMANDS } from "./cli/commands.ts";
import { runCli } from "./cli/run.ts";

/**
 * The one entry point: `safir <command> [args]` (dist/safir.js in a build, src/safir.ts under tsx). The
 * commands are in src/cli/commands.ts; this file only routes to them and answers --help.
 */
const [name, ...args] = process.argv.slice(2);

function overview(): string {
  const shown = Object.entries(CLI_COMMANDS).filter(([, c]) => !c.hidden);
  const width = Math.max(...shown.map(([n]) => n.length));
  return [
    "Usage: safir <command> [options]   (from a clone: npm start, npm run <command> -- [options])",
    "",
    "Commands:",
    ...shown.map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`),
    "",
    "safir <command> --help shows a command's options. Settings come from the environment and .env (.env.example).",
  ].join("\n");
}

if (name === undefined || name === "--help" || name === "-h" || name === "help") {
  const topic = name === "help" ? args[0] : undefined;
  const command = topic ? CLI_COMMANDS[topic] : undefined;
  if (command) runCli(async () => (process.stdout.write(`${(await command.load()).usage}\n`), 0));
  else {
    process.stdout.write(`${overview()}\n`);
    // `safir` alone is a question of what it can do, not a mistake; an unknown topic is.
    process.exitCode = topic ? 2 : 0;
  }
} else if (name === "--version" || name === "-v") {
  runCli(async () => (process.stdout.write(`${(await import("./app.ts")).VERSION}\n`), 0));
} else {
  const command = Object.hasOwn(CLI_COMMANDS, name) ? CLI_COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`Unknown command '${name}'.\n\n${overview()}\n`);
    process.exitCode = 2;
  } else if (args.includes("--help") || args.includes("-h")) {
    runCli(async () => (process.stdout.write(`${(await command.load()).usage}\n`), 0));
  } else {
    runCli(async () => (await command.load()).run(args));
  }
}
