import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, readCommonConfig, readGatewayConfig, secretsOf, setting } from "../../src/config.ts";
import { redactSecrets } from "../../src/log.ts";
import { PROJECT_ROOT, SAFIR } from "../fixtures/spawn.ts";

/**
 * Issue 13, item 9: with DISCORD_TOKEN ending in a space or newline, a REST server that echoes the
 * Authorization header got the token printed: the printer redacted the untrimmed value, the client used
 * the trimmed one. And a bad LOG_LEVEL was echoed back (in lower case), so a token pasted there escaped.
 */
// Shaped so that only the secret list (not the generic Discord-token pattern) can catch it.
const TOKEN = "abcdefghijklmnopqrstuvwxyz0123456789.Secret_part-XYZ";

describe("item 9: every form of a secret is redacted, settings are trimmed once", () => {
  it("setting() trims, and secretsOf() lists the value as set and as used", () => {
    const env = { DISCORD_TOKEN: ` ${TOKEN} \n` };
    expect(setting(env, "DISCORD_TOKEN")).toBe(TOKEN);
    expect(readGatewayConfig(env).token).toBe(TOKEN);
    expect(secretsOf(env)).toEqual([` ${TOKEN} \n`, TOKEN]);
  });

  it.each([
    ["as used (trimmed)", TOKEN],
    ["in lower case", TOKEN.toLowerCase()],
    ["in upper case", TOKEN.toUpperCase()],
    ["URL-encoded", encodeURIComponent(`${TOKEN} `).replace("%20", "")],
    ["in base64", Buffer.from(TOKEN).toString("base64")],
  ])("redactSecrets with the untrimmed secret catches it %s", (_what, form) => {
    const out = redactSecrets(
      `Authorization: Bot ${form}; again ${form}`,
      secretsOf({ DISCORD_TOKEN: `${TOKEN}\n` }),
    );
    expect(out).not.toContain(form.replace(/=+$/, ""));
    // (base64 padding, which holds nothing of the secret, may stay)
    expect(out).toMatch(/^Authorization: Bot \[redacted\]=*; again \[redacted\]=*$/);
  });

  it("a long bad LOG_LEVEL (a token pasted by mistake) is not echoed; a short one is, as typed", () => {
    const long = (() => {
      try {
        readCommonConfig({ LOG_LEVEL: TOKEN });
      } catch (err) {
        return (err as ConfigError).message;
      }
      return "";
    })();
    expect(long).toMatch(/LOG_LEVEL is a value of 52 characters \(not shown\): use one of/);
    expect(long.toLowerCase()).not.toContain(TOKEN.toLowerCase().slice(0, 20));
    expect(() => readCommonConfig({ LOG_LEVEL: "Verbose" })).toThrow(/LOG_LEVEL is 'Verbose': use one of/);
  });

  describe("end to end: npm start against a REST server that echoes the Authorization header", () => {
    let server: Server;
    let seen = "";
    beforeAll(async () => {
      server = createServer((req, res) => {
        seen = req.headers.authorization ?? "";
        const body = JSON.stringify({ message: `bad request, you sent ${seen}`, code: 50035 });
        res.writeHead(400, { "content-type": "application/json" }).end(body);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it.each([
      ["a trailing space", `${TOKEN} `],
      ["a trailing newline", `${TOKEN}\n`],
      ["spaces around it", `  ${TOKEN}\t`],
    ])(
      "DISCORD_TOKEN with %s: the token never reaches the output",
      async (_what, value) => {
        const { port } = server.address() as AddressInfo;
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          CONTENT_DIR: "content",
          DISCORD_TOKEN: value,
          DISCORD_API_URL: `http://127.0.0.1:${port}`,
          LOG_LEVEL: "debug",
        };
        delete env.DEBUG;
        const child = spawn(process.execPath, [SAFIR, "start"], { cwd: PROJECT_ROOT, env });
        let out = "";
        child.stdout.on("data", (c: Buffer) => (out += c.toString()));
        child.stderr.on("data", (c: Buffer) => (out += c.toString()));
        const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
        // The server did see (and echo) the token: the test would catch a leak.
        expect(seen).toBe(`Bot ${TOKEN}`);
        expect(out).toMatch(/you sent Bot \[redacted\]/);
        expect(out).not.toContain(TOKEN);
        expect(code).toBe(1);
      },
      60_000,
    );
  });
});
