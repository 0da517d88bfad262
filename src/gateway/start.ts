import type { Env } from "../config.ts";

/** Placeholder until the gateway transport lands (issue 3). */
export async function startGatewayFromEnv(_env: Env): Promise<number> {
  process.stderr.write(
    "The Discord gateway transport is not built yet: unset DISCORD_TOKEN to use the local console.\n",
  );
  return 1;
}
