import type { CommandRequest, ComponentRequest } from "../commands/types.ts";
import { chooseLanguage } from "./detect.ts";
import { isLang, type Lang } from "./languages.ts";

/** A command's language: its locale, else the language of the question it carries (an option or a message). */
export function commandLanguage(request: Pick<CommandRequest, "locale" | "options" | "target">): Lang {
  const question = request.options.question;
  const text = typeof question === "string" ? question : request.target?.content;
  return chooseLanguage(request.locale, text);
}

/**
 * A component's language: the one its message was written in (carried in the custom_id as its last
 * argument), else the clicker's locale.
 */
export function componentLanguage(request: Pick<ComponentRequest, "locale" | "args">): Lang {
  const carried = request.args.at(-1);
  return isLang(carried) ? carried : chooseLanguage(request.locale);
}
