import type { Lang } from "./languages.ts";

/**
 * Which language to answer in: the interaction's `locale` when Discord offers ours (`tr`, `id`); otherwise,
 * for the two languages Discord clients lack, the language the question is written in (Arabic script →
 * Arabic; Malay recognised from its own words, as against Indonesian); otherwise English.
 * Pure and small on purpose: no clock, no I/O, no library.
 */
export function chooseLanguage(locale: string | undefined, text?: string): Lang {
  const fromLocale = localeLanguage(locale);
  if (fromLocale) return fromLocale;
  if (text) {
    if (isArabicText(text)) return "ar";
    if (isMalayText(text)) return "ms";
  }
  return "en";
}

/** `tr` and `id` are decisive; English variants and every other locale leave the choice to the text. */
export function localeLanguage(locale: string | undefined): "tr" | "id" | undefined {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return base === "tr" || base === "id" ? base : undefined;
}

const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const BEYOND_HEBREW = /[\u0600-\uffff]/;

/** Mostly Arabic-script letters (a Latin id or two inside an Arabic question does not change that). */
export function isArabicText(text: string): boolean {
  // No Arabic-script letter lies below U+0600: most questions are decided without counting letters.
  if (!BEYOND_HEBREW.test(text)) return false;
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return arabic >= 2 && arabic >= latin;
}

/**
 * Words that Malay uses where Indonesian says something else (kerana/karena, boleh/bisa, dasar/kebijakan,
 * antarabangsa/internasional, keganasan/terorisme …), and the Indonesian counterparts. Words the two share
 * say only that the text is one of them.
 */
const MALAY_ONLY = new Set([
  "adakah",
  "kerana",
  "sahaja",
  "boleh",
  "mahu",
  "dasar",
  "kerajaan",
  "antarabangsa",
  "keganasan",
  "pengganas",
  "sekatan",
  "perikatan",
  "pakatan",
  "kerjasama",
  "keselamatan",
  "tentera",
  "nuklear",
  "sempadan",
  "jiran",
  "serantau",
  "selepas",
  "mengapakah",
  "ialah",
  "wang",
  "kenyataan",
  "tiada",
  "bilakah",
  "siapakah",
  "cabaran",
  "berbanding",
  "kewujudan",
  "sebarang",
  "menangani",
  "ugutan",
  "perisikan",
  "pertubuhan",
  "macam",
]);
const INDONESIAN_ONLY = new Set([
  "karena",
  "saja",
  "bisa",
  "mau",
  "kebijakan",
  "pemerintah",
  "internasional",
  "terorisme",
  "teroris",
  "sanksi",
  "aliansi",
  "tentara",
  "nuklir",
  "perbatasan",
  "tetangga",
  "setelah",
  "sesudah",
  "uang",
  "nggak",
  "gimana",
  "enggak",
  "negeri",
  "kerja",
]);
/** Common to both: evidence that the text is Malay or Indonesian at all. */
const SHARED = new Set([
  "apa",
  "apakah",
  "bagaimana",
  "bagaimanakah",
  "mengapa",
  "kenapa",
  "siapa",
  "dengan",
  "yang",
  "dan",
  "untuk",
  "dalam",
  "tidak",
  "hubungan",
  "ini",
  "itu",
  "adalah",
  "ada",
  "dari",
  "daripada",
  "kepada",
  "pada",
  "oleh",
  "atau",
  "juga",
  "ancaman",
  "pertahanan",
  "damai",
  "teknologi",
  "bersama",
  "akan",
  "sebuah",
  "negara",
  "luar",
  "dunia",
  "bekerja",
  "melawan",
  "memerangi",
  "islam",
  "keamanan",
  "tentang",
  "mengenai",
  "bagi",
]);

/**
 * Malay, as against Indonesian and everything else: more Malay-only than Indonesian-only words, and at
 * least two words of the family.
 */
export function isMalayText(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
  let malay = 0;
  let indonesian = 0;
  let family = 0;
  for (const w of words) {
    const m = MALAY_ONLY.has(w);
    const i = INDONESIAN_ONLY.has(w);
    if (m && !i) malay++;
    if (i && !m) indonesian++;
    if (m || i || SHARED.has(w)) family++;
  }
  return malay >= 1 && malay > indonesian && family >= 2;
}
