import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Locale } from "discord-api-types/v10";
import { sampleAsk, sampleAutocomplete, sampleCommand } from "../../src/http/samples.ts";
import { type Harness, startHarness } from "../support/sign.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/**
 * The endpoint writes each reply as bytes it encodes itself (src/http/server.ts): what goes on the wire must
 * be exactly the UTF-8 of the dispatcher's reply as JSON, with a Content-Length that counts bytes, not
 * characters. Replies in every language carry characters beyond ASCII (bullets, dashes, emoji, Arabic and
 * Turkish letters), where the two differ.
 */
describe("the bytes of a reply", () => {
  const cases: [string, unknown][] = [
    ["/ask in English", sampleAsk("how does it counter terrorism?")],
    ["/ask in Arabic", sampleAsk("ما هي سياسة الدولة تجاه الإرهاب؟")],
    ["/ask in Turkish (locale)", { ...sampleAsk("terörle nasıl mücadele ediyor?"), locale: Locale.Turkish }],
    ["/ask with no answer", sampleAsk("what is the best pizza topping?")],
    ["/topics", sampleCommand("topics")],
    ["/about", sampleCommand("about")],
    ["autocomplete", sampleAutocomplete("topic", "name", "sanc")],
  ];

  for (const [name, interaction] of cases) {
    it(`${name}: the dispatcher's JSON, byte for byte, and its length in bytes`, async () => {
      const reply = await h.post(interaction);
      expect(reply.status, reply.text).toBe(200);
      const expected = JSON.stringify(h.app.dispatcher.handle(interaction).response);
      expect(reply.text).toBe(expected);
      expect(Number(reply.headers["content-length"])).toBe(Buffer.byteLength(expected, "utf8"));
    });
  }

  it("covers replies whose bytes outnumber their characters", async () => {
    const reply = await h.post(sampleAsk("how does it counter terrorism?"));
    expect(Buffer.byteLength(reply.text, "utf8")).toBeGreaterThan(reply.text.length);
  });
});
