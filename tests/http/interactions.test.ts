import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APIStringSelectComponent,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  sampleAsk,
  sampleAutocomplete,
  sampleCommand,
  sampleComponent,
  sampleUser,
} from "../../src/http/samples.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";
import { type Harness, startHarness } from "../support/sign.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ cooldown: { uses: 3, windowMs: 10_000 } });
});
afterAll(() => h.close());

let users = 0;
/** A new user per request, so the cooldown (3 per 10 s here) only shows where a test asks for it. */
const someone = () => sampleUser(`12000000000000${String(++users).padStart(5, "0")}`, `reader${users}`);

/** Posts, checks the body against Discord's schema and limits, and returns it. */
async function ask(interaction: unknown): Promise<APIInteractionResponse> {
  const body = await h.interact(interaction);
  expect(interactionResponseProblems(body)).toEqual([]);
  return body;
}

function dataOf(body: APIInteractionResponse): APIInteractionResponseCallbackData {
  if (!("data" in body) || !body.data) throw new Error(`no data in type ${body.type}`);
  return body.data as APIInteractionResponseCallbackData;
}

const isEphemeral = (body: APIInteractionResponse) =>
  ((dataOf(body).flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const firstSelect = (body: APIInteractionResponse): APIStringSelectComponent | undefined => {
  for (const row of dataOf(body).components ?? []) {
    if (!("components" in row)) continue;
    for (const c of row.components as { type: ComponentType }[])
      if (c.type === ComponentType.StringSelect) return c as APIStringSelectComponent;
  }
  return undefined;
};

describe("application commands over HTTP (type 4)", () => {
  it("/ask with a confident answer: public, with the entry", async () => {
    const body = await ask(sampleAsk("how does it counter terrorism?", { user: someone() }));
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(dataOf(body).embeds?.[0]?.title).toContain("Cooperation against terrorism");
    expect(isEphemeral(body)).toBe(false);
    expect(dataOf(body).allowed_mentions).toEqual({ parse: [] });
  });

  it("/ask with no match: a private 'no confident answer'", async () => {
    const body = await ask(sampleAsk("what is a good recipe for banana bread", { user: someone() }));
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(dataOf(body).embeds?.[0]?.title).toBe("No confident answer");
    expect(isEphemeral(body)).toBe(true);
  });

  it("/ask private: ephemeral with a Post in channel button", async () => {
    const body = await ask(sampleAsk("how does it counter terrorism?", { private: true, user: someone() }));
    expect(isEphemeral(body)).toBe(true);
    expect(JSON.stringify(dataOf(body).components)).toContain("safir:post:countering-terrorism");
  });

  it("/ask mention: pings exactly the one user named", async () => {
    const target = "1299999999999999999";
    const body = await ask(sampleAsk("how does it counter terrorism?", { mention: target, user: someone() }));
    expect(dataOf(body).content).toBe(`Suggested for <@${target}>`);
    expect(dataOf(body).allowed_mentions).toEqual({ parse: [], users: [target] });
  });

  it("/topic by name, /topics with its menu, /about", async () => {
    const topic = await ask(
      sampleCommand("topic", [{ name: "name", value: "countering-terrorism" }], someone()),
    );
    expect(dataOf(topic).embeds?.[0]?.title).toContain("Cooperation against terrorism");

    const topics = await ask(sampleCommand("topics", [], someone()));
    expect(isEphemeral(topics)).toBe(true);
    const select = firstSelect(topics);
    expect(select?.custom_id).toBe("safir:open");
    expect(select?.options.length).toBeGreaterThan(0);
    expect(select?.options.length).toBeLessThanOrEqual(25);

    const about = await ask(sampleCommand("about", [], someone()));
    expect(dataOf(about).embeds?.[0]?.title).toBe("About Safir");
  });

  it("an unknown command gets a polite private reply", async () => {
    const body = await ask(sampleCommand("nonesuch", [], someone()));
    expect(isEphemeral(body)).toBe(true);
    expect(dataOf(body).content).toMatch(/don't know that command/);
  });

  it("applies the configured cooldown per user, and lifts it as the clock moves", async () => {
    const user = someone();
    for (let i = 0; i < 3; i++)
      expect(dataOf(await ask(sampleAsk("sanctions", { user }))).content).toBeUndefined();
    const slow = await ask(sampleAsk("sanctions", { user }));
    expect(dataOf(slow).content).toMatch(/Slow down/);
    expect(isEphemeral(slow)).toBe(true);
    // Someone else is not held back.
    expect(dataOf(await ask(sampleAsk("sanctions", { user: someone() }))).content).toBeUndefined();
    h.clock.now += 10_001;
    expect(dataOf(await ask(sampleAsk("sanctions", { user }))).content).toBeUndefined();
  });
});

describe("autocomplete over HTTP (type 8)", () => {
  it("offers at most 25 choices that are entry ids", async () => {
    for (const typed of ["", "dip", "terror", "zzzzzz"]) {
      const body = await ask(sampleAutocomplete("topic", "name", typed, someone()));
      expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      const choices = (body as { data: { choices: { name: string; value: string }[] } }).data.choices;
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) expect(h.app.index.get(c.value), c.value).toBeDefined();
      if (typed === "terror") expect(choices.map((c) => c.value)).toContain("countering-terrorism");
    }
  });

  it("answers an empty list for a command without autocomplete", async () => {
    const body = await ask(sampleAutocomplete("ask", "question", "terr", someone()));
    expect(body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });
});

describe("components over HTTP (type 4 or 7)", () => {
  it("the open select on a private message updates it in place (type 7)", async () => {
    const body = await ask(
      sampleComponent({
        customId: "safir:open",
        values: ["countering-terrorism"],
        messageFlags: MessageFlags.Ephemeral,
        user: someone(),
      }),
    );
    expect(body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(dataOf(body).embeds?.[0]?.title).toContain("Cooperation against terrorism");
  });

  it("the open select on a public message answers privately (type 4, ephemeral)", async () => {
    const body = await ask(
      sampleComponent({
        customId: "safir:open",
        values: ["countering-terrorism"],
        messageFlags: 0,
        user: someone(),
      }),
    );
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(body)).toBe(true);
  });

  it("the post button shares the entry publicly, naming who shared it without a ping", async () => {
    const user = someone();
    const body = await ask(
      sampleComponent({
        customId: "safir:post:countering-terrorism",
        messageFlags: MessageFlags.Ephemeral,
        user,
      }),
    );
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(body)).toBe(false);
    expect(dataOf(body).content).toBe(`Shared by <@${user.id}>`);
    expect(dataOf(body).allowed_mentions).toEqual({ parse: [] });
  });

  it("an unknown custom_id gets a polite private reply", async () => {
    for (const customId of ["someone-else:thing", "safir:explode"]) {
      const body = await ask(sampleComponent({ customId, user: someone() }));
      expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(isEphemeral(body)).toBe(true);
      expect(dataOf(body).content).toMatch(/don't know that command or button/);
    }
  });

  it("counts each answer in /metrics by kind, name and result", async () => {
    const text = (await (await fetch(`${h.base}/metrics`)).text()).split("\n");
    const count = (labels: string) =>
      Number(text.find((l) => l.startsWith(`safir_interactions_total{${labels}} `))?.split(" ")[1] ?? 0);
    expect(count('kind="command",name="ask",result="ok"')).toBeGreaterThanOrEqual(4);
    expect(count('kind="command",name="ask",result="cooldown"')).toBe(1);
    expect(count('kind="command",name="unknown",result="unknown"')).toBe(1);
    expect(count('kind="component",name="open",result="ok"')).toBe(2);
    expect(count('kind="autocomplete",name="topic",result="ok"')).toBe(4);
  });
});
