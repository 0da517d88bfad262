import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionType,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import type { Command, Services } from "../../src/commands/types.ts";
import { sampleAsk, sampleCommand, sampleUser } from "../../src/http/samples.ts";
import { createDispatcher } from "../../src/interactions/dispatch.ts";
import { notice } from "../../src/reply/respond.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";
import { type GatewayClient, startGatewayClient } from "../../src/gateway/client.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { FakeDiscord } from "../support/fake-discord.ts";
import { chatInput, fakeUser, opt } from "../support/fake-interactions.ts";
import { recordingLogger } from "../support/fake-logger.ts";
import { type Harness, startHarness } from "../support/sign.ts";

/**
 * Issue 13, item 1: a signed /ask carrying an extra option named `__proto__` whose value is an object used
 * to set the prototype of the flattened options, so the *next, innocent* request for the same question was
 * answered from a cache entry that pinged someone or went private.
 */
const ATTACKER = sampleUser("333333333333333333", "mallory");
const INNOCENT = sampleUser("444444444444444444", "amina");
const VICTIM = "999999999999999999";

/** The attack, as JSON text: `__proto__` is an ordinary own key after JSON.parse, exactly as on the wire. */
function poisoned(question: string, value = `{"mention":"${VICTIM}","private":true}`): string {
  const body = JSON.parse(JSON.stringify(sampleAsk(question, { user: ATTACKER }))) as {
    data: { options: unknown[] };
  };
  const text = JSON.stringify(body);
  const extra = `{"name":"__proto__","type":3,"value":${value}}`;
  return text.replace('"options":[', `"options":[${extra},`);
}

function dataOf(r: APIInteractionResponse): APIInteractionResponseCallbackData {
  expect(interactionResponseProblems(r)).toEqual([]);
  return (r as { data: APIInteractionResponseCallbackData }).data;
}

/** Whatever the attacker gets back (a refusal is fine), it pings nobody. */
function expectNoPing(r: APIInteractionResponse) {
  const d = dataOf(r);
  expect(d.allowed_mentions).toEqual({ parse: [] });
  expect(JSON.stringify(d)).not.toContain(VICTIM);
}

function expectInnocent(r: APIInteractionResponse) {
  const d = dataOf(r);
  expect(d.allowed_mentions).toEqual({ parse: [] });
  expect(d.flags).toBeUndefined();
  expect(JSON.stringify(d)).not.toContain(VICTIM);
}

describe("item 1: options named __proto__ cannot poison the reply cache", () => {
  it("dispatcher: the innocent repeat of a poisoned question is neither a ping nor private", async () => {
    const app = await createApp({ contentDir: `${PROJECT_ROOT}/content` });
    const question = "economic sanctions";
    expectNoPing(app.dispatcher.handle(JSON.parse(poisoned(question))).response);
    // With a plain value the payload is in shape, so it is answered, but the undeclared option is dropped.
    expectInnocent(app.dispatcher.handle(JSON.parse(poisoned(question, '"x"'))).response);
    expectInnocent(app.dispatcher.handle(sampleAsk(question, { user: INNOCENT })).response);
  });

  it("dispatcher: a handler sees only declared options, of their declared type, in a null-prototype object", () => {
    const seen: Record<string, unknown>[] = [];
    const spy: Command = {
      pure: true,
      definition: {
        type: ApplicationCommandType.ChatInput,
        name: "spy",
        description: "Records what it is given.",
        options: [
          { type: ApplicationCommandOptionType.String, name: "q", description: "text" },
          { type: ApplicationCommandOptionType.Boolean, name: "private", description: "flag" },
        ],
      },
      execute(request) {
        seen.push(request.options);
        return notice("ok");
      },
    };
    const d = createDispatcher({ services: {} as Services, commands: new Map([["spy", spy]]) });
    const payload = JSON.parse(
      JSON.stringify(sampleCommand("spy", [{ name: "q", value: "hello" }], ATTACKER)).replace(
        '"options":[',
        '"options":[{"name":"__proto__","type":3,"value":"x"},{"name":"constructor","type":3,"value":"y"},{"name":"private","type":3,"value":"true"},',
      ),
    );
    d.handle(payload);
    expect(seen).toHaveLength(1);
    expect(Object.getPrototypeOf(seen[0])).toBeNull();
    expect(Object.keys(seen[0]!)).toEqual(["q"]);
    expect(seen[0]!.q).toBe("hello");
  });

  describe("HTTP transport", () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(() => h.close());

    it("a signed poisoned /ask, then the same question from someone else: a public reply, no ping", async () => {
      const question = "joint military exercises";
      const attack = await h.post(poisoned(question));
      expect(attack.status).toBe(200);
      expectNoPing(JSON.parse(attack.text) as APIInteractionResponse);
      const innocent = await h.interact(sampleAsk(question, { user: INNOCENT }));
      expect(innocent.type).toBe(4);
      expectInnocent(innocent);
    });

    it("the type of a poisoned autocomplete is still answered with type 8", async () => {
      const text = JSON.stringify({
        ...sampleAsk("x", { user: ATTACKER }),
        type: InteractionType.ApplicationCommandAutocomplete,
        data: {
          id: "1",
          name: "topic",
          type: 1,
          options: [
            { name: "__proto__", type: 3, value: { focused: true } },
            { name: "name", type: 3, value: "sanc", focused: true },
          ],
        },
      });
      const r = await h.post(text);
      expect(r.status).toBe(200);
      expect((JSON.parse(r.text) as APIInteractionResponse).type).toBe(8);
    });
  });

  describe("gateway transport (over the fake Discord)", () => {
    let fake: FakeDiscord;
    let bot: GatewayClient;
    beforeAll(async () => {
      fake = await FakeDiscord.start();
      const app = await createApp({ contentDir: `${PROJECT_ROOT}/content` });
      bot = await startGatewayClient({
        token: fake.token,
        apiUrl: fake.apiUrl,
        log: recordingLogger(),
        handle: (interaction) => app.dispatcher.handle(interaction),
      });
    });
    afterAll(async () => {
      await bot?.stop();
      await fake?.close();
    });

    it("a poisoned /ask, then the same question from someone else: a public reply, no ping", async () => {
      const question = "peace treaties";
      const attack = chatInput("ask", [opt.string("question", question)], {
        user: fakeUser(ATTACKER.id, "mallory"),
      });
      const options = (attack.data as { options: unknown[] }).options;
      options.push(
        JSON.parse(`{"name":"__proto__","type":3,"value":{"mention":"${VICTIM}","private":true}}`),
      );
      expectNoPing(await fake.interact(attack));
      const innocent = chatInput("ask", [opt.string("question", question)], {
        user: fakeUser(INNOCENT.id, "amina"),
      });
      expectInnocent(await fake.interact(innocent));
      expect(fake.errors).toEqual([]);
    });
  });
});
