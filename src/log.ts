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

/**
 * Replaces each secret, in every form it may take (as set and trimmed, in any letter case, URL- or
 * JSON-escaped, base64), and anything shaped like a Discord bot token, with [redacted].
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  const pattern = secretPattern(secrets);
  const out = pattern ? text.replace(pattern, "[redacted]") : text;
  return out.replace(/[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,38}/g, "[redacted]");
}

const patterns = new Map<string, RegExp | undefined>();
function secretPattern(secrets: readonly string[]): RegExp | undefined {
  const id = secrets.join("\u0000");
  if (patterns.has(id)) return patterns.get(id);
  const forms = new Set<string>();
  for (const s of secrets) {
    for (const v of [s, s.trim()]) {
      if (v.length < 8) continue;
      forms.add(v);
      forms.add(encodeURIComponent(v));
      forms.add(JSON.stringify(v).slice(1, -1));
      forms.add(Buffer.from(v).toString("base64").replace(/=+$/, ""));
    }
  }
  // Longest first, so a secret is replaced whole rather than a shorter form inside it. The secrets are
  // escaped: they are matched as text, never as a pattern.
  const sorted = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = sorted.length ? new RegExp(sorted.join("|"), "gi") : undefined;
  if (patterns.size > 16) patterns.clear();
  patterns.set(id, pattern);
  return pattern;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
