import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { id } from "./id.ts";
import type { Lang } from "./languages.ts";
import type { Messages } from "./messages.ts";
import { ms } from "./ms.ts";
import { tr } from "./tr.ts";

export { chooseLanguage } from "./detect.ts";
export { isLang, LANGUAGES, type Lang } from "./languages.ts";
export type { Messages } from "./messages.ts";

/** The typed catalogue: one complete set of messages per language. */
export const CATALOGUE: Readonly<Record<Lang, Messages>> = { en, tr, id, ms, ar };

/** The messages for `lang` (English when unset). */
export function messagesFor(lang: Lang = "en"): Messages {
  return CATALOGUE[lang];
}
