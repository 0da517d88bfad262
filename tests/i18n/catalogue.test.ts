import { describe, expect, it } from "vitest";
import { AREA_IDS, SOURCE_SECTIONS, SOURCE_TITLE } from "../../src/content/areas.ts";
import { DISCORD_LIMITS } from "../../src/embeds/limits.ts";
import { LRI, PDI, RLI } from "../../src/i18n/bidi.ts";
import { CATALOGUE, LANGUAGES, type Messages } from "../../src/i18n/index.ts";

/** Every key in every language, nothing empty, Arabic marked right-to-left, and every string within its limit. */
const REFERENCE = "1234567890123456789";
const USER = "12345678901234567890";

/** Every string a catalogue can produce, by path, with arguments as long as they get. */
function strings(m: Messages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(m) as [keyof Messages, unknown][]) {
    if (typeof value === "string") out[key] = value;
    else if (Array.isArray(value)) value.forEach((v: string, i) => (out[`${key}[${i}]`] = v));
    else if (typeof value === "object" && value)
      for (const [k, v] of Object.entries(value)) out[`${key}.${k}`] = v as string;
  }
  out.asked = m.asked("q".repeat(500));
  out.source = m.source(
    SOURCE_TITLE,
    SOURCE_SECTIONS.reduce((a, b) => (b.length > a.length ? b : a)),
  );
  out.andMore = m.andMore(999);
  out.noMatchLead = m.noMatchLead("q".repeat(300));
  out.topicsDescription = m.topicsDescription(9999);
  out.aboutSource = m.aboutSource(SOURCE_TITLE);
  out.knowledgeBaseValue = m.knowledgeBaseValue(9999, 9999);
  out.suggestedFor = m.suggestedFor(USER);
  out.sharedBy = m.sharedBy(USER);
  out.focusAreaChoice = m.focusAreaChoice("T");
  out.cooldown = m.cooldown(3600);
  out.somethingWentWrong = m.somethingWentWrong(REFERENCE);
  out.askedBy = m.askedBy(USER);
  out.privacyRecording = m.privacyRecording(36500);
  // The missing terms are a few of the question's words; a question is at most 500 characters.
  out.notMentioned = m.notMentioned("w".repeat(200), true);
  out.noFigures = m.noFigures("w".repeat(200));
  return out;
}

