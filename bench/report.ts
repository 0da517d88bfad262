import type { ContentReport } from "./content.ts";
import type { E2eReport } from "./e2e.ts";
import type { MachineInfo } from "./machine.ts";
import type { QualityReport } from "./quality.ts";
import type { ReloadRow } from "./reload.ts";
import type { ScaleSizeResult } from "./scale-child.ts";
import type { StartupReport } from "./startup.ts";

export interface BenchResults {
  machine: MachineInfo;
  command: string;
  seconds?: number;
  quality?: QualityReport;
  scale?: ScaleSizeResult[];
  startup?: StartupReport;
  content?: ContentReport;
  e2e?: E2eReport;
  reload?: ReloadRow[];
}

/** A markdown table: readable in a terminal and pasteable into BENCHMARKS.md. */
export function table(head: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (c: string | number | null | undefined) => (c === null || c === undefined ? "–" : String(c));
  // Short rows (a skipped search) are padded, so every column lines up.
  const cells = [head, ...rows.map((r) => head.map((_, i) => cell(r[i])))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [
    line(cells[0]!),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...cells.slice(1).map(line),
  ].join("\n");
}

const frac = (n: number, d: number) => (d === 0 ? "n/a" : `${n}/${d} (${Math.round((100 * n) / d)}%)`);

export function formatResults(r: BenchResults): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; ${m.date}`);
  if (r.quality) out.push("", formatQuality(r.quality));
  if (r.scale) out.push("", formatScale(r.scale));
  if (r.startup) out.push("", formatStartup(r.startup));
  if (r.content) out.push("", formatContent(r.content));
  if (r.e2e) out.push("", formatE2e(r.e2e));
  if (r.reload) out.push("", formatReload(r.reload));
  return `${out.join("\n")}\n`;
}

export function formatQuality(q: QualityReport): string {
  const out = [`## Quality and speed on the real content (${q.entries} entries)`];
  for (const s of q.sets) {
    out.push(
      "",
      `### ${s.name} set: ${s.questions} questions (${s.inScope} in scope, ${s.offTopic} off topic), ${s.file}`,
      "",
      table(
        ["search", "top-1", "top-3", "off-topic rejected", "median ms", "p99 ms", "rejects when"],
        s.rows.map((row) => [
          row.engine,
          frac(row.top1, s.inScope),
          frac(row.top3, s.inScope),
          frac(row.rejected, s.offTopic),
          row.medianMs,
          row.p99Ms,
          row.rejection,
        ]),
      ),
    );
    const kinds = Object.keys(s.rows[0]?.byKind ?? {});
    if (kinds.length > 1) {
      out.push(
        "",
        "Right answers by question kind (off-topic: rejected):",
        "",
        table(
          ["search", ...kinds],
          s.rows.map((row) => [row.engine, ...kinds.map((k) => frac(row.byKind[k]!.ok, row.byKind[k]!.of))]),
        ),
      );
    }
  }
  for (const skip of q.skipped) out.push("", `(${skip})`);
  return out.join("\n");
}

export function formatScale(sizes: ScaleSizeResult[]): string {
  const rows: (string | number | null | undefined)[][] = [];
  for (const s of sizes) {
    for (const e of s.engines) {
      if (e.skipped) {
        rows.push([s.size, e.engine, e.skipped]);
        continue;
      }
      rows.push([
        s.size,
        e.engine,
        e.buildMs,
        e.heapMb,
        e.heapAfterQueriesMb,
        e.rssMb,
        e.medianMs,
        e.p99Ms,
        e.firstP99Ms,
        frac(e.top1 ?? 0, e.questions ?? 0),
      ]);
    }
  }
  const loads = sizes.map(
    (s) =>
      `${s.size} entries (${s.words.toLocaleString("en")} words): generated in ${s.generateMs} ms, loaded in ${s.loadMs} ms`,
  );
  return [
    "## Scale: synthetic knowledge bases",
    "",
    table(
      [
        "entries",
        "search",
        "build ms",
        "heap MB",
        "heap after queries MB",
        "RSS Δ MB",
        "median ms",
        "p99 ms",
        "first-run p99 ms",
        "top-1",
      ],
      rows,
    ),
    "",
    ...loads.map((l) => `- ${l} (real loader: YAML + schema)`),
  ].join("\n");
}

