import type { APIUser } from "discord-api-types/v10";
import { sampleAsk, sampleUser } from "../src/http/samples.ts";
import { type generateSigningKeys, signatureHeaders } from "../src/http/signing.ts";

/** The HTTP benchmarks' load: interactions signed once at the start, well inside the 300 s window. */

type PrivateKey = ReturnType<typeof generateSigningKeys>["privateKey"];

/** bench:http's /ask questions (bench/profile-http.ts profiles the same load). */
export const ASK_QUESTIONS: readonly string[] = [
  "how does it counter terrorism?",
  "what are the economic sanctions about",
  "joint military exercises with partners",
  "why does foreign policy matter",
  "shared intelligence between allies",
  "artificial intelligence in defence",
  "what is the paramount interest",
  "peace treaties and regional peace",
];

export interface SignedRequest {
  method: "POST";
  path: string;
  headers: Record<string, string>;
  body: string;
}

export function signedRequest(privateKey: PrivateKey, payload: unknown): SignedRequest {
  const body = JSON.stringify(payload);
  return {
    method: "POST",
    path: "/interactions",
    headers: { "content-type": "application/json", ...signatureHeaders(privateKey, body) },
    body,
  };
}

/** Eight members, each of whom asks one of the questions (the cooldown is off in the servers measured). */
export const benchUsers = (): APIUser[] =>
  Array.from({ length: 8 }, (_, i) => sampleUser(`12000000000000000${10 + i}`, `bench${i}`));

/** Each question as an /ask by its own member of `benchUsers`. */
export function signedAsks(
  privateKey: PrivateKey,
  questions: readonly string[] = ASK_QUESTIONS,
): SignedRequest[] {
  const users = benchUsers();
  return questions.map((q, i) => signedRequest(privateKey, sampleAsk(q, { user: users[i % users.length]! })));
}
