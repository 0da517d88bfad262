import { createHash } from "node:crypto";
import type { Services } from "../commands/types.ts";
import type { Entry } from "../content/entry.ts";
import type { SearchIndex } from "../search/index.ts";

/**
 * One loaded, validated version of the knowledge base and everything built from it. A snapshot never
 * changes: a reload builds a new one and swaps the reference, so a request holds one version from start
 * to end.
 */
export interface ContentSnapshot {
  readonly entries: readonly Entry[];
  readonly index: SearchIndex;
  /** What handlers receive for a request answered from this snapshot. */
  readonly services: Services;
  /** A short hash of the entries as served: equal hashes, equal answers. Shown by /healthz. */
  readonly hash: string;
  /** Per-entry fingerprints by id, so the next reload can say what changed without keeping old text. */
  readonly fingerprints: ReadonlyMap<string, string>;
}

export const HASH_LENGTH = 12;

/** Fingerprints of each entry and of the whole set. Parsed entries, not file bytes: a reformatted file is no change. */
export function fingerprint(entries: readonly Entry[]): {
  hash: string;
  fingerprints: Map<string, string>;
} {
  const fingerprints = new Map<string, string>();
  const whole = createHash("sha256");
  for (const entry of entries) {
    const one = createHash("sha1").update(JSON.stringify(entry)).digest("base64url");
    fingerprints.set(entry.id, one);
    // The order is part of what is served (/topics lists entries in it).
    whole.update(`${entry.id}\0${one}\n`);
  }
  return { hash: whole.digest("hex").slice(0, HASH_LENGTH), fingerprints };
}

export function createSnapshot(
  entries: readonly Entry[],
  build: (entries: readonly Entry[], index: SearchIndex) => Services,
  buildIndex: (entries: readonly Entry[]) => SearchIndex,
): ContentSnapshot {
  const index = buildIndex(entries);
  return { entries, index, services: build(entries, index), ...fingerprint(entries) };
}

export interface ContentDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Which entry ids appeared, disappeared or changed between two snapshots, each list sorted. */
export function diffSnapshots(
  before: Pick<ContentSnapshot, "fingerprints">,
  after: Pick<ContentSnapshot, "fingerprints">,
): ContentDiff {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const [id, print] of after.fingerprints) {
    const old = before.fingerprints.get(id);
    if (old === undefined) added.push(id);
    else if (old !== print) changed.push(id);
  }
  for (const id of before.fingerprints.keys()) if (!after.fingerprints.has(id)) removed.push(id);
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}

/** "2 added (a, b), 1 removed (c), 0 changed": ids named up to `max` per list, the rest counted. */
export function describeDiff(diff: ContentDiff, max = 10): string {
  const part = (ids: string[], what: string) => {
    if (ids.length === 0) return `0 ${what}`;
    const shown = ids.slice(0, max).join(", ");
    const more = ids.length > max ? ` and ${ids.length - max} more` : "";
    return `${ids.length} ${what} (${shown}${more})`;
  };
  return [part(diff.added, "added"), part(diff.removed, "removed"), part(diff.changed, "changed")].join(", ");
}
