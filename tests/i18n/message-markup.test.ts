import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { sampleChannelMessage, sampleMessageCommand } from "../../src/http/samples.ts";
import { isolate } from "../../src/i18n/bidi.ts";
import { CATALOGUE } from "../../src/i18n/index.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

const app = await createApp({ contentDir: `${PROJECT_ROOT}/content`, memoSize: 0 });

/** "Answer with Safir" on `text`, asked by a member whose client is in English. */
function answer(text: string) {
  const { response } = app.dispatcher.handle(
    sampleMessageCommand(sampleChannelMessage(text), { locale: "en-US" as never }),
  );
  if (!("data" in response) || !response.data || !("embeds" in response.data)) throw new Error("no message");
  return response.data;
}

const fieldNames = (data: ReturnType<typeof answer>) => (data.embeds?.[0]?.fields ?? []).map((f) => f.name);

describe("Answer with Safir reads a message's language from its words, not its chat markup", () => {
  const question = "ما هي العقوبات الاقتصادية؟";
  const arabicArea = fieldNames(answer(question));

  it.each([
    ["a link", `${question} https://www.example.com/news/economic-sanctions-report-2026`],
    [
      "custom emoji",
      `<:thinking_face_custom:123456789012345678> ${question} <a:another_emoji:123456789012345678>`,
    ],
  ])("an Arabic question with %s is answered in Arabic", (_, text) => {
    // The plain question sets the expectation, so this follows the catalogue rather than fixing its words.
    expect(arabicArea[0]).toContain(CATALOGUE.ar.area);
    const data = answer(text);
    expect(fieldNames(data)).toEqual(arabicArea);
    expect(data.content).toContain(CATALOGUE.ar.askedBy("1200000000000000002"));
    // The quoted question keeps its own direction (a first-strong isolate), as a plain Arabic one does.
    expect(data.content?.split("\n")[1]?.startsWith(`> ${isolate("")[0]}`)).toBe(true);
  });
});
