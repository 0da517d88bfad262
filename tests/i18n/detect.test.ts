import { describe, expect, it } from "vitest";
import { chooseLanguage, isArabicText, isMalayText, localeLanguage } from "../../src/i18n/detect.ts";

describe("which language Safir answers in", () => {
  it("Discord's locale decides when it is one of ours: tr and id, whatever the text", () => {
    expect(chooseLanguage("tr", "How does it counter terrorism?")).toBe("tr");
    expect(chooseLanguage("id", "كيف تكافح الدولة الإرهاب؟")).toBe("id");
    expect(chooseLanguage("id", "Adakah kerajaan menangani keganasan?")).toBe("id");
    expect(localeLanguage("TR")).toBe("tr");
  });

  it("English and other locales leave it to the text: Arabic script → Arabic, Malay words → Malay", () => {
    expect(chooseLanguage("en-US", "كيف تكافح الدولة الإرهاب؟")).toBe("ar");
    expect(chooseLanguage("en-GB", "Apakah dasar luar negara ini terhadap keganasan?")).toBe("ms");
    expect(chooseLanguage("fr", "Bagaimanakah kerajaan menangani ancaman siber?")).toBe("ms");
    expect(chooseLanguage(undefined, "ما هي سياسة الدولة تجاه AI؟")).toBe("ar");
  });

  it("otherwise English: English text, Indonesian or Turkish text on an English client, no text at all", () => {
    expect(chooseLanguage("en-US", "How does it counter terrorism?")).toBe("en");
    expect(chooseLanguage("en-US", "Bagaimana kebijakan luar negeri negara ini terhadap terorisme?")).toBe(
      "en",
    );
    expect(chooseLanguage("en-US", "Terörle nasıl mücadele ediyor?")).toBe("en");
    expect(chooseLanguage("en-US")).toBe("en");
    expect(chooseLanguage(undefined, "")).toBe("en");
    expect(chooseLanguage("pt-BR", "What is the policy on sanctions?")).toBe("en");
  });

  it("Arabic script means mostly Arabic letters; an Arabic word in an English sentence is not enough", () => {
    expect(isArabicText("What does جهاد mean in the document?")).toBe(false);
    expect(isArabicText("التعاون التكنولوجي")).toBe(true);
    expect(isArabicText("ا")).toBe(false);
  });

  it("Malay, not Indonesian: words one uses and the other does not", () => {
    for (const malay of [
      "Adakah negara ini bekerjasama dengan negara jiran?",
      "Apakah sekatan ekonomi yang dikenakan kerana keganasan?",
      "macam mana kerajaan jaga keselamatan sempadan",
    ])
      expect(isMalayText(malay), malay).toBe(true);
    for (const other of [
      "Apakah pemerintah bisa bekerja sama dengan negara tetangga?",
      "Bagaimana kebijakan luar negeri terhadap terorisme internasional?",
      "Apa hubungan negara ini dengan dunia?",
      "keganasan",
      "How is the policy made?",
    ])
      expect(isMalayText(other), other).toBe(false);
  });
});
