/**
 * The languages Safir speaks around an answer. Discord clients offer Turkish (`tr`) and Indonesian (`id`)
 * but neither Malay nor Arabic, so those two are only ever recognised from the question's own text.
 */
export const LANGUAGES = ["en", "tr", "id", "ms", "ar"] as const;

export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
