import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
} from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { COMMANDS, COMMANDS_BY_NAME, commandDefinitions } from "../../src/commands/index.ts";
import type { Command } from "../../src/commands/types.ts";
import { decodeCustomId } from "../../src/components/custom-id.ts";
import { AREAS } from "../../src/content/areas.ts";
import { createDispatcher } from "../../src/interactions/dispatch.ts";
import type { Logger } from "../../src/log.ts";
import { autocomplete, component, slashCommand, USER_ID } from "../fixtures/interactions.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";
import { interactionResponseProblems } from "../support/discord-spec.ts";

const CONTENT = `${PROJECT_ROOT}/content`;
const app = await createApp({ contentDir: CONTENT });
const OTHER_USER = "999999999999999999";

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

function data(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  expect(interactionResponseProblems(response)).toEqual([]);
  return (response as { data: APIInteractionResponseCallbackData }).data;
}
const rows = (d: APIInteractionResponseCallbackData) => (d.components ?? []) as Row[];
const controls = (d: APIInteractionResponseCallbackData) => rows(d).flatMap((r) => r.components);

function ask(question: string, extra: Record<string, string | boolean> = {}) {
  return app.dispatcher.handle(slashCommand("ask", { question, ...extra }));
}

/** A logger that remembers what it was told, to count errors. */
function recorder() {
  const calls: { level: string; obj: object; msg?: string }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => {
    calls.push({ level, obj, ...(msg === undefined ? {} : { msg }) });
  };
  const log: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  return { log, calls };
}

describe("/ask", () => {
  it("a confident answer: the entry's embed, its section in the footer, a public reply", () => {
    const { response, outcome } = ask("how do they fight terrorism?");
    expect(outcome).toEqual({ kind: "command", name: "ask", result: "ok" });
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const d = data(response);
    expect(d.flags).toBeUndefined();
    const embed = d.embeds![0]!;
    expect(embed.title).toContain("Cooperation against terrorism");
    expect(embed.footer?.text).toMatch(/§ Key Focus Areas › Countering Threats$/);
    expect(embed.author?.name).toBe("Asked: how do they fight terrorism?");
  });

  it("other good matches are offered in a select whose custom_id is safir:open", () => {
    // Two entries answer "defence": the defence relationships of the alliances and the innovative defences of
    // technological cooperation.
    const d = data(ask("defence").response);
    const select = controls(d).find((c) => c.type === ComponentType.StringSelect);
    expect(select).toBeDefined();
    if (select?.type !== ComponentType.StringSelect) return;
    expect(select.custom_id).toBe("safir:open");
    expect(select.placeholder).toMatch(/^Other matching topics/);
    const values = select.options.map((o) => o.value);
    expect(values).toContain("innovative-defences");
    expect(values).not.toContain("defence-relationships");
    for (const v of values) expect(app.index.get(v)).toBeDefined();
  });

  it("no match: a private 'No confident answer' that lists the six areas", () => {
    const d = data(ask("what is the best pizza recipe").response);
    expect(d.flags).toBe(MessageFlags.Ephemeral);
    const embed = d.embeds![0]!;
    expect(embed.title).toBe("No confident answer");
    expect(embed.description).toContain("what is the best pizza recipe");
    const areas = embed.fields?.find((f) => f.name === "Areas")?.value ?? "";
    for (const area of Object.values(AREAS)) expect(areas).toContain(area.name);
  });

  it("a blank question is a polite private notice", () => {
    const d = data(ask("   ").response);
    expect(d.flags).toBe(MessageFlags.Ephemeral);
    expect(d.content).toMatch(/Please type a question/);
  });

  it("private: flags 64 and a 'Post in channel' button that carries post:<id>", () => {
    const d = data(ask("economic sanctions", { private: true }).response);
    expect(d.flags).toBe(MessageFlags.Ephemeral);
    const button = controls(d).find((c) => c.type === ComponentType.Button);
    expect(button).toBeDefined();
    if (
      button?.type !== ComponentType.Button ||
      button.style === ButtonStyle.Link ||
      button.style === ButtonStyle.Premium
    )
      return;
    expect(button.label).toBe("Post in channel");
    expect(decodeCustomId(button.custom_id)).toEqual({ action: "post", args: ["economic-sanctions"] });
  });

  it("mention: 'Suggested for <@id>', and only that user may be pinged", () => {
    const d = data(ask("economic sanctions", { mention: OTHER_USER }).response);
    expect(d.flags).toBeUndefined();
    expect(d.content).toBe(`Suggested for <@${OTHER_USER}>`);
    expect(d.allowed_mentions).toEqual({ parse: [], users: [OTHER_USER] });
  });

  it("mention and private together: nobody is pinged", () => {
    const d = data(ask("economic sanctions", { mention: OTHER_USER, private: true }).response);
    expect(d.flags).toBe(MessageFlags.Ephemeral);
    expect(d.content ?? "").not.toContain("<@");
    expect(d.allowed_mentions).toEqual({ parse: [] });
  });
});