export function formatStartup(s: StartupReport): string {
  const ratio = (v: number | null) => (v === null ? null : `${(v / s.bareNodeMs).toFixed(2)}×`);
  return [
    "## Start-up and memory",
    "",
    `Yardstick: a bare \`node -e 0\` takes ${s.bareNodeMs} ms (median of ${s.coldAskRuns}, same run).`,
    "",
    table(
      ["mode", "start to ready ms (median)", "× bare node", "idle RSS MB", "target", "runs"],
      [
        [
          `one-shot ask (node dist/safir.js ask "…", to exit)`,
          s.coldAskMs,
          ratio(s.coldAskMs),
          null,
          "≤ 2.5×",
          s.coldAskRuns,
        ],
        [
          `one-shot ask that needs the question classifier (its model read from the cache)`,
          s.coldAskClassifierMs,
          ratio(s.coldAskClassifierMs),
          null,
          "≤ 2.5×",
          s.coldAskRuns,
        ],
        ...s.modes.map((m) => [m.mode, m.readyMs ?? m.note, ratio(m.readyMs), m.idleRssMb, m.target, m.runs]),
      ],
    ),
  ].join("\n");
}

export function formatE2e(e: E2eReport): string {
  const out = ["## End to end"];
  const g = e.gateway as { n?: number; medianMs?: number; p99Ms?: number; idleRssMb?: number } | null;
  if (g) {
    out.push(
      "",
      `Gateway, interaction to callback against the fake Discord (${g.n} interactions): median ${g.medianMs} ms, p99 ${g.p99Ms} ms; idle RSS of npm start logged in: ${g.idleRssMb} MB`,
    );
  }
  type Load = { name: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number };
  const h = e.http as {
    verifyPerSecond?: number;
    connections?: number;
    durationSeconds?: number;
    minimal?: Load;
    ping?: Load;
    ask?: Load;
    autocomplete?: Load;
    askShareOfMinimal?: number;
  } | null;
  if (h) {
    const loads = [h.minimal, h.ping, h.ask, h.autocomplete].filter((l): l is Load => Boolean(l));
    out.push(
      "",
      `HTTP endpoint under load (${h.connections} connections, ${h.durationSeconds} s per scenario; Ed25519 verify alone: ${h.verifyPerSecond}/s on one core; /ask at ${Math.round((h.askShareOfMinimal ?? 0) * 100)}% of a minimal verify-and-PONG server):`,
      "",
      table(
        ["scenario", "req/s", "p50 ms", "p99 ms", "errors"],
        loads.map((l) => [l.name, l.requestsPerSecond, l.p50Ms, l.p99Ms, l.errors]),
      ),
    );
  }
  for (const note of e.notes) out.push("", `(${note})`);
  return out.join("\n");
}

export function formatContent(c: ContentReport): string {
  const row = (name: string, s: ContentReport["cold"]) => [
    name,
    s.loadMs,
    s.indexMs,
    s.loadMs + s.indexMs,
    s.firstQuestionMs,
    s.heapMb,
    s.startRssMb ?? "–",
    s.peakRssMb,
  ];
  return [
    `## ${c.size.toLocaleString("en")} synthetic entries: loaded and indexed at start (target ≤ 2 s, ≤ 150 MB)`,
    "",
    table(
      [
        "start",
        "load ms",
        "index ms",
        "total ms",
        "first question ms",
        "heap MB (entries + index)",
        "RSS before load MB",
        "peak RSS MB",
      ],
      [
        row("first (YAML parsed, snapshot and index written)", c.cold),
        row("next (snapshot and compiled index read)", c.warm),
      ],
    ),
  ].join("\n");
}

export function formatReload(rows: ReloadRow[]): string {
  return [
    "## Content reload",
    "",
    table(
      [
        "content",
        "entries",
        "read + validate ms",
        "index ms",
        "reload ms (median)",
        "reload p95 ms",
        "event loop blocked ms",
        "save → served ms (watch)",
        "runs",
      ],
      rows.map((r) => [
        r.content,
        r.entries,
        r.loadMs,
        r.indexMs,
        r.reloadMs,
        r.reloadP95Ms,
        r.loopBlockedMs,
        r.saveToServedMs,
        r.runs,
      ]),
    ),
    "",
    `Reload = LiveContent.reload after a one-title edit: read and validate the whole folder, build the index, fingerprint, swap. "Save → served" includes the ${rows[0]?.debounceMs ?? 250} ms debounce.`,
  ].join("\n");
}
