/**
 * A chat message's text without chat markup: mentions (also @everyone and @here), custom emoji and links.
 * They are not words of the question, and their Latin letters (a link, an emoji's name) must not outweigh
 * the words when the question's language is read from its script.
 */
export function withoutMarkup(text: string): string {
  return text.replace(
    /<a?:\w+:\d+>|<[@#][!&]?\d+>|<\/[^>\s]+:\d+>|@(?:everyone|here)\b|https?:\/\/\S+/g,
    " ",
  );
}
