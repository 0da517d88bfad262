import type { APIInteractionResponse } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import {
  sampleChannelMessage,
  sampleCommand,
  sampleMessageCommand,
  sampleUser,
} from "../../src/http/samples.ts";
import { CATALOGUE } from "../../src/i18n/index.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

const app = await createApp({ contentDir: `${PROJECT_ROOT}/content` });
const ATTACKER = sampleUser("333333333333333333", "mallory");

const body = (response: APIInteractionResponse) =>
  "data" in response && response.data && "embeds" in response.data ? response.data : undefined;

/**
 * A message command (type 3) named like a slash command is not that command. Run as /topics it read the
 * message's Arabic text for its language, and the pure reply was cached under /topics' own key: every
 * member asking /topics next got it in Arabic.
 */
describe("a command of the wrong type", () => {
  it("is unknown, and leaves the cache of the real command alone", () => {
    const forged = app.dispatcher.handle(
      sampleMessageCommand(sampleChannelMessage("ما هي العقوبات الاقتصادية؟"), {
        name: "topics",
        user: ATTACKER,
      }),
    );
    expect(forged.outcome.result).toBe("unknown");
    const genuine = sampleCommand("topics");
    const reply = body(app.dispatcher.handle({ ...genuine, locale: "en-US" }).response);
    expect(reply?.embeds?.[0]?.title).toBe(CATALOGUE.en.topicsTitle);
  });

  it("a slash command by the message command's name is unknown too", () => {
    const { outcome } = app.dispatcher.handle(sampleCommand("Answer with Safir"));
    expect(outcome.result).toBe("unknown");
  });
});
