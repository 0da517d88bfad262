import { buildNode, buildWorker } from "../../scripts/build.ts";

/**
 * Vitest global setup: the tests that start processes run the production entry point, dist/safir.js, and the
 * Worker tests run dist/worker.js, so both are built from the current sources once before any test (about a
 * second), never a stale copy.
 */
export default async function setup(): Promise<void> {
  await buildNode();
  await buildWorker();
}
