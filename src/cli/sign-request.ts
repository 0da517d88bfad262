import type { APIInteraction } from "discord-api-types/v10";
import { ConfigError } from "../config.ts";
import {
  sampleAsk,
  sampleAutocomplete,
  sampleChannelMessage,
  sampleCommand,
  sampleComponent,
  sampleMessageCommand,
  samplePing,
} from "../http/samples.ts";
import { signatureHeaders, signingKeysFromHex } from "../http/signing.ts";
import { loadEnvFile } from "./run.ts";

export const usage = `Usage: safir sign-request <what> [--url URL] [--curl]
  ping                         a PING, as the Developer Portal sends when you save the endpoint URL
  ask "<question>" [--private] /ask
  topic "<name>"               /topic
  topics | about               /topics, /about
  complete "<typed text>"      autocomplete for /topic name
  open <entry-id>              the topic menu's select, on a private message
  menu "<message text>"        Apps → Answer with Safir on a message with that text ("" for an image)
Signs with LOCAL_SIGNING_KEY (from npm run keygen) and posts to http://127.0.0.1:$PORT$INTERACTIONS_PATH,
printing the status and the JSON answer; --curl prints an equivalent curl command instead.`;

function build(args: string[]): APIInteraction | undefined {
  const [what, text = ""] = args;
  switch (what) {
    case "ping":
      return samplePing();
    case "ask":
      return sampleAsk(text, args.includes("--private") ? { private: true } : {});
    case "topic":
      return sampleCommand("topic", [{ name: "name", value: text }]);
    case "topics":
    case "about":
      return sampleCommand(what);
    case "complete":
      return sampleAutocomplete("topic", "name", text);
    case "open":
      return sampleComponent({ customId: "safir:open", values: [text], messageFlags: 64 });
    case "menu":
      return sampleMessageCommand(sampleChannelMessage(text));
    default:
      return undefined;
  }
}

/** `npm run sign-request`: plays Discord's part against a local `npm run serve`, with a real signature. */
export async function run(args: string[]): Promise<number | undefined> {
  loadEnvFile();
  const argv = args;
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const positional = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--url");
  const interaction = build([...positional, ...argv.filter((a) => a === "--private")]);
  if (!interaction) {
    process.stderr.write(`${usage}\n`);
    return 1;
  }
  const seed = process.env.LOCAL_SIGNING_KEY?.trim();
  if (!seed)
    throw new ConfigError([
      "LOCAL_SIGNING_KEY is not set: run `npm run keygen` to write a local key pair into .env, then restart npm run serve",
    ]);
  let keys: ReturnType<typeof signingKeysFromHex>;
  try {
    keys = signingKeysFromHex(seed);
  } catch {
    throw new ConfigError([
      "LOCAL_SIGNING_KEY must be 64 hexadecimal characters: run `npm run keygen -- --force`",
    ]);
  }
  const publicKey = process.env.DISCORD_PUBLIC_KEY?.trim().toLowerCase();
  if (publicKey && publicKey !== keys.publicKeyHex)
    process.stderr.write(
      "Note: DISCORD_PUBLIC_KEY in .env is not the pair of LOCAL_SIGNING_KEY, so the server will answer 401.\n",
    );
  const host = process.env.HOST?.trim();
  const base = `http://${!host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${process.env.PORT?.trim() || "8080"}`;
  const url = flag("--url") ?? `${base}${process.env.INTERACTIONS_PATH?.trim() || "/interactions"}`;
  const body = JSON.stringify(interaction);
  const headers = { "content-type": "application/json", ...signatureHeaders(keys.privateKey, body) };

  if (argv.includes("--curl")) {
    const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
    const h = Object.entries(headers).map(([k, v]) => `-H ${quote(`${k}: ${v}`)}`);
    process.stdout.write(`curl -i ${h.join(" ")} --data-raw ${quote(body)} ${quote(url)}\n`);
    return 0;
  }
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers, body });
  } catch {
    process.stderr.write(`Nothing answered at ${url}: start the server first with npm run serve.\n`);
    return 1;
  }
  const text = await response.text();
  process.stdout.write(`HTTP ${response.status} ${response.statusText}\n`);
  try {
    process.stdout.write(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  } catch {
    process.stdout.write(`${text}\n`);
  }
  return response.ok ? 0 : 1;
}
