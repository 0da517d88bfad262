import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { APIEmbed, APIInteractionResponse } from "discord-api-types/v10";
import { DISCORD_LIMITS, embedLength } from "../../src/embeds/limits.ts";

/**
 * Discord's own OpenAPI description as a conformance oracle for the payloads Safir sends. It lives in
 * ../shared, which exists in this project's CI but not in a user's clone: there, `specAvailable` is false
 * and the conformance tests skip, saying why.
 */
const SPEC_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../shared/discord-api-spec/openapi.json",
);
export const specAvailable = existsSync(SPEC_FILE);
export const SPEC_SKIP_REASON = `Discord's OpenAPI description is not at ${SPEC_FILE} (it is provided in CI only)`;

const SCHEMAS = {
  1: "PongInteractionCallbackRequest",
  4: "CreateMessageInteractionCallbackRequest",
  5: "CreateMessageInteractionCallbackRequest",
  6: "UpdateMessageInteractionCallbackRequest",
  7: "UpdateMessageInteractionCallbackRequest",
  8: "ApplicationCommandAutocompleteCallbackRequest",
  9: "ModalInteractionCallbackRequest",
} as const;

let validators: Map<string, ValidateFunction> | undefined;

function validatorFor(name: string): ValidateFunction {
  if (!validators) {
    const spec = JSON.parse(readFileSync(SPEC_FILE, "utf8")) as {
      components: { schemas: Record<string, unknown> };
    };
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    // Register every component schema under the spec's own $ref path so references resolve.
    ajv.addSchema({ $id: "discord", components: spec.components } as object);
    validators = new Map();
    for (const n of new Set(Object.values(SCHEMAS))) {
      validators.set(n, ajv.compile({ $ref: `discord#/components/schemas/${n}` }));
    }
  }
  const v = validators.get(name);
  if (!v) throw new Error(`no validator for ${name}`);
  return v;
}

/** Problems with an interaction callback body by Discord's schema, plus the limits the schema cannot say. */
export function interactionResponseProblems(body: APIInteractionResponse): string[] {
  const problems: string[] = [];
  const name = SCHEMAS[body.type as keyof typeof SCHEMAS];
  if (!name) return [`unknown callback type ${body.type}`];
  if (specAvailable) {
    const validate = validatorFor(name);
    if (!validate(body)) {
      for (const e of validate.errors ?? [])
        problems.push(`${e.instancePath || "/"} ${e.message ?? "invalid"}`);
    }
  }
  problems.push(...limitProblems(body));
  return problems;
}

/** Discord's limits that the OpenAPI schema does not encode: the 6,000-character total and 5 action rows. */
export function limitProblems(body: APIInteractionResponse): string[] {
  const problems: string[] = [];
  const data = "data" in body ? (body.data as Record<string, unknown> | undefined) : undefined;
  if (!data) return problems;
  const embeds = (data.embeds as APIEmbed[] | undefined) ?? [];
  const total = embeds.reduce((n, e) => n + embedLength(e), 0);
  if (total > DISCORD_LIMITS.embedTotal)
    problems.push(`embeds total ${total} characters > ${DISCORD_LIMITS.embedTotal}`);
  for (const [i, e] of embeds.entries()) {
    if ((e.title?.length ?? 0) > DISCORD_LIMITS.title) problems.push(`embed ${i} title too long`);
    if ((e.description?.length ?? 0) > DISCORD_LIMITS.description)
      problems.push(`embed ${i} description too long`);
    if ((e.fields?.length ?? 0) > DISCORD_LIMITS.fields) problems.push(`embed ${i} has too many fields`);
    for (const f of e.fields ?? []) {
      if (f.value.length > DISCORD_LIMITS.fieldValue)
        problems.push(`embed ${i} field '${f.name}' value too long`);
      if (f.name.length > DISCORD_LIMITS.fieldName) problems.push(`embed ${i} field name too long`);
      if (!f.value.trim() || !f.name.trim()) problems.push(`embed ${i} has an empty field`);
    }
  }
  const rows = (data.components as { components?: { custom_id?: string }[] }[] | undefined) ?? [];
  if (rows.length > DISCORD_LIMITS.actionRows)
    problems.push(`${rows.length} action rows > ${DISCORD_LIMITS.actionRows}`);
  for (const row of rows) {
    for (const c of row.components ?? []) {
      if (c.custom_id && c.custom_id.length > DISCORD_LIMITS.customId)
        problems.push(`custom_id '${c.custom_id}' too long`);
    }
  }
  if (typeof data.content === "string" && data.content.length > DISCORD_LIMITS.content)
    problems.push("content too long");
  const choices = (data.choices as { name: string; value: string }[] | undefined) ?? [];
  if (choices.length > DISCORD_LIMITS.choices)
    problems.push(`${choices.length} choices > ${DISCORD_LIMITS.choices}`);
  for (const c of choices) {
    if (c.name.length > DISCORD_LIMITS.choiceName || c.name.length < 1)
      problems.push(`choice name '${c.name}' length`);
  }
  const am = data.allowed_mentions as { parse?: string[] } | undefined;
  if (body.type === 4 && (!am || !Array.isArray(am.parse) || am.parse.length > 0)) {
    problems.push("allowed_mentions.parse must be an empty list");
  }
  return problems;
}
