import type { APIEmbed } from "discord-api-types/v10";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clampEmbed,
  DISCORD_LIMITS,
  embedLength,
  escapeUserText,
  truncate,
} from "../../src/embeds/limits.ts";

const isLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe("truncate", () => {
  it("leaves short text alone", () => {
    expect(truncate("hello", 5)).toBe("hello");
    expect(truncate("", 3)).toBe("");
  });

  it("cuts to at most max characters and marks the cut", () => {
    const out = truncate("abcdefghij", 5);
    expect(out).toBe("abcd…");
    expect(out.length).toBeLessThanOrEqual(5);
  });

  it("trims the space before the ellipsis", () => {
    expect(truncate("abc defgh", 5)).toBe("abc…");
  });

  it("never splits a surrogate pair", () => {
    const emoji = "😀".repeat(10); // 20 UTF-16 units
    for (let max = 1; max <= 20; max++) {
      const out = truncate(emoji, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(isLoneSurrogate(out)).toBe(false);
    }
    expect(truncate("a😀b", 3)).toBe("a…");
  });

  it("for any text (including astral characters) stays within max and never leaves a lone surrogate", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 80 }),
        fc.integer({ min: 1, max: 100 }),
        (s, max) => {
          const out = truncate(s, max);
          expect(out.length).toBeLessThanOrEqual(max);
          if (s.length <= max) expect(out).toBe(s);
          else expect(out.endsWith("…")).toBe(true);
          if (!isLoneSurrogate(s)) expect(isLoneSurrogate(out)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("embedLength and clampEmbed", () => {
  it("counts title, description, footer, author and fields", () => {
    expect(
      embedLength({
        title: "ab",
        description: "cde",
        footer: { text: "f" },
        author: { name: "gh" },
        fields: [{ name: "i", value: "jk" }],
      }),
    ).toBe(11);
  });

  it("brings a huge embed within every limit and the 6,000 total", () => {
    const big = "😀x".repeat(5000);
    const embed: APIEmbed = {
      title: big,
      description: big,
      author: { name: big },
      footer: { text: big },
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `${i}${big}`, value: big })),
    };
    const out = clampEmbed(embed);
    expect(embedLength(out)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(out.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect((out.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const f of out.fields ?? []) {
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      expect(isLoneSurrogate(f.value) || isLoneSurrogate(f.name)).toBe(false);
    }
    for (const s of [out.title, out.description, out.author?.name, out.footer?.text])
      expect(isLoneSurrogate(s ?? "")).toBe(false);
  });

  it("keeps a small embed unchanged and respects a smaller budget", () => {
    const small: APIEmbed = { title: "T", description: "D", fields: [{ name: "n", value: "v" }] };
    expect(clampEmbed(small)).toEqual(small);
    const out = clampEmbed(
      { title: "x".repeat(100), description: "y".repeat(3000), footer: { text: "z" } },
      500,
    );
    expect(embedLength(out)).toBeLessThanOrEqual(500);
    expect(out.title).toBe("x".repeat(100));
  });

  it("stays within the total for arbitrary embeds", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 3000 });
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 300 }), value: text }), {
          maxLength: 30,
        }),
        (title, description, fields) => {
          const out = clampEmbed({ title, description, fields, footer: { text: title } });
          expect(embedLength(out)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
          expect((out.fields ?? []).length).toBeLessThanOrEqual(25);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("escapeUserText", () => {
  it("makes markdown inert", () => {
    expect(escapeUserText("**bold** _it_ `code` ~~s~~ ||spoiler|| > quote [link](http://x)")).toBe(
      "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\> quote \\[link\\]\\(http://x\\)",
    );
  });

  it("breaks every mention form", () => {
    const out = escapeUserText("@everyone @here <@123> <@!123> <@&456> <#789> </ask:1>");
    expect(out).not.toMatch(/@everyone|@here|<@!?\d+>|<@&\d+>|<#\d+>|<\/\w/);
  });

  it("puts the text on one line", () => {
    expect(escapeUserText("  one\n\ntwo\tthree  ")).toBe("one two three");
  });

  it("no arbitrary text survives as a mention", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("@everyone", "@here", "<@", "<@&", "<#", "123", ">", " ", "\n", "*", "`", "a"),
          {
            maxLength: 20,
          },
        ),
        (parts) => {
          expect(escapeUserText(parts.join(""))).not.toMatch(/@(everyone|here)|<[@#][!&]?\d+>/);
        },
      ),
    );
  });
});
