import {
  type APIEmbed,
  type APIInteractionResponse,
  type APIMessageTopLevelComponent,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
} from "discord-api-types/v10";
import { printable } from "./lines.ts";

export interface FormatOptions {
  /** ANSI colours and bold, for a terminal. */
  color?: boolean;
  width?: number;
}

/** A reply as a person reads it in a terminal: title, text, fields, footer, and what the buttons offer. */
export function formatResponse(response: APIInteractionResponse, opts: FormatOptions = {}): string {
  const c = painter(opts.color ?? false);
  switch (response.type) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.UpdateMessage: {
      const data = response.data ?? {};
      const lines: string[] = [];
      if (data.flags && (Number(data.flags) & MessageFlags.Ephemeral) !== 0)
        lines.push(c.dim("(only you can see this)"));
      if (data.content) lines.push(plain(data.content));
      for (const embed of data.embeds ?? []) lines.push(formatEmbed(embed, c));
      const extra = formatComponents(data.components ?? []);
      if (extra) lines.push(c.dim(extra));
      return lines.join("\n");
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return (response.data.choices ?? [])
        .map((ch) => `  ${printable(ch.name)}  ${c.dim(`(${printable(String(ch.value))})`)}`)
        .join("\n");
    default:
      return c.dim(`(response type ${response.type})`);
  }
}

function formatEmbed(embed: APIEmbed, c: Painter): string {
  const out: string[] = [];
  if (embed.author?.name) out.push(c.dim(printable(embed.author.name)));
  if (embed.title)
    out.push(c.bold(printable(embed.title)), c.dim("─".repeat(Math.min(60, [...embed.title].length + 2))));
  if (embed.description) out.push(plain(embed.description));
  for (const field of embed.fields ?? []) {
    out.push("", c.bold(printable(field.name)), plain(field.value));
  }
  if (embed.footer?.text) out.push("", c.dim(printable(embed.footer.text)));
  return `${out.join("\n")}\n`;
}

function formatComponents(rows: readonly APIMessageTopLevelComponent[]): string {
  const parts: string[] = [];
  for (const row of rows) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const comp of row.components) {
      if (comp.type === ComponentType.StringSelect) {
        const label = (comp.placeholder ?? "More").replace(/…$/, "");
        parts.push(
          printable(
            `${label}: ${comp.options.map((o) => `${o.label} [/topic name: ${o.value}]`).join("; ")}`,
          ),
        );
      }
    }
  }
  return parts.join("\n");
}

/** Markdown → plain text for the terminal: bold and italics dropped, quotes indented, escapes undone. */
function plain(md: string): string {
  return printable(md)
    .replace(/\*\*(.+?)\*\*/gs, "$1")
    .replace(/(^|\n)> \*(.+?)\*(?=\n|$)/g, "$1  “$2”")
    .replace(/(^|\n)> /g, "$1  ")
    .replace(/\\([\\*_~`|>#[\]()-])/g, "$1")
    .replace(/<@(\d+)>/g, "@user:$1")
    .replace(/\u200b/g, "");
}

type Painter = ReturnType<typeof painter>;
function painter(on: boolean) {
  const wrap = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: wrap("1"), dim: wrap("2") };
}
