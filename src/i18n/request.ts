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
 * A component's language: the one its message was written in (carried in the custom_id after the
 * action's own argument: `safir:open:<lang>`, `safir:post:<entry>:<lang>`), else the clicker's locale.
 */
export function componentLanguage(request: Pick<ComponentRequest, "locale" | "args" | "action">): Lang {
  const carried = request.action === "post" ? request.args[1] : request.args[0];
  return isLang(carried) ? carried : chooseLanguage(request.locale);
}
