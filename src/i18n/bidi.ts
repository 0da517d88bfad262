/**
 * Discord lays every message, embed and label out left to right; it applies the Unicode bidirectional
 * algorithm but never switches a paragraph's base direction. Arabic therefore comes out in the right order
 * only when each line says it is right-to-left: a right-to-left isolate (RLI … PDI) around the line. Latin
 * runs inside (a command such as `/ask`, the source's English title and section) sit in left-to-right
 * isolates, and text from a user in first-strong isolates, so neither reorders the Arabic around it.
 * Isolates are invisible, take two characters, and leave mentions and markdown alone.
 */
export const LRI = "\u2066";
export const RLI = "\u2067";
export const FSI = "\u2068";
export const PDI = "\u2069";

/** A left-to-right run inside right-to-left text. */
export const ltr = (text: string): string => `${LRI}${text}${PDI}`;

/** Text of unknown direction (a user's question) inside right-to-left text. */
export const isolate = (text: string): string => `${FSI}${text}${PDI}`;

/** Every non-empty line as a right-to-left isolate. */
export function rtlLines(text: string): string {
  return text
    .split("\n")
    .map((line) => (line ? `${RLI}${line}${PDI}` : line))
    .join("\n");
}

/** A whole catalogue made right-to-left: every string, every string a function returns, every list item. */
export function rightToLeft<T>(value: T): T {
  if (typeof value === "string") return rtlLines(value) as T;
  if (typeof value === "function") {
    const f = value as (...args: unknown[]) => string;
    return ((...args: unknown[]) => rtlLines(f(...args))) as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => rightToLeft(v)) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rightToLeft(v)])) as T;
  return value;
}
