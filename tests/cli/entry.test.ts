import { describe, expect, it } from "vitest";
import { CLI_COMMANDS } from "../../src/cli/commands.ts";
import { runSafir, STACK_FRAME } from "../fixtures/spawn.ts";

/** dist/safir.js, the one production entry point: every command behind it, each with --help. */
describe("safir <command>", () => {
  it("--help lists every public command with its summary, exit 0", async () => {
    const r = await runSafir("--help");
    expect(r.code).toBe(0);
    for (const [name, command] of Object.entries(CLI_COMMANDS)) {
      if (command.hidden) expect(r.stdout).not.toMatch(new RegExp(`^  ${name} `, "m"));
      else expect(r.stdout).toContain(`  ${name}`);
    }
  });

  it.each(Object.keys(CLI_COMMANDS))("%s --help prints its usage and exits 0", async (name) => {
    const r = await runSafir(name, ["--help"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`Usage: safir ${name}`);
    expect(r.code).toBe(0);
  });

  it("an unknown command names itself and lists the commands, exit 2, no stack trace", async () => {
    const r = await runSafir("frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown command 'frobnicate'");
    expect(r.stderr).toContain("check-content");
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it("a name that only looks like a command in JavaScript is still unknown", async () => {
    const r = await runSafir("toString");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown command 'toString'");
  });

  it("--version prints the package version", async () => {
    const r = await runSafir("--version");
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
