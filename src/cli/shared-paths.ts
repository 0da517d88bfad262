import { existsSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../paths.ts";

/**
 * `../shared` beside the project: the development question set and Discord's API description live there in
 * this project's own CI. A user's clone has no such folder; whatever reads it says so and skips.
 */
export const PROJECT_ROOT = PACKAGE_ROOT;
export const SHARED_DIR = path.resolve(PROJECT_ROOT, "..", "shared");

export function sharedFile(...parts: string[]): string | undefined {
  const file = path.join(SHARED_DIR, ...parts);
  return existsSync(file) ? file : undefined;
}
