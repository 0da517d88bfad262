/**
 * Every command of `safir <command>` (dist/safir.js), one line each: its one-line summary and its module,
 * loaded only when that command runs, so `safir ask` never loads discord.js. A command module exports
 * `usage` (printed for `safir <command> --help`) and `run(args)`, which resolves to the exit code.
 */
export interface CommandModule {
  usage: string;
  run(args: string[]): Promise<number | undefined>;
}

export interface CliCommand {
  summary: string;
  load(): Promise<CommandModule>;
  /** Not listed by --help: started by Safir itself. */
  hidden?: boolean;
}

// One line per command, kept so by hand: adding a command is adding a line.
// prettier-ignore
export const CLI_COMMANDS: Readonly<Record<string, CliCommand>> = {
  start: { summary: "the bot: the gateway with DISCORD_TOKEN, else the local console", load: () => import("./start.ts") },
  serve: { summary: "the HTTP interactions endpoint (DISCORD_PUBLIC_KEY)", load: () => import("./serve.ts") },
  deploy: { summary: "register the slash commands with Discord", load: () => import("./deploy.ts") },
  ask: { summary: "answer one question (or JSON lines from stdin) offline", load: () => import("./ask.ts") },
  "check-content": { summary: "validate the content folder, every problem as file:line", load: () => import("./check-content.ts") },
  preview: { summary: "show an entry as Discord will, or its JSON payload", load: () => import("./preview.ts") },
  eval: { summary: "answer quality on a question set", load: () => import("./eval.ts") },
  report: { summary: "unanswered questions, helpfulness and usage from the database", load: () => import("./report.ts") },
  keygen: { summary: "write a local test key pair into .env for serve", load: () => import("./keygen.ts") },
  "sign-request": { summary: "send a signed test interaction to a local serve", load: () => import("./sign-request.ts") },
  shard: { summary: "one shard process of the ShardingManager", load: () => import("./shard.ts"), hidden: true },
};
