import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Transport tests start real processes and sockets; keep them off each other's ports and CPU.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    globalSetup: ["./tests/support/build.ts"],
    reporters: ["default", "./tests/support/summary-reporter.ts"],
  },
});
