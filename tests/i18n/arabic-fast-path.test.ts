import { describe, expect, it } from "vitest";
import { isArabicText } from "../../src/i18n/detect.ts";

/** isArabicText as it was before its shortcut: count Arabic-script and Latin letters, always. */
const counted = (text: string) => {
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return arabic >= 2 && arabic >= latin;
};

describe("isArabicText's shortcut for text with nothing beyond U+05FF", () => {
  it("rests on no Arabic-script character lying below U+0600", () => {
    for (let c = 0; c < 0x600; c++) expect(/\p{Script=Arabic}/u.test(String.fromCharCode(c))).toBe(false);
  });

  it("answers as counting letters does, for Latin, Arabic, mixed and astral text", () => {
    const texts = [
      "",
      "how does it counter terrorism?",
      "çok güzel ülke",
      "كيف تكافح الإرهاب؟",
      "ما هو G20",
      "G20 summit with a few words ما",
      "ﷺ ﻻ",
      "𞸀𞸁 arabic mathematical letters",
      "𞸀𞸁",
      "שלום עולם",
    ];
    for (const text of texts) expect(isArabicText(text), text).toBe(counted(text));
  });
});
