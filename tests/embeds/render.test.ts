import {
  ComponentType,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
  MessageFlags,
} from "discord-api-types/v10";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { AREAS } from "../../src/content/areas.ts";
import { renderEntry } from "../../src/embeds/render.ts";
import { entryMessage } from "../../src/views/entry.ts";
import { slashCommand } from "../fixtures/interactions.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";
import { interactionResponseProblems, SPEC_SKIP_REASON, specAvailable } from "../support/discord-spec.ts";

const app = await createApp({ contentDir: `${PROJECT_ROOT}/content` });

if (!specAvailable) console.warn(`Checking Discord's limits only: ${SPEC_SKIP_REASON}`);

function dataOf(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.UpdateMessage]).toContain(
    response.type,
  );
  return (response as { data: APIInteractionResponseCallbackData }).data;
}

/** Valid for Discord, pings no one but (at most) the one user it names, whatever the user typed. */
function expectSafe(
  response: APIInteractionResponse,
  allowedUser?: string,
): APIInteractionResponseCallbackData {
  expect(interactionResponseProblems(response)).toEqual([]);
  const data = dataOf(response);
  expect(data.allowed_mentions?.parse).toEqual([]);
  expect(data.allowed_mentions?.users ?? []).toEqual(allowedUser ? [allowedUser] : []);
  const mentions = (data.content ?? "").match(/@everyone|@here|<@[!&]?\d+>|<#\d+>/g) ?? [];
  expect(mentions).toEqual(allowedUser ? [`<@${allowedUser}>`] : []);
  return data;
}

describe("every shipped entry renders within Discord's limits", () => {
  it.each(app.index.entries.map((e) => [e.id, e] as const))("/topic %s", (id, entry) => {
    const { response, outcome } = app.dispatcher.handle(slashCommand("topic", { name: id }));
    expect(outcome.result).toBe("ok");
    const data = expectSafe(response);
    expect(data.flags).toBeUndefined();
    const embed = data.embeds![0]!;
    expect(embed.title).toContain(entry.title);
    expect(embed.color).toBe(AREAS[entry.area].color);
    expect(embed.description).toContain(entry.summary);
    for (const point of entry.points) expect(embed.description).toContain(point);
    expect(embed.footer?.text).toContain(entry.source.section);
    // A topic names its area; an area entry's title already does.
    const areaField = embed.fields?.find((f) => f.name === "Area");
    if (entry.kind === "topic") expect(areaField?.value).toContain(AREAS[entry.area].name);
    else expect(areaField).toBeUndefined();
    // Nothing the renderer chose to show was cut short.
    expect(JSON.stringify(data.embeds)).not.toContain('…"');
  });

  it.each(app.index.entries.map((e) => [e.id, e] as const))(
    "/topic %s shows each list and each sentence once, and no internal field",
    (id, entry) => {
      const data = expectSafe(app.dispatcher.handle(slashCommand("topic", { name: id })).response);
      const embed = data.embeds![0]!;
      const names = (embed.fields ?? []).map((f) => f.name);
      expect(names).not.toContain("Kind");
      // The select menu offers the related entries, so the embed does not list them again.
      const menu = (data.components ?? []).flatMap((row) =>
        "components" in row ? row.components.filter((c) => c.type === ComponentType.StringSelect) : [],
      );
      const related = entry.related.filter((r) => app.index.get(r));
      if (related.length > 0) {
        expect(menu).toHaveLength(1);
        const offered = menu.flatMap((m) => ("options" in m ? m.options.map((o) => o.value) : []));
        for (const r of related) expect(offered).toContain(r);
      }
      expect(names).not.toContain("Related");
      expect(names).not.toContain("Topics in this area");
      // Summary, key points and quotes: no sentence twice, whatever its punctuation.
      const quotes = (embed.fields ?? []).find((f) => f.name === "From the source")?.value ?? "";
      const sentences = [...(embed.description ?? "").split("\n"), ...quotes.split("\n")]
        .map((s) =>
          s
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, " ")
            .trim(),
        )
        .filter(Boolean);
      expect(new Set(sentences).size).toBe(sentences.length);
    },
  );

  it("an answer whose menu holds other matches lists the related entries once, in the embed", () => {
    const entry = app.index.get("economic-sanctions")!;
    const other = app.index.get("countering-terrorism")!;
    const message = entryMessage(entry, app.index, { question: "sanctions", others: [other] });
    const fields = message.embeds![0]!.fields ?? [];
    const related = fields.find((f) => f.name === "Related")?.value ?? "";
    // countering-terrorism is in the menu, so only the rest of the related entries are listed.
    expect(related).toContain(app.index.get("countering-threats")!.title);
    expect(related).not.toContain(other.title);
    expect(fields.filter((f) => f.name === "Related")).toHaveLength(1);
  });

  it("a key point or quote that repeats the summary word for word is shown once", () => {
    const base = app.index.get("economic-sanctions")!;
    const twice = {
      ...base,
      points: [`${base.summary.toUpperCase()}!`, ...base.points],
      source: { ...base.source, quotes: [base.summary, ...base.source.quotes] },
    };
    const embed = renderEntry(twice, app.index);
    expect(embed.description!.split(base.summary.slice(0, 30)).length - 1).toBe(1);
    expect(embed.description!.toLowerCase().split(base.summary.toLowerCase().slice(0, 30)).length - 1).toBe(
      1,
    );
    const quotes = embed.fields?.find((f) => f.name === "From the source")?.value ?? "";
    expect(quotes).not.toContain(base.summary);
    for (const q of base.source.quotes) expect(quotes).toContain(q);
  });

  it.each(app.index.entries.map((e) => e.id))("/topic %s, private and with a mention", (id) => {
    expectSafe(app.dispatcher.handle(slashCommand("topic", { name: id, private: true })).response);
    const mention = "123456789012345678";
    const data = expectSafe(
      app.dispatcher.handle(slashCommand("topic", { name: id, mention })).response,
      mention,
    );
    expect(data.content).toBe(`Suggested for <@${mention}>`);
  });

  it("/topics lists every entry title and offers a select", () => {
    const data = expectSafe(app.dispatcher.handle(slashCommand("topics")).response);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    const text = JSON.stringify(data.embeds);
    for (const e of app.index.entries.filter((x) => x.kind === "topic")) expect(text).toContain(e.title);
    expect(data.components).toHaveLength(1);
  });

  it("/about names the source, the commands and the entry count", () => {
    const data = expectSafe(app.dispatcher.handle(slashCommand("about")).response);
    const text = JSON.stringify(data.embeds);
    expect(text).toContain("Foreign Policy and Security Relations of an Islamic Nation");
    for (const c of ["/ask", "/topic", "/topics", "/about"]) expect(text).toContain(c);
    expect(text).toContain(`${app.index.entries.length} entries`);
  });
});

