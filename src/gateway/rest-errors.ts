import { DiscordAPIError, HTTPError } from "discord.js";

/**
 * One line about a failed Discord REST call, for logs and the command line. It names the status and Discord's
 * error code, never the request URL: interaction and webhook URLs carry tokens.
 */
export function describeRestError(err: unknown): string {
  if (err instanceof DiscordAPIError)
    return `Discord answered ${err.status} (code ${err.code}): ${err.message}`;
  if (err instanceof HTTPError) return `Discord answered ${err.status} ${err.name}`;
  const code = networkCode(err);
  if (code) return `could not reach Discord (${code})`;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** The system error code of a network failure (ECONNREFUSED, ENOTFOUND, …), if that is what `err` is. */
export function networkCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z_]+$/.test(code)) return code;
    if ((e as Error).name === "AbortError") return "timeout";
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function restStatus(err: unknown): number | undefined {
  if (err instanceof DiscordAPIError || err instanceof HTTPError) return err.status;
  return undefined;
}
