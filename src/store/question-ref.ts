import { normalizeText } from "../search/normalize.ts";

/** The reference for "no question" (an entry opened from /topics, or shared with "Post in channel"). */
export const NO_QUESTION = "-";

/**
 * A short, stable reference to a question, small enough to ride in a button's custom_id beside an entry id
 * (Discord allows 100 characters). The same wording, whatever its case or spacing, gives the same reference,
 * so a vote can be joined to the question text recorded when the answer was given. Plain JavaScript (no
 * node:crypto): the core must run in a Worker too. Not a secret: it only has to tell questions apart.
 */
export function questionRef(question: string): string {
  const text = normalizeText(question).replace(/\s+/g, " ").trim();
  if (!text) return NO_QUESTION;
  return cyrb53(text).toString(36);
}

/** cyrb53 (public domain): a fast 53-bit string hash with good spread. */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
