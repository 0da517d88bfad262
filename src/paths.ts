import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's folder (where its package.json is), found from this module's own place: src/ under tsx,
 * dist/ or dist/chunks/ in a build. Not the working directory, which can be anywhere.
 */
export const PACKAGE_ROOT: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "safir") return dir;
      } catch {
        // unreadable: keep looking further up
      }
    }
    dir = path.dirname(dir);
  }
  return process.cwd();
})();
