import type { Report } from "../store/report.ts";

const DAY_MS = 86_400_000;

/** `--since 7d` / `12h` / `2w` / `2026-11-01` → milliseconds since the epoch; null when unreadable. */
export function parseSince(value: string, now: number): number | null {
  const relative = /^(\d{1,5})([hdw])$/i.exec(value.trim());
  if (relative) {
    const n = Number(relative[1]);
    const unit =
      relative[2]!.toLowerCase() === "h"
        ? 3_600_000
        : relative[2]!.toLowerCase() === "d"
          ? DAY_MS
          : 7 * DAY_MS;
    return n > 0 ? now - n * unit : null;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
    const t = Date.parse(`${value.trim()}T00:00:00Z`);
    return Number.isFinite(t) && t < now ? t : null;
  }
  return null;
}

/** The report for a terminal: short sections, aligned columns, nothing wider than it needs. */
export function formatReport(report: Report): string {
  const out: string[] = [];
  const { totals } = report;
  out.push(`Safir report: ${report.since.slice(0, 10)} to ${report.until.slice(0, 10)}`);
  out.push(
    `Questions: ${totals.questions} (${totals.answered} answered, ${totals.low} low-confidence, ${totals.unanswered} unanswered). ` +
      `Votes: ${totals.votes} (${totals.helpful} helpful, ${totals.notHelpful} not helpful). Interactions: ${totals.interactions}.`,
  );

  out.push("", "Most frequent unanswered questions (similar wordings grouped)");
  if (report.unanswered.length === 0) out.push("  none");
  for (const g of report.unanswered.slice(0, 25)) {
    const kinds = g.low > 0 ? ` (${g.unanswered} unanswered, ${g.low} low-confidence)` : "";
    out.push(`  ${String(g.count).padStart(4)}×  ${clip(g.question, 80)}${kinds}`);
    if (g.wordings.length > 0)
      out.push(`         also: ${g.wordings.map((w) => `"${clip(w, 40)}"`).join(", ")}`);
    if (g.candidates.length > 0)
      out.push(
        `         search considered: ${g.candidates.map((c) => `${c.entry} ${c.score.toFixed(2)}`).join(", ")}`,
      );
  }

  out.push("", "Entries by helpfulness");
  if (report.feedback.length === 0) out.push("  no votes");
  else {
    const width = Math.max(5, ...report.feedback.map((f) => f.entry.length));
    out.push(`  ${"entry".padEnd(width)}  helpful  not helpful  ratio`);
    for (const f of report.feedback)
      out.push(
        `  ${f.entry.padEnd(width)}  ${String(f.helpful).padStart(7)}  ${String(f.notHelpful).padStart(11)}  ${`${Math.round(f.ratio * 100)}%`.padStart(5)}`,
      );
  }

  if (report.comments.length > 0) {
    out.push("", "What members were looking for (from 👎)");
    for (const c of report.comments.slice(0, 20))
      out.push(
        `  ${c.day}  ${c.entry}: "${clip(c.comment, 100)}"${c.question ? ` (asked: "${clip(c.question, 60)}")` : ""}`,
      );
  }

  out.push("", "Volume per day");
  const commands = [...new Set(report.volume.map((v) => v.command))].sort();
  if (commands.length === 0) out.push("  no interactions");
  else {
    const days = [...new Set(report.volume.map((v) => v.day))].sort();
    const cell = (day: string, command: string) =>
      report.volume.find((v) => v.day === day && v.command === command)?.count ?? 0;
    const widths = commands.map((c) => Math.max(c.length, 5));
    out.push(`  ${"day".padEnd(10)}  ${commands.map((c, i) => c.padStart(widths[i]!)).join("  ")}  total`);
    for (const day of days) {
      const counts = commands.map((c) => cell(day, c));
      out.push(
        `  ${day}  ${counts.map((n, i) => String(n).padStart(widths[i]!)).join("  ")}  ${String(counts.reduce((a, b) => a + b, 0)).padStart(5)}`,
      );
    }
    out.push("", "Volume per command");
    const perCommand = commands
      .map((c) => ({ c, n: report.volume.filter((v) => v.command === c).reduce((a, v) => a + v.count, 0) }))
      .sort((a, b) => b.n - a.n);
    out.push(`  ${perCommand.map(({ c, n }) => `${c} ${n}`).join(", ")}`);
  }
  return `${out.join("\n")}\n`;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
