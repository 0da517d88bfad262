import {
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  Locale,
} from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { entrySelect } from "../../src/components/build.ts";
import { renderAbout, renderNoMatch, renderTopicList } from "../../src/embeds/render.ts";
import {
  sampleAsk,
  sampleAutocomplete,
  sampleChannelMessage,
  sampleCommand,
  sampleComponent,
  sampleMessageCommand,
  sampleUser,
} from "../../src/http/samples.ts";
import { CATALOGUE, type Lang, LANGUAGES } from "../../src/i18n/index.ts";
import { message, notice } from "../../src/reply/respond.ts";
import { entryMessage } from "../../src/views/entry.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";

/**
 * Every reply Safir can give, in every language, checked against Discord's OpenAPI description and the
 * limits it does not state (6,000 characters of embeds, 5 rows, custom_id length …). Questions and names
 * are as long as Discord lets them be, so the longest translation meets the longest input.
 */
const app = await createApp({ contentDir: `${PROJECT_ROOT}/content` });
const { index } = app;
const USER = "12345678901234567890";
const LONG =
  `${"How does the nation work with its partners against terrorism and cyber threats, ".repeat(6)}`.slice(
    0,
    500,
  );

function checked(response: APIInteractionResponse, what: string): APIInteractionResponseCallbackData {
  expect(interactionResponseProblems(response), what).toEqual([]);
  return (response as { data: APIInteractionResponseCallbackData }).data;
}

/** Every reply the views make, in `lang`. */
function everyReply(lang: Lang): [string, APIInteractionResponse][] {
  const t = CATALOGUE[lang];
  const out: [string, APIInteractionResponse][] = [];
  for (const entry of index.entries) {
    const others = index.entries.filter((e) => e.id !== entry.id).slice(0, 30);
    out.push([
      `${entry.id} private`,
      message(entryMessage(entry, index, { lang, question: LONG, others, ephemeral: true }), {
        ephemeral: true,
      }),
    ]);
    out.push([
      `${entry.id} suggested`,
      message(entryMessage(entry, index, { lang, mentionUserId: USER }), { mentionUserId: USER }),
    ]);
    out.push([`${entry.id} shared`, message(entryMessage(entry, index, { lang, sharedBy: USER }))]);
  }
  out.push([
    "no match",
    message({ embeds: [renderNoMatch(LONG, index, index.entries.slice(0, 9), lang)] }, { ephemeral: true }),
  ]);
  out.push([
    "no match, empty",
    message({ embeds: [renderNoMatch("", index, [], lang)] }, { ephemeral: true }),
  ]);
  out.push([
    "topics",
    message(
      {
        embeds: [renderTopicList(index, lang)],
        components: [entrySelect(index.entries, t.topicsPlaceholder, lang)],
      },
      { ephemeral: true },
    ),
  ]);
  out.push([
    "about",
    message(
      { embeds: [renderAbout({ version: "10.20.30-beta.4", entries: 9999, topics: 9999 }, lang)] },
      { ephemeral: true },
    ),
  ]);
  for (const key of ["askEmpty", "topicEmpty", "gone", "unknownInteraction", "emptyMessage"] as const)
    out.push([key, notice(t[key])]);
  out.push(["cooldown", notice(t.cooldown(3600))]);
  out.push(["something went wrong", notice(t.somethingWentWrong("1234567890123456789"))]);
  return out;
}

describe("every reply in every language", () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: valid by Discord's OpenAPI description and limits, with Safir's own words whole`, () => {
      const t = CATALOGUE[lang];
      for (const [what, response] of everyReply(lang)) {
        const d = checked(response, `${lang} ${what}`);
        const footer = d.embeds?.[0]?.footer?.text ?? "";
        if (/private|suggested|shared/.test(what) && lang !== "en")
          expect(footer, what).toContain(t.englishSourceNote);
      }
    });
  }
});

/** Interactions as Discord sends them, in the language each way of choosing gives. */
const withLocale = <T extends APIInteraction>(i: T, locale: Locale): T => ({ ...i, locale });
const QUESTIONS: Record<Lang, { locale: Locale; question: string }> = {
  en: { locale: Locale.EnglishUS, question: "How does it counter terrorism?" },
  tr: { locale: Locale.Turkish, question: "How does it counter terrorism?" },
  id: { locale: Locale.Indonesian, question: "How does it counter terrorism?" },
  ms: {
    locale: Locale.EnglishGB,
    question: "Adakah kerajaan bekerjasama dengan negara lain untuk menangani keganasan?",
  },
  ar: { locale: Locale.EnglishUS, question: "كيف تتعاون الدولة مع شركائها في مكافحة الإرهاب؟" },
};

describe("the dispatcher picks the language and answers in it", () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: /ask, the message command, and the menus and buttons they carry`, () => {
      const t = CATALOGUE[lang];
      const { locale, question } = QUESTIONS[lang];
      const user = sampleUser(`1200000000000${String(LANGUAGES.indexOf(lang)).padStart(6, "0")}`);
      const ask = checked(
        app.dispatcher.handle(withLocale(sampleAsk(question, { private: true, user }), locale)).response,
        "ask",
      );
      const title = ask.embeds?.[0]?.title ?? "";
      // A confident answer (an English entry with the note), or the "no confident answer" in the language.
      if (title === t.noMatchTitle) expect(ask.embeds?.[0]?.fields?.[0]?.name).toBe(t.areas);
      else {
        if (lang !== "en") expect(ask.embeds?.[0]?.footer?.text).toContain(t.englishSourceNote);
        const post = JSON.stringify(ask.components).match(/safir:post:[^"]+/)?.[0];
        expect(post).toBeDefined();
        // The button carries the language, so whoever presses it shares the answer in the same one.
        const shared = checked(
          app.dispatcher.handle(sampleComponent({ customId: post!, user })).response,
          "post",
        );
        expect(shared.content).toBe(t.sharedBy(user.id));
      }
      const target = sampleChannelMessage(question);
      const menu = checked(
        app.dispatcher.handle(withLocale(sampleMessageCommand(target, { user }), locale)).response,
        "menu",
      );
      if (menu.content) expect(menu.content.split("\n")[0]).toBe(t.askedBy(target.author.id));
      else expect(menu.embeds?.[0]?.title).toBe(t.noMatchTitle);
      const empty = checked(
        app.dispatcher.handle(withLocale(sampleMessageCommand(sampleChannelMessage("")), locale)).response,
        "empty",
      );
      // No text to read the language from: the locale alone decides, so Malay and Arabic fall back to English.
      expect(empty.content).toBe(CATALOGUE[lang === "tr" || lang === "id" ? lang : "en"].emptyMessage);
    });
  }

  it("tr and id: /topics, /about and autocomplete follow the locale, and the cache keeps languages apart", () => {
    for (const lang of ["tr", "id", "en"] as const) {
      const locale = QUESTIONS[lang].locale;
      const topics = checked(
        app.dispatcher.handle(withLocale(sampleCommand("topics"), locale)).response,
        "topics",
      );
      expect(topics.embeds?.[0]?.title).toBe(CATALOGUE[lang].topicsTitle);
      const about = checked(
        app.dispatcher.handle(withLocale(sampleCommand("about"), locale)).response,
        "about",
      );
      expect(about.embeds?.[0]?.title).toBe(CATALOGUE[lang].aboutTitle);
      const choices = app.dispatcher.handle(
        withLocale(sampleAutocomplete("topic", "name", "over"), locale),
      ).response;
      checked(choices, "autocomplete");
      expect(JSON.stringify(choices)).toContain(CATALOGUE[lang].focusAreaChoice("Overview").slice(-8));
    }
  });
});
