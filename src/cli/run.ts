import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { ConfigError, secretsOf } from "../config.ts";
import { ContentError } from "../content/entry.ts";
import { redactSecrets } from "../logger.ts";

/**
 * Reads `.env` (if any) into process.env without overriding what the shell set, and without a banner.
 * dotenv (and the node:crypto it loads) is only loaded when there is a file to read: a start without one
 * (a fresh clone, a container configured by its environment) skips it.
 */
export function loadEnvFile(): void {
  if (!existsSync(".env")) return;
  const dotenv = createRequire(import.meta.url)("dotenv") as typeof import("dotenv");
  dotenv.config({ quiet: true });
}

/**
 * Runs a command-line entry point: a known failure (bad content, bad settings) prints its message and exits 1;
 * anything else prints one line, never a stack trace, unless DEBUG is set.
 */
export function runCli(main: () => Promise<number | undefined>): void {
  main().then(
    (code) => {
      if (typeof code === "number") process.exitCode = code;
    },
    (err: unknown) => {
      const secrets = secretsOf(process.env);
      if (err instanceof ContentError || err instanceof ConfigError) {
        process.stderr.write(`${redactSecrets(err.message, secrets)}\n`);
      } else {
        const text = err instanceof Error ? err.message : String(err);
        process.stderr.write(`Safir stopped on an unexpected error: ${redactSecrets(text, secrets)}\n`);
        if (process.env.DEBUG && err instanceof Error && err.stack)
          process.stderr.write(`${redactSecrets(err.stack, secrets)}\n`);
        else process.stderr.write("Set DEBUG=1 to see the details.\n");
      }
      process.exitCode = 1;
    },
  );
}
