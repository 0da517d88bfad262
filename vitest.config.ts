import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Transport tests start real processes and sockets; keep them off each other's ports and CPU.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Bots and servers the tests start record nothing unless a test gives them a database of its own.
    env: { DATABASE_URL: "off" },
    globalSetup: ["./tests/support/build.ts"],
    reporters: ["default", "./tests/support/summary-reporter.ts"],
  },
});
