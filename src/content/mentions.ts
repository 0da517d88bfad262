import type { FrontMatter } from "./schema.ts";

/**
 * Content must never ping or lure: no `@everyone`/`@here`, no user, role, channel or command mentions, and no
 * masked links (`[text](https://…)`, whose text can hide where it leads). Replies already send
 * `allowed_mentions: { parse: [] }`; this keeps such text out of the knowledge base in the first place.
 * A separate rule, run over every text field that can reach Discord.
 */
const MENTION: readonly [RegExp, string][] = [
  [/@(?:everyone|here)\b/i, "@everyone/@here"],
  [/<@[!&]?\d+>/, "a user or role mention"],
  [/<#\d+>/, "a channel mention"],
  [/<\/[^<>\s]{1,100}:\d+>/, "a command mention"],
  // Fixed patterns with bounded, non-nested repetition: linear on any text.
  [/\]\(\s*<?\s*(?:https?:|www\.)/i, "a masked link"],
];

/** What kind of mention `text` holds, or undefined. */
export function findMention(text: string): string | undefined {
  for (const [pattern, what] of MENTION) if (pattern.test(text)) return what;
  return undefined;
}

/** Every field of the front matter that holds a mention, with its path in the YAML. */
export function mentionProblems(fm: FrontMatter): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const check = (path: (string | number)[], text: string) => {
    const what = findMention(text);
    if (what)
      out.push({
        path,
        message: `'${path.join(".")}' must not contain Discord mentions or masked links (found ${what}): write it as plain text`,
      });
  };
  check(["title"], fm.title);
  check(["summary"], fm.summary);
  fm.aliases.forEach((a, i) => check(["aliases", i], a));
  fm.keywords.forEach((k, i) => check(["keywords", i], k));
  fm.source.quotes.forEach((q, i) => check(["source", "quotes", i], q));
  return out;
}
