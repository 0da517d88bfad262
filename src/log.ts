import { pino } from "pino";

/** The part of a logger the core uses; pino's loggers fit it, and tests can pass a recorder. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

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

/** Replaces each secret, and anything shaped like a Discord bot token, with [redacted]. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 8) out = out.split(s).join("[redacted]");
  return out.replace(/[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,38}/g, "[redacted]");
}
