import { describe, expect, it } from "vitest";
import { commandLanguage, componentLanguage } from "../../src/i18n/request.ts";

describe("a request's language", () => {
  it("a command reads the question option, or the target message's text", () => {
    expect(commandLanguage({ locale: "en-US", options: { question: "ما هي السياسة الخارجية؟" } })).toBe("ar");
    expect(
      commandLanguage({
        locale: "en-US",
        options: {},
        target: { id: "1", content: "Adakah kerajaan menangani keganasan?" },
      }),
    ).toBe("ms");
    expect(commandLanguage({ locale: "tr", options: {} })).toBe("tr");
    expect(commandLanguage({ options: {} })).toBe("en");
  });

  it("a component keeps the language its message carries in the custom_id, else follows the locale", () => {
    // After the action's own arguments comes the question reference ("-" for none), then the language.
    expect(componentLanguage({ action: "open", args: ["-", "ar"], locale: "tr" })).toBe("ar");
    expect(componentLanguage({ action: "post", args: ["sanctions", "k3x9", "ms"] })).toBe("ms");
    expect(componentLanguage({ action: "vote", args: ["up", "sanctions", "k3x9", "tr"] })).toBe("tr");
    expect(componentLanguage({ action: "why", args: ["sanctions", "-", "id"] })).toBe("id");
    // An entry whose id, or a question reference that, happens to be a language code is not a language.
    expect(componentLanguage({ action: "post", args: ["id"], locale: "en-US" })).toBe("en");
    expect(componentLanguage({ action: "open", args: ["ar"], locale: "en-US" })).toBe("en");
    expect(componentLanguage({ action: "open", args: [], locale: "id" })).toBe("id");
    expect(componentLanguage({ action: "open", args: ["-", "xx"] })).toBe("en");
  });
});
