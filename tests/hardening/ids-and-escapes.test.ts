import { ApplicationCommandType } from "discord-api-types/v10";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import type { Command } from "../../src/commands/types.ts";
import { printable } from "../../src/console/lines.ts";
import { createDispatcher, SOMETHING_WENT_WRONG } from "../../src/interactions/dispatch.ts";
import { sampleComponent } from "../../src/http/samples.ts";
import { recordingLogger } from "../support/fake-logger.ts";
import { killChildren, PROJECT_ROOT, runSafir } from "../fixtures/spawn.ts";

/**
 * Issue 13, item 11: the id in "reference `…`" was not escaped (a forged id could inject markdown or a
 * masked link); ids and custom_ids were logged unbounded (256 KB per log line); the console echoed the
 * terminal escape sequences a user typed.
 */
const app = await createApp({ contentDir: `${PROJECT_ROOT}/content` });
afterAll(killChildren);

const boom: Command = {
  definition: { type: ApplicationCommandType.ChatInput, name: "boom", description: "Always fails." },
  execute() {
    throw new Error("boom");
  },
};

describe("item 11: ids shown and logged are inert and bounded; the console prints no escapes", () => {
  it.each(["[click](https://evil.example)", "`` @everyone", "1\n> quoted", "x".repeat(300)])(
    "a forged id %# in 'reference `…`' becomes 'unknown'",
    (id) => {
      expect(SOMETHING_WENT_WRONG(id)).toContain("(reference `unknown`)");
      const d = createDispatcher({ services: app.services, commands: new Map([["boom", boom]]) });
      const { response } = d.invoke({
        kind: "command",
        request: { id, name: "boom", options: {}, user: { id: "1" } },
      });
      const text = JSON.stringify(response);
      expect(text).toContain("reference `unknown`");
      expect(text).not.toContain("evil.example");
    },
  );

  it("a real id is still shown as the reference", () => {
    expect(SOMETHING_WENT_WRONG("1300000000000000001")).toContain("(reference `1300000000000000001`)");
  });

  it("a 256 KB custom_id or id is logged in at most a few hundred characters", () => {
    const log = recordingLogger();
    const d = createDispatcher({ services: app.services, log });
    const huge = "x".repeat(256 * 1024);
    d.handle(sampleComponent({ customId: huge }));
    d.handle({ ...sampleComponent({ customId: "safir:open" }), id: huge });
    d.handle({ ...sampleComponent({ customId: huge }), id: huge });
    expect(log.entries.length).toBeGreaterThanOrEqual(3);
    for (const e of log.entries) expect(JSON.stringify(e).length).toBeLessThan(1000);
  });

  it("printable() removes CSI, OSC and other control sequences, keeps text, tabs and newlines", () => {
    expect(
      printable("a\u001b[2J\u001b[31mb\u001b]0;pwned\u0007c\u001b]8;;http://x\u001b\\d\te\nf\u009b2Jg\u0000"),
    ).toBe("abcd\te\nf2Jg");
  });

  it("the console does not echo escape sequences typed by the user", async () => {
    const input = "\u001b[2J\u001b]0;pwned\u0007economic sanctions\u001b[0m\n/about\u001b[5m\n";
    const { code, stdout } = await runSafir("start", [], { input });
    expect(stdout).toContain("> economic sanctions\n");
    expect(stdout).toContain("> /about\n");
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(code).toBe(0);
  }, 30_000);
});
