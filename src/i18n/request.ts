import type { CommandRequest, ComponentRequest } from "../commands/types.ts";
import { withoutMarkup } from "../commands/chat-markup.ts";
import type { ComponentAction } from "../components/custom-id.ts";
import { chooseLanguage } from "./detect.ts";
import { isLang, type Lang } from "./languages.ts";

/**
 * A command's language: its locale, else the language of the question it carries (an option or a message).
 * A message is read without its chat markup: a link's or a custom emoji's Latin letters would otherwise
 * outweigh an Arabic question's words.
 */
export function commandLanguage(request: Pick<CommandRequest, "locale" | "options" | "target">): Lang {
  const question = request.options.question;
  const message = request.target?.content;
  const text = typeof question === "string" ? question : message && withoutMarkup(message);
  return chooseLanguage(request.locale, text);
}

/**
 * Where a component's custom_id carries its language: after the action's own arguments and the question
 * reference (`safir:open:<ref>:<lang>`, `safir:post:<entry>:<ref>:<lang>`,
 * `safir:vote:<up|down>:<entry>:<ref>:<lang>`, `safir:why:<entry>:<ref>:<lang>`).
 */
const LANGUAGE_AT: Record<ComponentAction, number> = { open: 1, post: 2, vote: 3, why: 2 };

/** A component's language: the one its message was written in, else the clicker's locale. */
export function componentLanguage(request: Pick<ComponentRequest, "locale" | "args" | "action">): Lang {
  const carried = request.args[LANGUAGE_AT[request.action]];
  return isLang(carried) ? carried : chooseLanguage(request.locale);
}