/** Where each string goes, so the longest translation is held to the tightest limit it meets. */
const LIMITS: [RegExp, number][] = [
  [/^(postInChannel|helpful|notHelpful)$/, DISCORD_LIMITS.buttonLabel],
  // The 👎 form: its title, the question's label and the hint under it.
  [/^whyTitle$/, DISCORD_LIMITS.modalTitle],
  [/^whyLabel$/, DISCORD_LIMITS.labelText],
  [/^whyHint$/, DISCORD_LIMITS.labelDescription],
  [/^privacyField$/, DISCORD_LIMITS.fieldName],
  // Above an answer (message content, beside the question's quote) or in the no-answer embed's description.
  [/^(notMentioned|noFigures|noOpinion)$/, 400],
  [/^or$/, 20],
  [/^(privacyRecording|privacyOff)$/, DISCORD_LIMITS.fieldValue],
  [/Placeholder$|^otherMatches$/, DISCORD_LIMITS.selectPlaceholder],
  [/^kindArea$|^areaNames\./, DISCORD_LIMITS.selectDescription - 2],
  [
    /^(area|kind|kindTopic|fromSource|topicsInArea|related|areas|closest|commandsField|knowledgeBase|version|noMatchTitle|topicsTitle|aboutTitle)$/,
    DISCORD_LIMITS.fieldName,
  ],
  // An autocomplete choice is "<title> (focus area)": the suffix leaves most of the 100 for the title.
  [/^focusAreaChoice$/, 30],
  [/^commandLines\[/, Math.floor(DISCORD_LIMITS.fieldValue / 6)],
  [/^(source|englishSourceNote|aboutFooter)$/, DISCORD_LIMITS.footer / 2],
  [
    /^(askEmpty|topicEmpty|gone|cooldown|somethingWentWrong|unknownInteraction|emptyMessage|feedback\w+)$/,
    DISCORD_LIMITS.content,
  ],
  [/^askedBy$/, DISCORD_LIMITS.content - 210],
  [/^(suggestedFor|sharedBy)$/, DISCORD_LIMITS.content],
  [/^(noMatchLead|noMatchEmpty|noMatchHelp|topicsDescription|aboutIntro|aboutSource)$/, 1000],
  [/^(asked)$/, 600],
  [/^(andMore|areaSummaryOnly|knowledgeBaseValue)$/, 100],
];

describe("the message catalogue", () => {
  const english = strings(CATALOGUE.en);

  it("has the same keys in every language, and every area named", () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(CATALOGUE[lang]).sort(), lang).toEqual(Object.keys(CATALOGUE.en).sort());
      expect(Object.keys(CATALOGUE[lang].areaNames).sort(), lang).toEqual([...AREA_IDS].sort());
      expect(Object.keys(strings(CATALOGUE[lang])).sort(), lang).toEqual(Object.keys(english).sort());
    }
  });

  it("says something for every key, and keeps the arguments it is given", () => {
    for (const lang of LANGUAGES) {
      const all = strings(CATALOGUE[lang]);
      for (const [key, text] of Object.entries(all)) {
        if (key === "englishSourceNote" && lang === "en") continue;
        expect(text.replace(/[\u2066-\u2069]/g, "").trim(), `${lang} ${key}`).not.toBe("");
        expect(text, `${lang} ${key}`).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(all.askedBy, lang).toContain(`<@${USER}>`);
      expect(all.sharedBy, lang).toContain(`<@${USER}>`);
      expect(all.somethingWentWrong, lang).toContain(REFERENCE);
      expect(all.cooldown, lang).toContain("3600");
      expect(all.source, lang).toContain(SOURCE_TITLE);
    }
  });

  it("outside English, a one-line note says the answers quote the English source", () => {
    expect(CATALOGUE.en.englishSourceNote).toBe("");
    for (const lang of LANGUAGES.filter((l) => l !== "en")) {
      expect(CATALOGUE[lang].englishSourceNote, lang).not.toBe("");
      expect(CATALOGUE[lang].englishSourceNote, lang).not.toContain("\n");
    }
  });

  it("translations differ from English (nothing left untranslated by accident)", () => {
    for (const lang of LANGUAGES.filter((l) => l !== "en")) {
      const all = strings(CATALOGUE[lang]);
      const same = Object.keys(english).filter(
        (k) => all[k]!.replace(/[\u2066-\u2069]/g, "") === english[k] && !/^version$/.test(k),
      );
      // Malay shares a few words with Indonesian, not with English; nothing should equal the English.
      expect(same, lang).toEqual([]);
    }
  });

  it("Arabic marks every line right-to-left and keeps its isolates balanced; other languages use none", () => {
    for (const [key, text] of Object.entries(strings(CATALOGUE.ar))) {
      const opens = (text.match(/[\u2066-\u2068]/g) ?? []).length;
      expect(opens, `ar ${key}`).toBe((text.match(/\u2069/g) ?? []).length);
      for (const line of text.split("\n").filter(Boolean)) {
        expect(line.startsWith(RLI) && line.endsWith(PDI), `ar ${key}: ${line}`).toBe(true);
      }
    }
    expect(CATALOGUE.ar.noMatchHelp).toContain(`${LRI}\`/topic\`${PDI}`);
    for (const lang of LANGUAGES.filter((l) => l !== "ar"))
      for (const [key, text] of Object.entries(strings(CATALOGUE[lang])))
        expect(/[\u2066-\u2069]/.test(text), `${lang} ${key}`).toBe(false);
  });

  it("the longest translation of every string fits the Discord limit of the place it goes", () => {
    const problems: string[] = [];
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(strings(CATALOGUE[lang]))) {
        const limit = LIMITS.find(([pattern]) => pattern.test(key))?.[1];
        if (limit === undefined) problems.push(`${key}: no limit known`);
        else if (text.length > limit) problems.push(`${lang} ${key}: ${text.length} > ${limit}`);
      }
      const commands = CATALOGUE[lang].commandLines.join("\n");
      if (commands.length > DISCORD_LIMITS.fieldValue)
        problems.push(`${lang} commandLines: ${commands.length}`);
    }
    expect(problems).toEqual([]);
  });
});