const ADVERSARIAL = [
  "terrorism ".repeat(600), // 6,000 characters
  "x".repeat(6000),
  "**terrorism** __sanctions__ ~~x~~ ||spoiler||",
  "@everyone what about terrorism",
  "@here @everyone",
  "<@123456789012345678> sanctions",
  "<@&456456456456456456> alliances",
  "<@!123456789012345678> <#789789789789789789>",
  "```js\nalert(1)\n``` terrorism `code`",
  "line one\nline two\n\n\nterrorism",
  "ter\u200Brorism\u200D \u2060sanc\uFEFFtions",
  "\u202Eterrorism\u202C",
  "[click](https://example.com) terrorism",
  "> quoted @everyone\n# heading",
  "😀".repeat(3000),
];

describe("/ask with adversarial questions stays valid and pings nobody", () => {
  it.each(ADVERSARIAL.map((q) => [q.slice(0, 40), q]))("%j", (_label, question) => {
    for (const options of [{ question }, { question, private: true }] as Record<string, string | boolean>[]) {
      const { response, outcome } = app.dispatcher.handle(slashCommand("ask", options));
      expect(outcome.result).toBe("ok");
      const data = expectSafe(response);
      // User text shown in a description is escaped, so a mention there could not even render.
      for (const e of data.embeds ?? [])
        expect(e.description ?? "").not.toMatch(/@everyone|@here|<@[!&]?\d+>/);
    }
  });

  it("any question, with any delivery option", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 300 }),
          fc.string({ unit: "grapheme", maxLength: 120 }),
          fc
            .array(
              fc.constantFrom(
                "@everyone",
                "<@1234567890123456>",
                "terrorism",
                "**",
                "`",
                "\n",
                "sanctions",
                " ",
              ),
              {
                maxLength: 30,
              },
            )
            .map((p) => p.join("")),
        ),
        fc.boolean(),
        fc.option(fc.constantFrom("123456789012345678", "not-a-user", "<@1>"), { nil: undefined }),
        (question, isPrivate, mention) => {
          const options: Record<string, string | boolean> = { question, private: isPrivate };
          if (mention) options.mention = mention;
          const { response } = app.dispatcher.handle(slashCommand("ask", options));
          const data = dataOf(response);
          // The one allowed ping: a public answer suggested to a well-formed user id, and then only that user.
          const pinged = data.allowed_mentions?.users?.length ? mention : undefined;
          if (pinged) {
            expect(isPrivate).toBe(false);
            expect(pinged).toBe("123456789012345678");
            expect(data.content).toBe(`Suggested for <@${pinged}>`);
          }
          expectSafe(response, pinged);
        },
      ),
      { numRuns: 100 },
    );
  });
});
