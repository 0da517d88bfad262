/**
 * Ids and custom_ids come from the wire: in logs and in replies they are shown only in a bounded, inert form,
 * so a forged one can neither fill a log line nor inject markdown into a message.
 */
const LOG_MAX = 100;
const REFERENCE = /^[A-Za-z0-9-]{1,40}$/;

/** At most LOG_MAX characters of a string; anything else by its type alone. */
export function boundedForLog(value: unknown): string {
  if (typeof value !== "string") return `(${value === null ? "null" : typeof value})`;
  return value.length <= LOG_MAX ? value : `${value.slice(0, LOG_MAX)}…(${value.length} characters)`;
}

/** The id shown to a user as "reference `…`": only letters, digits and dashes, or "unknown". */
export function safeReference(id: unknown): string {
  return typeof id === "string" && REFERENCE.test(id) ? id : "unknown";
}
