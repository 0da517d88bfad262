import type { AreaId } from "./areas.ts";
import type { Entry } from "./entry.ts";

// Grouped once per loaded list: rendering an area must not scan every entry on every request.
const groups = new WeakMap<readonly Entry[], Map<AreaId, Entry[]>>();

/** The topic entries of an area, in the list's order. */
export function topicsOf(entries: readonly Entry[], area: AreaId): readonly Entry[] {
  let byArea = groups.get(entries);
  if (!byArea) {
    byArea = new Map();
    for (const e of entries) {
      if (e.kind !== "topic") continue;
      const list = byArea.get(e.area);
      if (list) list.push(e);
      else byArea.set(e.area, [e]);
    }
    groups.set(entries, byArea);
  }
  return byArea.get(area) ?? [];
}
