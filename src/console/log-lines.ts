import type { Logger } from "../log.ts";

/**
 * The console's logger: a person is reading, so each message is one plain line on stderr (no JSON), and
 * debug detail is left out. Used for what happens beside the conversation, like a content reload.
 */
export function consoleLogger(write: (line: string) => void): Logger {
  const line = (obj: object, msg?: string) => {
    if (msg) write(`${msg}\n`);
    else write(`${JSON.stringify(obj)}\n`);
  };
  return { debug() {}, info: line, warn: line, error: line };
}
