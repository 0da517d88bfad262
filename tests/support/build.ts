import { buildNode } from "../../scripts/build.ts";

/**
 * Vitest global setup: the tests that start processes run the production entry point, dist/safir.js, so it
 * is built from the current sources once before any test (about half a second), never a stale copy.
 */
export default async function setup(): Promise<void> {
  await buildNode();
}
