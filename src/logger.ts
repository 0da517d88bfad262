/**
 * The logging interface the core sees. It lives apart from src/log.ts (pino) so the core can be bundled
 * where pino cannot run (a Cloudflare Worker); pino's loggers fit it, and tests can pass a recorder.
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  /** Whether a level is written (pino's): lets a hot path skip building a line that would be dropped. */
  isLevelEnabled?(level: LogLevel): boolean;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

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
      forms.add(base64(v).replace(/=+$/, ""));
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

/** UTF-8 base64 with what both Node and a Worker have (no Buffer in a Worker). */
function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
