import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateSigningKeys } from "../http/signing.ts";

export const usage = `Usage: safir keygen [--force]
Writes a throwaway Ed25519 key pair into .env for trying \`safir serve\` locally: DISCORD_PUBLIC_KEY and
LOCAL_SIGNING_KEY (for sign-request). --force replaces a DISCORD_PUBLIC_KEY already there.`;

const NOTE = [
  "# Local test keys from `npm run keygen` (not Discord's). Before setting the Interactions Endpoint URL in",
  "# the Developer Portal, set DISCORD_PUBLIC_KEY to your application's Public Key and delete LOCAL_SIGNING_KEY.",
];

/**
 * `npm run keygen [-- --force]`: a throwaway Ed25519 key pair for trying `npm run serve` locally, written
 * into `.env` (the private half never reaches the terminal): DISCORD_PUBLIC_KEY for the server, and
 * LOCAL_SIGNING_KEY for `npm run sign-request`, which plays Discord's part. Discord holds the real private key.
 */
export async function run(args: string[]): Promise<number | undefined> {
  const force = args.includes("--force");
  const file = path.resolve(".env");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const lines = text.split(/\r?\n/);
  const current = lines.find((l) => /^\s*DISCORD_PUBLIC_KEY\s*=\s*\S/.test(l));
  if (current && !force) {
    process.stderr.write(
      ".env already sets DISCORD_PUBLIC_KEY (perhaps your application's real key), so it was left alone.\nRun `npm run keygen -- --force` to replace it with a local test key.\n",
    );
    return 1;
  }
  const keys = generateSigningKeys();
  const values: Record<string, string> = {
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    LOCAL_SIGNING_KEY: keys.privateKeyHex,
  };
  // Set in place where .env (e.g. a copy of .env.example) already has the line; append what is missing.
  const written = new Set<string>();
  const out = lines.map((line) => {
    const name = line.match(/^\s*(DISCORD_PUBLIC_KEY|LOCAL_SIGNING_KEY)\s*=/)?.[1];
    if (!name || written.has(name)) return line;
    written.add(name);
    return `${name}=${values[name]}`;
  });
  const missing = Object.keys(values).filter((name) => !written.has(name));
  if (missing.length > 0) {
    while (out.length > 0 && out[out.length - 1] === "") out.pop();
    if (out.length > 0) out.push("");
    out.push(...NOTE, ...missing.map((name) => `${name}=${values[name]}`), "");
  }
  writeFileSync(file, out.join("\n"), { mode: 0o600 });
  process.stdout.write(
    `Wrote a local test key pair to ${file}: DISCORD_PUBLIC_KEY=${keys.publicKeyHex} and LOCAL_SIGNING_KEY (private, not shown).\nNext: npm run serve, then in another terminal: npm run sign-request -- ping\n`,
  );
  return 0;
}
