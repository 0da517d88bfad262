import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCustomId, encodeCustomId } from "../../src/components/custom-id.ts";
import { Cooldown } from "../../src/interactions/cooldown.ts";

describe("custom_id codec", () => {
  it("round-trips an action and its arguments", () => {
    expect(encodeCustomId("open")).toBe("safir:open");
    expect(encodeCustomId("post", "economic-sanctions")).toBe("safir:post:economic-sanctions");
    expect(decodeCustomId("safir:post:economic-sanctions")).toEqual({
      action: "post",
      args: ["economic-sanctions"],
    });
    expect(decodeCustomId("safir:open")).toEqual({ action: "open", args: [] });
  });

  it("round-trips any kebab-case id that fits", () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,5}$/);
    fc.assert(
      fc.property(id, fc.constantFrom("open" as const, "post" as const), (arg, action) => {
        expect(decodeCustomId(encodeCustomId(action, arg))).toEqual({ action, args: [arg] });
      }),
    );
  });

  it("refuses to build an id over Discord's 100 characters, or an argument with ':'", () => {
    expect(() => encodeCustomId("post", "x".repeat(89))).not.toThrow(); // exactly 100
    expect(encodeCustomId("post", "x".repeat(89))).toHaveLength(100);
    expect(() => encodeCustomId("post", "x".repeat(90))).toThrow(/101 characters; Discord allows 100/);
    expect(() => encodeCustomId("post", "a:b")).toThrow(/must not contain ':'/);
  });

  it.each([
    "",
    "safir",
    "safir:",
    "safir:delete:x",
    "SAFIR:open",
    "other:open",
    "open",
    `safir:open:${"x".repeat(100)}`,
  ])("foreign or malformed %j → null", (id) => {
    expect(decodeCustomId(id)).toBeNull();
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 150 }), (s) => {
        const parsed = decodeCustomId(s);
        if (parsed) expect(["open", "post"]).toContain(parsed.action);
      }),
    );
  });
});

describe("Cooldown", () => {
  it("allows `uses` requests per sliding window and says when the next one is allowed", () => {
    let t = 0;
    const cd = new Cooldown({ uses: 2, windowMs: 1000, now: () => t });
    expect(cd.take("a").ok).toBe(true);
    t = 400;
    expect(cd.take("a").ok).toBe(true);
    t = 500;
    expect(cd.take("a")).toEqual({ ok: false, retryAfterMs: 500 });
    t = 1000; // the first use has left the window
    expect(cd.take("a").ok).toBe(true);
    expect(cd.take("a").ok).toBe(false);
  });

  it("forgets users whose uses have all left the window", () => {
    let t = 0;
    const cd = new Cooldown({ uses: 1, windowMs: 100, now: () => t });
    for (let i = 0; i < 50; i++) cd.take(`user${i}`);
    expect(cd.trackedUsers).toBe(50);
    t = 1000;
    cd.take("late");
    expect(cd.trackedUsers).toBe(1);
  });

  it("is off with zero uses or a zero window", () => {
    const cd = new Cooldown({ uses: 0, windowMs: 1000, now: () => 0 });
    for (let i = 0; i < 10; i++) expect(cd.take("a").ok).toBe(true);
  });
});
