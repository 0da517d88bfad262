import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { SLASH_COMMANDS_BY_NAME } from "../commands/index.ts";
import type { CommandRequest, OptionValue } from "../commands/types.ts";

export type ConsoleInput =
  | { kind: "command"; request: CommandRequest }
  | { kind: "help" }
  | { kind: "reload" }
  | { kind: "quit" }
  | { kind: "empty" }
  | { kind: "error"; message: string };

export const CONSOLE_USER = { id: "0", username: "console" } as const;

/**
 * Reads a console line the way Discord's client would fill a slash command: `/ask question: …`,
 * `/topic name: sanctions private: true`, `/topics`; a bare line is a question for `/ask`.
 */
export function parseConsoleLine(line: string, seq = 0): ConsoleInput {
  const text = line.trim();
  if (!text) return { kind: "empty" };
  const id = `console-${seq}`;
  if (!text.startsWith("/")) {
    return { kind: "command", request: { id, name: "ask", options: { question: text }, user: CONSOLE_USER } };
  }
  const [, name = "", rest = ""] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
  const lower = name.toLowerCase();
  if (lower === "help" || lower === "?") return { kind: "help" };
  if (lower === "quit" || lower === "exit" || lower === "q") return { kind: "quit" };
  if (lower === "reload") return { kind: "reload" };
  const command = SLASH_COMMANDS_BY_NAME.get(lower);
  if (!command) {
    return {
      kind: "error",
      message: `Unknown command '/${name}'. Try /ask, /topic, /topics, /about, /reload, /help or /quit.`,
    };
  }
  const defs = command.definition.options ?? [];
  const names = defs.map((o) => o.name);
  const options: Record<string, OptionValue> = {};
  // Split "a: x b: y" at the option names this command has; anything before the first is the first option.
  const pattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join("|") || "(?!)"}):\\s*`, "gi");
  const marks = [...rest.matchAll(pattern)];
  const lead = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
  const first = defs[0];
  if (lead) {
    if (!first) return { kind: "error", message: `/${lower} takes no options.` };
    options[first.name] = lead;
  }
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.index ?? rest.length;
    options[m[1]!.toLowerCase()] = rest.slice((m.index ?? 0) + m[0].length, end).trim();
  });
  for (const def of defs) {
    const value = options[def.name];
    if (value === undefined) continue;
    if (def.type === ApplicationCommandOptionType.Boolean) {
      const v = String(value).toLowerCase();
      if (!["true", "false", "yes", "no"].includes(v)) {
        return { kind: "error", message: `Option '${def.name}' takes true or false.` };
      }
      options[def.name] = v === "true" || v === "yes";
    }
  }
  const missing = defs.find((d) => "required" in d && d.required && !options[d.name]);
  if (missing)
    return {
      kind: "error",
      message: `/${lower} needs '${missing.name}:', for example /${lower} ${missing.name}: sanctions`,
    };
  return { kind: "command", request: { id, name: lower, options, user: CONSOLE_USER } };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
