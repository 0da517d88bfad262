import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const fingerprints = new Map<string, string>();

/**
 * A hash of every .ts file below `dir`, names and bytes: the version of the code a cache was made by (the
 * content snapshot by src/content/, the compiled index by src/search/), so that a cache made by other code
 * is not trusted. The build computes it with this same function and fixes it in the bundle
 * (scripts/build.ts); run from the sources (tsx, tests), it is computed once per folder.
 */
export function codeFingerprint(dir: string): string {
  let fingerprint = fingerprints.get(dir);
  if (fingerprint === undefined) {
    const names = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((n) => n.endsWith(".ts"))
      .sort();
    const hash = createHash("sha256");
    for (const n of names) hash.update(`${n}\0`).update(readFileSync(path.join(dir, n)));
    fingerprint = hash.digest("hex");
    fingerprints.set(dir, fingerprint);
  }
  return fingerprint;
}