describe("/topic", () => {
  it("opens an entry by name", () => {
    const d = data(app.dispatcher.handle(slashCommand("topic", { name: "sanctions" })).response);
    expect(d.embeds![0]!.title).toContain("Economic sanctions");
  });

  it("an unknown name gets a private reply with the closest entries", () => {
    const d = data(app.dispatcher.handle(slashCommand("topic", { name: "xqzvbn wplkj" })).response);
    expect(d.flags).toBe(MessageFlags.Ephemeral);
    expect(d.embeds![0]!.title).toBe("No confident answer");
  });
});

describe("components", () => {
  it("open on a private message updates it in place (type 7)", () => {
    const { response, outcome } = app.dispatcher.handle(
      component({ customId: "safir:open", values: ["green-technology"], ephemeral: true }),
    );
    expect(outcome).toEqual({ kind: "component", name: "open", result: "ok" });
    expect(response.type).toBe(InteractionResponseType.UpdateMessage);
    const d = data(response);
    expect(d.embeds![0]!.title).toContain("Green technology");
    expect(d.flags).toBeUndefined();
  });

  it("open on a public message answers privately (type 4, flags 64), leaving the message as it was", () => {
    const { response } = app.dispatcher.handle(
      component({ customId: "safir:open", values: ["green-technology"] }),
    );
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const d = data(response);
    expect(d.flags).toBe(MessageFlags.Ephemeral);
    expect(d.embeds![0]!.title).toContain("Green technology");
  });

  it("post shares the entry publicly, naming who shared it without a ping", () => {
    const { response } = app.dispatcher.handle(component({ customId: "safir:post:economic-sanctions" }));
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const d = data(response);
    expect(d.flags).toBeUndefined();
    expect(d.content).toBe(`Shared by <@${USER_ID}>`);
    expect(d.allowed_mentions).toEqual({ parse: [] });
    expect(d.embeds![0]!.title).toContain("Economic sanctions");
    expect(controls(d).some((c) => c.type === ComponentType.Button)).toBe(false);
  });

  it.each(["other-bot:thing", "", "safir", "safir:delete:x", "\u0000\u0001garbage", "x".repeat(150)])(
    "a foreign or garbage custom_id %j gets a polite private reply",
    (customId) => {
      const { response, outcome } = app.dispatcher.handle(component({ customId }));
      expect(outcome.result).toBe("unknown");
      const d = data(response);
      expect(d.flags).toBe(MessageFlags.Ephemeral);
      expect(d.content).toMatch(/don't know that command or button/);
    },
  );

  it.each([
    ["post", { customId: "safir:post:removed-entry" }],
    ["open", { customId: "safir:open", values: ["removed-entry"] }],
    ["open with no value", { customId: "safir:open", values: [] }],
  ])("a stale entry id (%s) gets a polite private reply", (_label, input) => {
    const { response, outcome } = app.dispatcher.handle(component(input));
    expect(outcome.result).toBe("ok");
    const d = data(response);
    expect(d.flags).toBe(MessageFlags.Ephemeral);
    expect(d.content).toMatch(/no longer in the knowledge base.*\/topics/);
  });
});

describe("dispatcher failures", () => {
  const boom: Command = {
    definition: { type: ApplicationCommandType.ChatInput, name: "boom", description: "Always fails." },
    execute() {
      throw new Error("kaboom");
    },
    autocomplete() {
      throw new Error("kaboom too");
    },
  };

  it("a throwing command gets 'Something went wrong' with the interaction id, and one logged error", () => {
    const { log, calls } = recorder();
    const dispatcher = createDispatcher({ services: app.services, commands: new Map([["boom", boom]]), log });
    const interaction = slashCommand("boom");
    const { response, outcome } = dispatcher.handle(interaction);
    expect(outcome).toEqual({ kind: "command", name: "boom", result: "error" });
    const d = data(response);
    expect(d.flags).toBe(MessageFlags.Ephemeral);
    expect(d.content).toMatch(/^Something went wrong/);
    expect(d.content).toContain(interaction.id);
    expect(d.content).not.toContain("kaboom");
    const errors = calls.filter((c) => c.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.obj).toMatchObject({ interactionId: interaction.id, name: "boom" });
  });

  it("a throwing autocomplete answers with an empty list", () => {
    const { log, calls } = recorder();
    const dispatcher = createDispatcher({ services: app.services, commands: new Map([["boom", boom]]), log });
    const { response, outcome } = dispatcher.handle(autocomplete("boom", "x", "y"));
    expect(outcome.result).toBe("error");
    expect(response).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
    expect(calls.filter((c) => c.level === "error")).toHaveLength(1);
  });

  it("an unknown command gets a polite private reply and a warning", () => {
    const { log, calls } = recorder();
    const dispatcher = createDispatcher({ services: app.services, log });
    const { response, outcome } = dispatcher.handle(slashCommand("nope"));
    expect(outcome).toEqual({ kind: "command", name: "nope", result: "unknown" });
    expect(data(response).content).toMatch(/don't know that command/);
    expect(calls.filter((c) => c.level === "warn")).toHaveLength(1);
  });

  it("never throws, even on a malformed interaction", () => {
    const { log } = recorder();
    const dispatcher = createDispatcher({ services: app.services, log });
    const broken = { id: "1", type: 2, data: null } as unknown as Parameters<typeof dispatcher.handle>[0];
    const { response, outcome } = dispatcher.handle(broken);
    expect(outcome.result).not.toBe("ok");
    expect(data(response).flags).toBe(MessageFlags.Ephemeral);
  });

  it("answers a ping with a pong", () => {
    const { response } = app.dispatcher.handle({ id: "1", type: 1 } as unknown as Parameters<
      typeof app.dispatcher.handle
    >[0]);
    expect(response).toEqual({ type: InteractionResponseType.Pong });
  });
});

describe("cooldown", () => {
  it("a third request within the window is refused; after the window it works again; per user", async () => {
    let t = 1_000_000;
    const limited = await createApp({
      contentDir: CONTENT,
      cooldown: { uses: 2, windowMs: 10_000 },
      now: () => t,
    });
    const run = (userId = USER_ID) =>
      limited.dispatcher.handle(slashCommand("ask", { question: "sanctions" }, userId));
    expect(run().outcome.result).toBe("ok");
    t += 1000;
    expect(run().outcome.result).toBe("ok");
    t += 1000;
    const third = run();
    expect(third.outcome).toEqual({ kind: "command", name: "ask", result: "cooldown" });
    const d = data(third.response);
    expect(d.flags).toBe(MessageFlags.Ephemeral);
    expect(d.content).toMatch(/^Slow down/);
    expect(d.content).toMatch(/8 seconds/);
    // Another user is not held back by the first one's requests.
    expect(run(OTHER_USER).outcome.result).toBe("ok");
    t += 8_001;
    expect(run().outcome.result).toBe("ok");
  });

  it("buttons and selects count towards the same cooldown", async () => {
    let t = 0;
    const limited = await createApp({
      contentDir: CONTENT,
      cooldown: { uses: 1, windowMs: 5_000 },
      now: () => t,
    });
    expect(limited.dispatcher.handle(slashCommand("topics")).outcome.result).toBe("ok");
    const click = limited.dispatcher.handle(component({ customId: "safir:open", values: ["overview"] }));
    expect(click.outcome.result).toBe("cooldown");
    t = 5_000;
    expect(
      limited.dispatcher.handle(component({ customId: "safir:open", values: ["overview"] })).outcome.result,
    ).toBe("ok");
  });
});

describe("command definitions", () => {
  it("every command has a unique lowercase name within Discord's limits", () => {
    const defs = commandDefinitions();
    expect(defs.map((d) => d.name).sort()).toEqual(["about", "ask", "topic", "topics"]);
    expect(COMMANDS_BY_NAME.size).toBe(COMMANDS.length);
    for (const d of defs) {
      expect(d.name).toMatch(/^[a-z]{1,32}$/);
      expect(d.description.length).toBeGreaterThan(0);
      expect(d.description.length).toBeLessThanOrEqual(100);
      for (const o of d.options ?? []) {
        expect(o.name).toMatch(/^[a-z_]{1,32}$/);
        expect(o.description.length).toBeLessThanOrEqual(100);
      }
    }
  });
});
