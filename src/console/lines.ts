import type { Readable } from "node:stream";

/** The longest line the console and `ask --json` read; a question is at most 500 characters. */
export const LINE_MAX_BYTES = 8192;

export type Line = { ok: true; text: string } | { ok: false; bytes: number };

/**
 * Lines of `input`, each at most `maxBytes`: a longer line is skipped as it streams by (never held in
 * memory) and reported as `{ ok: false, bytes }`, and reading goes on with the next line. readline, by
 * contrast, keeps a line of any length and fails on one of half a gigabyte.
 */
export async function* boundedLines(input: Readable, maxBytes = LINE_MAX_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let held = 0;
  let skipped = 0; // bytes of a line already over the limit
  for await (const chunk of input) {
    const buf: Buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      const end = nl === -1 ? buf.length : nl;
      const size = end - start;
      if (skipped > 0 || held + size > maxBytes) {
        skipped += held + size;
        parts = [];
        held = 0;
      } else if (size > 0) {
        parts.push(buf.subarray(start, end));
        held += size;
      }
      if (nl === -1) break;
      yield skipped > 0 ? { ok: false, bytes: skipped } : { ok: true, text: decode(parts, held) };
      parts = [];
      held = 0;
      skipped = 0;
      start = nl + 1;
    }
  }
  if (skipped > 0) yield { ok: false, bytes: skipped };
  else if (held > 0) yield { ok: true, text: decode(parts, held) };
}

function decode(parts: Buffer[], size: number): string {
  const text = (parts.length === 1 ? parts[0]! : Buffer.concat(parts, size)).toString("utf8");
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}

export const tooLong = (bytes: number, maxBytes = LINE_MAX_BYTES) =>
  `That line is ${bytes} bytes long; lines of at most ${maxBytes} bytes are read. It was skipped: ask a shorter question.`;

// Escape sequences first (CSI `ESC [ … final`, OSC `ESC ] … BEL|ST`, DCS/SOS/PM/APC, two-byte `ESC x`),
// then any control character left. Fixed patterns, linear on any input.
/* eslint-disable no-control-regex -- control characters are exactly what these match */
const ESCAPES =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_])?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

/**
 * Text safe to print on a terminal: escape sequences (CSI, OSC, …) and other control characters removed,
 * tabs and newlines kept. Whatever a user typed, or content holds, cannot move the cursor, retitle the
 * window or hide text.
 */

export function printable(text: string): string {
  return text.replace(ESCAPES, "").replace(CONTROLS, "");
}
