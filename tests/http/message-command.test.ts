import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
  Locale,
  MessageFlags,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  sampleAsk,
  sampleChannelMessage,
  sampleCommand,
  sampleElsewhere,
  sampleMessageCommand,
  sampleUser,
} from "../../src/http/samples.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { type Harness, startHarness } from "../support/sign.ts";

/** "Answer with Safir" and user-installed contexts, through the signed HTTP endpoint. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({});
});
afterAll(() => h.close());

const ASKER = sampleUser("1200000000000000777", "asker");

async function post(interaction: unknown): Promise<APIInteractionResponseCallbackData> {
  const body: APIInteractionResponse = await h.interact(interaction);
  expect(interactionResponseProblems(body)).toEqual([]);
  expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  return (body as { data: APIInteractionResponseCallbackData }).data;
}
const ephemeral = (d: APIInteractionResponseCallbackData) => ((d.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe("Answer with Safir over HTTP", () => {
  it("answers the message's text in the channel, quoting it, pinging only its author", async () => {
    const target = sampleChannelMessage("How does the nation counter terrorism? @everyone", ASKER);
    const d = await post(sampleMessageCommand(target));
    expect(ephemeral(d)).toBe(false);
    expect(d.content).toBe(`<@${ASKER.id}> asked:\n> How does the nation counter terrorism? @\u200beveryone`);
    expect(d.allowed_mentions).toEqual({ parse: [], users: [ASKER.id] });
    expect(d.embeds?.[0]?.title).toContain("Cooperation against terrorism");
  });

  it("a message with only an image: a private, polite explanation", async () => {
    const d = await post(sampleMessageCommand(sampleChannelMessage("", ASKER)));
    expect(ephemeral(d)).toBe(true);
    expect(d.content).toMatch(/no text for me to answer/);
    expect(d.allowed_mentions).toEqual({ parse: [] });
  });

  it("no confident answer: only the member who asked sees the areas", async () => {
    const d = await post(sampleMessageCommand(sampleChannelMessage("anyone up for pizza tonight?", ASKER)));
    expect(ephemeral(d)).toBe(true);
    expect(d.embeds?.[0]?.title).toBe("No confident answer");
    expect(d.embeds?.[0]?.fields?.[0]?.name).toBe("Areas");
    expect(d.content).toBeUndefined();
  });

  it("in Turkish for a Turkish client, in Arabic for an Arabic question", async () => {
    const target = sampleChannelMessage("How does the nation counter terrorism?", ASKER);
    const tr = await post(sampleMessageCommand(target, { locale: Locale.Turkish }));
    expect(tr.content).toMatch(new RegExp(`^<@${ASKER.id}> sordu:\n`));
    const ar = await post(sampleMessageCommand(sampleChannelMessage("كيف تكافح الدولة الإرهاب؟", ASKER)));
    // Answered in the channel under an Arabic heading, or privately with the Arabic "no confident answer".
    if (ar.content) {
      expect(ar.content).toContain(`سأل <@${ASKER.id}>:`);
      // The quoted Arabic question keeps its own direction inside a first-strong isolate.
      expect(ar.content.split("\n")[1]).toBe("> \u2068كيف تكافح الدولة الإرهاب؟\u2069");
    } else expect(ar.embeds?.[0]?.title).toContain("لا توجد إجابة مؤكدة");
  });
});

describe("user installs, DMs and group DMs over HTTP", () => {
  for (const where of ["user-install-in-server", "dm", "group-dm"] as const) {
    it(`${where}: commands answer without member or guild`, async () => {
      const ask = sampleElsewhere(sampleAsk("how does it counter terrorism?"), where);
      expect("member" in ask).toBe(false);
      expect("guild" in ask).toBe(false);
      expect((await post(ask)).embeds?.[0]?.title).toContain("Cooperation against terrorism");
      const about = await post(sampleElsewhere(sampleCommand("about"), where));
      expect(about.embeds?.[0]?.title).toBe("About Safir");
      const target = sampleChannelMessage("What does the source say about artificial intelligence?", ASKER);
      const menu = await post(sampleElsewhere(sampleMessageCommand(target), where));
      expect(menu.allowed_mentions).toEqual({ parse: [], users: [ASKER.id] });
    });
  }
});
