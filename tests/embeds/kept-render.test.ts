import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import type { Entry } from "../../src/content/entry.ts";
import { renderEntry, renderEntryPlain } from "../../src/embeds/render.ts";
import { LANGUAGES } from "../../src/i18n/languages.ts";
import { message } from "../../src/reply/respond.ts";
import type { SearchIndex } from "../../src/search/index.ts";
import { type EntryViewOptions, entryMessage } from "../../src/views/entry.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

const app = await createApp({ contentDir: `${PROJECT_ROOT}/content` });
const index = app.index;
const entries = index.entries;

// Questions of every length, so that the "asked" line moves the embed against Discord's 6,000 limit too.
const QUESTIONS = [
  undefined,
  "how does it counter terrorism?",
  "  many   spaces\nand a new line ",
  "كيف تكافح الإرهاب؟",
  "x".repeat(300),
  "why ".repeat(125),
];

/** The same index seen through a new object: nothing kept for it, so every render is made from scratch. */
const fresh = (): SearchIndex => Object.create(index) as SearchIndex;

describe("entry embeds kept per entry, language and related list", () => {
  it("equal the plain rendering for every entry, language, related list and question, again and again", () => {
    const relatedLists: Entry[][] = [
      [],
      entries.slice(0, 3),
      entries.slice(2, 30),
      [entries[5]!, entries[1]!],
    ];
    for (let pass = 0; pass < 2; pass++)
      for (const entry of entries)
        for (const lang of [undefined, ...LANGUAGES])
          for (const related of relatedLists)
            for (const question of QUESTIONS) {
              const opts = { ...(lang ? { lang } : {}), related, ...(question ? { question } : {}) };
              const kept = renderEntry(entry, index, opts);
              expect(JSON.stringify(kept)).toBe(JSON.stringify(renderEntryPlain(entry, index, opts)));
            }
  });

  it("a kept embed is never shared: changing one reply does not change the next", () => {
    const entry = entries.find((e) => e.kind === "topic")!;
    const first = renderEntry(entry, index, { question: "a" });
    first.fields![0]!.value = "changed";
    first.footer!.text = "changed";
    const second = renderEntry(entry, index, { question: "a" });
    expect(second.fields![0]!.value).not.toBe("changed");
    expect(second.footer!.text).not.toBe("changed");
  });

  it("whole replies are byte for byte those made from scratch, for every delivery option", () => {
    const deliveries: EntryViewOptions[] = [
      {},
      { ephemeral: true },
      { mentionUserId: "123456789012345678" },
      { sharedBy: "987654321098765432" },
      { feedback: { questionRef: "q1a2b3c4" } },
      { ephemeral: true, feedback: { questionRef: "zz99" } },
      { notInSource: { named: ["weather"], figures: false } },
    ];
    for (let pass = 0; pass < 2; pass++)
      for (const entry of entries)
        for (const lang of LANGUAGES)
          for (const how of deliveries)
            for (const question of QUESTIONS.slice(0, 5)) {
              const others = pass === 0 ? [] : entries.filter((e) => e !== entry).slice(0, 4);
              const opts: EntryViewOptions = { ...how, lang, others, ...(question ? { question } : {}) };
              const delivery = { ephemeral: how.ephemeral ?? false };
              const kept = JSON.stringify(message(entryMessage(entry, index, opts), delivery));
              const plain = JSON.stringify(message(entryMessage(entry, fresh(), opts), delivery));
              expect(kept).toBe(plain);
            }
  });
});
