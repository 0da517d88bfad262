import {
  type APIApplicationCommandOption,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  type LocalizationMap,
} from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { COMMANDS, COMMANDS_BY_NAME, commandDefinitions } from "../../src/commands/index.ts";
import { requestBodyProblems } from "../support/fake-spec.ts";

/**
 * The definitions `npm run deploy` registers, against Discord's naming rules: chat-input names and every
 * option name lower case and matching Discord's pattern, descriptions 1–100 characters, and the same rules
 * for the Turkish and Indonesian localisations.
 */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const LOCALES = new Set<string>(Object.values(Locale));

function checkName(name: string, where: string, locale?: string): string[] {
  const problems: string[] = [];
  if (!NAME.test(name)) problems.push(`${where}: name '${name}' breaks Discord's pattern`);
  // Discord lower-cases with the locale's rules: Turkish "I" is "ı", not "i".
  if (name !== name.toLocaleLowerCase(locale ?? "en"))
    problems.push(`${where}: name '${name}' is not lower case`);
  return problems;
}

function checkDescription(text: string, where: string): string[] {
  return text.length >= 1 && text.length <= 100 ? [] : [`${where}: description is ${text.length} characters`];
}

function localisations(map: LocalizationMap | null | undefined, where: string): [string, string][] {
  const entries = Object.entries(map ?? {}) as [string, string][];
  expect(entries.map(([l]) => l).sort(), `${where}: localised for tr and id`).toEqual(["id", "tr"]);
  for (const [locale] of entries)
    expect(LOCALES.has(locale), `${where}: '${locale}' is a Discord locale`).toBe(true);
  return entries;
}

function optionProblems(options: readonly APIApplicationCommandOption[], where: string): string[] {
  const problems: string[] = [];
  for (const o of options) {
    const at = `${where} option '${o.name}'`;
    problems.push(...checkName(o.name, at), ...checkDescription(o.description, at));
    for (const [l, n] of localisations(o.name_localizations, `${at} name`))
      problems.push(...checkName(n, `${at} (${l})`, l));
    for (const [l, d] of localisations(o.description_localizations, `${at} description`))
      problems.push(...checkDescription(d, `${at} (${l})`));
    if ("choices" in o && o.choices) {
      for (const c of o.choices) {
        if (c.name.length < 1 || c.name.length > 100) problems.push(`${at}: choice '${c.name}' length`);
        for (const [l, n] of localisations(c.name_localizations, `${at} choice '${c.name}'`))
          if (n.length < 1 || n.length > 100) problems.push(`${at}: choice (${l}) length`);
      }
    }
    if ("options" in o && o.options) problems.push(...optionProblems(o.options, at));
  }
  return problems;
}

describe("command definitions", () => {
  const defs = commandDefinitions();

  it("four slash commands and one message command, each routed by its name", () => {
    expect(defs.map((d) => d.name)).toEqual(["ask", "topic", "topics", "about", "Answer with Safir"]);
    expect(COMMANDS_BY_NAME.size).toBe(COMMANDS.length);
    expect(defs.find((d) => d.name === "Answer with Safir")?.type).toBe(ApplicationCommandType.Message);
  });

  it("every command installs to servers and users and works in servers, DMs and group DMs", () => {
    for (const d of defs) {
      expect(d.integration_types, d.name).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(d.contexts, d.name).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
    }
  });

  it("names, descriptions and their Turkish and Indonesian localisations follow Discord's rules", () => {
    const problems: string[] = [];
    for (const d of defs) {
      const names = localisations(d.name_localizations, `/${d.name} name`);
      if (d.type === ApplicationCommandType.Message) {
        // Context-menu names may have capitals and spaces; only their length is limited.
        for (const n of [d.name, ...names.map(([, v]) => v)])
          if (n.length < 1 || n.length > 32) problems.push(`'${n}' is not 1–32 characters`);
        continue;
      }
      problems.push(...checkName(d.name, `/${d.name}`));
      for (const [l, n] of names) problems.push(...checkName(n, `/${d.name} (${l})`, l));
      if (d.type === ApplicationCommandType.ChatInput || d.type === undefined) {
        problems.push(...checkDescription(d.description, `/${d.name}`));
        for (const [l, text] of localisations(d.description_localizations, `/${d.name} description`))
          problems.push(...checkDescription(text, `/${d.name} (${l})`));
        problems.push(...optionProblems(d.options ?? [], `/${d.name}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it("no two slash commands share a name in any language", () => {
    for (const locale of [undefined, "tr", "id"] as const) {
      const names = defs
        .filter((d) => d.type !== ApplicationCommandType.Message)
        .map((d) => (locale ? (d.name_localizations?.[locale] ?? d.name) : d.name));
      expect(new Set(names).size, `names in ${locale ?? "en"}`).toBe(names.length);
    }
  });

  it("every definition is a valid ApplicationCommandUpdateRequest by Discord's OpenAPI description", () => {
    expect(defs.flatMap((d) => requestBodyProblems("ApplicationCommandUpdateRequest", d))).toEqual([]);
  });
});
