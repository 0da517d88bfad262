import type { APIInteractionResponse } from "discord-api-types/v10";
import fc from "fast-check";
import { expect } from "vitest";
import {
  sampleAsk,
  sampleAutocomplete,
  sampleCommand,
  sampleComponent,
  samplePing,
} from "../../src/http/samples.ts";
import { interactionResponseProblems } from "./discord-spec.ts";

/**
 * Arbitrary interaction payloads for property tests: realistic samples of every interaction type with any
 * field replaced by arbitrary JSON or dropped, option lists with hostile names (`__proto__`, `constructor`)
 * and values of any type, plus plain arbitrary JSON. Everything is JSON-safe: it is what could arrive on the
 * wire, over HTTP or the gateway.
 */
const anyJson = fc.jsonValue({ maxDepth: 3 });

/** The valid value most of the time, else arbitrary JSON, else absent. */
function field<T>(valid: T): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(valid) },
    { weight: 1, arbitrary: anyJson },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** Each field of `sample` kept, replaced or dropped; objects one level further down likewise. */
function mutated(sample: Record<string, unknown>, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, v] of Object.entries(sample)) {
    const inner =
      depth < 2 && v && typeof v === "object" && !Array.isArray(v)
        ? fc.oneof({ weight: 3, arbitrary: mutated(v as Record<string, unknown>, depth + 1) }, field(v))
        : field(v);
    parts[k] = inner;
  }
  return fc.record(parts).map((r) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>);
}

const optionName = fc.oneof(
  fc.constantFrom("question", "name", "private", "mention", "__proto__", "constructor", "toString", ""),
  fc.string({ maxLength: 40 }),
);
const optionValue = fc.oneof(
  fc.string({ maxLength: 600 }),
  fc.constantFrom("999999999999999999", "<@&1>", "@everyone", "sanc", "economic sanctions"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  anyJson,
);
const option = fc.record(
  {
    name: optionName,
    type: fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, 6, 10), anyJson),
    value: optionValue,
    focused: fc.oneof(fc.boolean(), anyJson),
    options: fc.oneof(fc.constant(undefined), fc.array(anyJson, { maxLength: 3 })),
  },
  { requiredKeys: ["name"] },
);
const options = fc.oneof(
  { weight: 3, arbitrary: fc.array(option, { maxLength: 6 }) },
  { weight: 1, arbitrary: anyJson },
);

const COMMANDS = ["ask", "topic", "topics", "about", "nope"];

function withOptions(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(mutated(base), options, fc.constantFrom(...COMMANDS), fc.boolean())
    .map(([payload, opts, name, replace]) => {
      const data = payload.data;
      if (replace && data && typeof data === "object" && !Array.isArray(data))
        payload.data = JSON.parse(JSON.stringify({ ...data, name, options: opts })) as unknown;
      return payload;
    });
}

const plain = <T>(v: T) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>;

/** One payload per interaction type, broken in arbitrary ways; `type` is kept so each type gets its share. */
export const arbitraryInteraction: fc.Arbitrary<unknown> = fc.oneof(
  withOptions(plain(sampleAsk("economic sanctions", { private: true, mention: "999999999999999999" }))),
  withOptions(plain(sampleCommand("topics"))),
  withOptions(plain(sampleAutocomplete("topic", "name", "sanc"))),
  withOptions(plain(sampleAutocomplete("ask", "question", "peace"))),
  mutated(plain(sampleComponent({ customId: "safir:open", values: ["economic-sanctions"] }))),
  mutated(plain(sampleComponent({ customId: "safir:post:economic-sanctions", messageFlags: 64 }))),
  mutated(plain(samplePing())),
  mutated({ ...plain(sampleCommand("ask")), type: 5 }),
  fc
    .tuple(mutated(plain(sampleCommand("ask"))), fc.oneof(fc.integer(), anyJson))
    .map(([p, type]) => ({ ...p, type })),
  anyJson,
);

/** Keeps the sample's type: for transports that can only carry the four types Discord sends a bot. */
export const arbitraryTypedInteraction = (types: number[]): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(arbitraryInteraction, fc.constantFrom(...types))
    .map(([p, type]) => ({ ...(p && typeof p === "object" && !Array.isArray(p) ? p : {}), type }));

export function typeOf(payload: unknown): number | undefined {
  const t = (payload as { type?: unknown } | null)?.type;
  return typeof t === "number" && Number.isInteger(t) ? t : undefined;
}

/** The reply is one Discord accepts for the interaction's type, and valid by Discord's own schema. */
export function expectReplyForType(type: number | undefined, response: APIInteractionResponse): void {
  if (type === 1) expect(response.type).toBe(1);
  else if (type === 4) expect(response.type).toBe(8);
  else expect([4, 7]).toContain(response.type);
  expect(interactionResponseProblems(response)).toEqual([]);
  // No pings: @everyone, @here and roles never; a user only as the one `mention` a command was given.
  if (response.type === 4 || response.type === 7) {
    const mentions = response.data?.allowed_mentions;
    expect(mentions?.parse).toEqual([]);
    expect(mentions?.roles ?? []).toEqual([]);
    expect((mentions?.users ?? []).length).toBeLessThanOrEqual(1);
  }
}
