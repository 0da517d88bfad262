/**
 * Text normalisation shared by indexing and querying, so both sides of a comparison are spelt alike.
 * Handles what people actually type in Discord: full-width and compatibility forms, any case, accents,
 * Turkish dotted/dotless i, Arabic vowel marks, tatweel, hamza forms and invisible direction marks.
 */

// Invisible characters that change nothing a reader sees: direction marks, zero-width joiners, BOM, tatweel.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u0640\u00AD]/g;
const MARKS = /\p{M}/gu;
const PLAIN_ASCII = /^[\x20-\x7E\t\n\r]*$/;

const ARABIC_FOLD: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ة: "ه",
  ؤ: "و",
  ئ: "ي",
};
const ARABIC_FOLD_RE = new RegExp(`[${Object.keys(ARABIC_FOLD).join("")}]`, "g");

/** Lower-cased, accent-free, compatibility-folded text; word boundaries are kept. */
export function normalizeText(input: string): string {
  // Most questions are plain ASCII: nothing to fold but case and quotes, and this runs on every keystroke.
  if (PLAIN_ASCII.test(input)) return input.toLowerCase().replace(/`/g, "'");
  return (
    input
      .normalize("NFKC")
      .replace(INVISIBLE, "")
      // Turkish capitals: without this, "İ" lower-cases to "i̇" and "I" to "i", losing "ı" vs "i" consistency.
      .replace(/İ/g, "i")
      .replace(/ı/g, "i")
      .toLowerCase()
      .normalize("NFD")
      .replace(MARKS, "")
      .replace(ARABIC_FOLD_RE, (c) => ARABIC_FOLD[c] ?? c)
      .replace(/[’‘`´]/g, "'")
      .normalize("NFC")
  );
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Words of already-normalised text, with English possessives and contractions cut off ("nation's" → "nation"). */
export function splitWords(normalized: string): string[] {
  const out: string[] = [];
  for (const m of normalized.matchAll(WORD)) {
    const w = m[0].replace(/'(s|re|ve|ll|d|t|m)$/, "");
    if (w) out.push(w);
  }
  return out;
}

const ARABIC_LETTERS = /^[\u0600-\u06FF]+$/;
// Arabic writes "the", "and the", "with the", "for the" as prefixes of the word.
const ARABIC_ARTICLE = /^(?:وال|بال|كال|فال|لل|ال)/;
// Endings after normalisation (ة is already folded to ه): -ات -ون -ين -ان -يه -ها -هم -ه.
const ARABIC_SUFFIX = /(?:ات|ون|ين|ان|يه|ها|هم|ه)$/;

/**
 * A light, language-aware stem: enough to make plurals and inflections meet (alliances/alliance,
 * allies/ally, التحالفات/تحالفات) without a full stemmer's surprises. Applied to index and query alike.
 */
export function stem(word: string): string {
  if (ARABIC_LETTERS.test(word)) {
    let bare = word.replace(ARABIC_ARTICLE, "");
    if (bare.length < 2) bare = word;
    // Plural and pronoun endings (light stemming, as in Arabic search engines): keep at least three letters.
    const cut = ARABIC_SUFFIX.exec(bare);
    if (cut && bare.length - cut[0].length >= 3) bare = bare.slice(0, -cut[0].length);
    return bare;
  }
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("'s")) return word.slice(0, -1);
  return word;
}
