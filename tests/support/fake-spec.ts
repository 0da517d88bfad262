import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { specAvailable } from "./discord-spec.ts";

/**
 * Request bodies other than interaction callbacks (command registration, webhook edits and follow-ups),
 * checked against Discord's OpenAPI description the way discord-spec.ts checks callbacks. Without the
 * description (a user's clone) there is nothing to check against, and no problems are reported.
 */
const SPEC_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../shared/discord-api-spec/openapi.json",
);

export type RequestSchema =
  "ApplicationCommandUpdateRequest" | "IncomingWebhookUpdateRequestPartial" | "IncomingWebhookRequestPartial";

let ajv: Ajv2020 | undefined;
const compiled = new Map<RequestSchema, ValidateFunction>();

function validator(name: RequestSchema): ValidateFunction {
  let v = compiled.get(name);
  if (v) return v;
  if (!ajv) {
    const spec = JSON.parse(readFileSync(SPEC_FILE, "utf8")) as { components: object };
    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: "discord", components: spec.components } as object);
  }
  v = ajv.compile({ $ref: `discord#/components/schemas/${name}` });
  compiled.set(name, v);
  return v;
}

export function requestBodyProblems(name: RequestSchema, body: unknown): string[] {
  if (!specAvailable) return [];
  const validate = validator(name);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${name}${e.instancePath || "/"} ${e.message ?? "invalid"}`);
}
