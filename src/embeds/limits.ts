import type { APIEmbed } from "discord-api-types/v10";

/** Discord's hard limits for messages, embeds and components (https://discord.com/developers/docs). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  actionRows: 5,
  buttonsPerRow: 5,
  selectOptions: 25,
  selectLabel: 100,
  selectValue: 100,
  selectDescription: 100,
  selectPlaceholder: 150,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
  labelText: 45,
  labelDescription: 100,
} as const;

/** Cuts text to `max` characters (by code point, never splitting a surrogate pair), marking the cut with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  let out = "";
  for (const c of chars) {
    if (out.length + c.length > max - 1) break;
    out += c;
  }
  return `${out.trimEnd()}…`;
}

/** The characters Discord counts towards the 6,000 limit across a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Brings an embed within every per-field limit, then within the total by shortening the description
 * and dropping trailing fields. Rendering aims to stay inside anyway; this is the guarantee.
 */
export function clampEmbed(embed: APIEmbed, budget: number = DISCORD_LIMITS.embedTotal): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, DISCORD_LIMITS.title);
  if (out.description !== undefined) out.description = truncate(out.description, DISCORD_LIMITS.description);
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, DISCORD_LIMITS.authorName) };
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, DISCORD_LIMITS.footer) };
  if (out.fields) {
    out.fields = out.fields.slice(0, DISCORD_LIMITS.fields).map((f) => ({
      ...f,
      name: truncate(f.name, DISCORD_LIMITS.fieldName),
      value: truncate(f.value, DISCORD_LIMITS.fieldValue),
    }));
  }
  let over = embedLength(out) - budget;
  if (over > 0 && out.description) {
    const keep = Math.max(0, out.description.length - over);
    out.description = keep > 1 ? truncate(out.description, keep) : undefined;
    over = embedLength(out) - budget;
  }
  while (over > 0 && out.fields && out.fields.length > 0) {
    out.fields = out.fields.slice(0, -1);
    over = embedLength(out) - budget;
  }
  if (over > 0 && out.author) {
    out.author = undefined;
    over = embedLength(out) - budget;
  }
  if (over > 0 && out.footer) out.footer = undefined;
  return out;
}

/** Makes user text inert in markdown: no formatting, links or mentions can be smuggled into a reply. */
export function escapeUserText(text: string): string {
  return text
    .replace(/[\\*_~`|>#[\]()-]/g, (c) => `\\${c}`)
    .replace(/@/g, "@\u200b")
    .replace(/<(?=[@#:a&/])/g, "<\u200b")
    .replace(/\s+/g, " ")
    .trim();
}
