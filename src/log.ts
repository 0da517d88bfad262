import { pino } from "pino";

import { type Logger, type LogLevel, redactSecrets } from "./logger.ts";

export { LOG_LEVELS, type Logger, type LogLevel, redactSecrets, silentLogger } from "./logger.ts";

/**
 * Structured JSON logs on stderr (stdout stays for program output), with secrets redacted by key wherever
 * they appear, and any token-shaped text scrubbed from messages by `redactSecrets`.
 */
export function createLogger(
  level: LogLevel = "info",
  secrets: readonly string[] = [],
): Logger & pino.Logger {
  return pino(
    {
      level,
      base: { app: "safir" },
      redact: {
        paths: [
          "token",
          "*.token",
          "authorization",
          "*.authorization",
          "headers.authorization",
          "publicKey",
          "*.publicKey",
        ],
        censor: "[redacted]",
      },
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === "string" ? redactSecrets(a, secrets) : a)) as Parameters<
              typeof method
            >,
          );
        },
      },
      serializers: {
        err: (err: unknown) => {
          const e = err instanceof Error ? err : new Error(String(err));
          return {
            type: e.name,
            message: redactSecrets(e.message, secrets),
            stack: e.stack ? redactSecrets(e.stack, secrets) : undefined,
          };
        },
      },
    },
    pino.destination({ dest: 2, sync: true }),
  );
}
