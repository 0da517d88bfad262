import type { Kysely } from "kysely";
import { analyze } from "../search/analyze.ts";
import { normalizeText } from "../search/normalize.ts";
import type { Tables } from "./schema.ts";
import type { Candidate } from "./types.ts";

export interface ReportRange {
  /** Milliseconds since the epoch, inclusive. */
  since: number;
  /** Exclusive. */
  until: number;
}

export interface UnansweredGroup {
  /** The wording asked most often in the group. */
  question: string;
  count: number;
  /** Of which: nothing confident enough / answered under RECORD_BELOW_CONFIDENCE. */
  unanswered: number;
  low: number;
  /** Other wordings grouped with it (most frequent first, at most 5). */
  wordings: string[];
  /** What search considered, best score seen per entry, best first. */
  candidates: Candidate[];
  lastAsked: string;
}

export interface EntryFeedback {
  entry: string;
  helpful: number;
  notHelpful: number;
  /** helpful / (helpful + notHelpful), 0..1. */
  ratio: number;
}

export interface Report {
  since: string;
  until: string;
  totals: {
    questions: number;
    answered: number;
    low: number;
    unanswered: number;
    votes: number;
    helpful: number;
    notHelpful: number;
    interactions: number;
  };
  unanswered: UnansweredGroup[];
  feedback: EntryFeedback[];
  /** What 👎 voters said they were looking for, newest first. */
  comments: { entry: string; comment: string; question: string | null; day: string }[];
  volume: { day: string; command: string; count: number }[];
}

const MAX_ROWS = 50_000;

/** The editors' report over [since, until): plain data, printed by `npm run report` as text or JSON. */
export async function readReport(db: Kysely<Tables>, range: ReportRange): Promise<Report> {
  const { since, until } = range;
  const statusCounts = await db
    .selectFrom("questions")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("at", ">=", since)
    .where("at", "<", until)
    .groupBy("status")
    .execute();
  const count = (s: string) => Number(statusCounts.find((r) => r.status === s)?.n ?? 0);

  const missed = await db
    .selectFrom("questions")
    .select(["question", "status", "candidates", "at"])
    .where("at", ">=", since)
    .where("at", "<", until)
    .where("status", "!=", "answered")
    .orderBy("at", "desc")
    .limit(MAX_ROWS)
    .execute();

  const votes = await db
    .selectFrom("votes")
    .select([
      "entry_id",
      (eb) => eb.fn.sum<number>("helpful").as("helpful"),
      (eb) => eb.fn.countAll<number>().as("n"),
    ])
    .where("updated_at", ">=", since)
    .where("updated_at", "<", until)
    .groupBy("entry_id")
    .execute();
  const feedback = votes
    .map((v) => {
      const helpful = Number(v.helpful ?? 0);
      const notHelpful = Number(v.n) - helpful;
      return {
        entry: v.entry_id,
        helpful,
        notHelpful,
        ratio: round(helpful / Math.max(1, helpful + notHelpful)),
      };
    })
    // Most helpful first; among equals, the one with more votes (surer) first.
    .sort(
      (a, b) =>
        b.ratio - a.ratio ||
        b.helpful + b.notHelpful - (a.helpful + a.notHelpful) ||
        a.entry.localeCompare(b.entry),
    );

  const commented = await db
    .selectFrom("votes")
    .select(["entry_id", "comment", "question_ref", "day"])
    .where("updated_at", ">=", since)
    .where("updated_at", "<", until)
    .where("comment", "is not", null)
    .orderBy("updated_at", "desc")
    .limit(200)
    .execute();
  const refs = [...new Set(commented.map((c) => c.question_ref))];
  const texts = new Map<string, string>();
  if (refs.length > 0) {
    const rows = await db
      .selectFrom("questions")
      .select(["question_ref", "question"])
      .where("question_ref", "in", refs)
      .limit(refs.length * 4)
      .execute();
    for (const r of rows) texts.set(r.question_ref, r.question);
  }

  const volume = await db
    .selectFrom("usage")
    .select(["day", "name", (eb) => eb.fn.sum<number>("count").as("n")])
    .where("day", ">=", new Date(since).toISOString().slice(0, 10))
    .where("day", "<=", new Date(until).toISOString().slice(0, 10))
    .groupBy(["day", "name"])
    .orderBy("day")
    .orderBy("name")
    .execute();

  return {
    since: new Date(since).toISOString(),
    until: new Date(until).toISOString(),
    totals: {
      questions: count("answered") + count("low") + count("unanswered"),
      answered: count("answered"),
      low: count("low"),
      unanswered: count("unanswered"),
      votes: feedback.reduce((n, f) => n + f.helpful + f.notHelpful, 0),
      helpful: feedback.reduce((n, f) => n + f.helpful, 0),
      notHelpful: feedback.reduce((n, f) => n + f.notHelpful, 0),
      interactions: volume.reduce((n, v) => n + Number(v.n), 0),
    },
    unanswered: groupQuestions(missed),
    feedback,
    comments: commented.map((c) => ({
      entry: c.entry_id,
      comment: c.comment ?? "",
      question: texts.get(c.question_ref) ?? null,
      day: c.day,
    })),
    volume: volume.map((v) => ({ day: v.day, command: v.name, count: Number(v.n) })),
  };
}

/**
 * Similar wordings together: the same significant words (normalised, stop words dropped, lightly stemmed,
 * in any order) make one group, so "How does it fight terrorism?" and "fighting terrorism" count as one.
 */
export function groupingKey(question: string): string {
  const terms = [...new Set(analyze(question))].sort();
  return terms.length > 0 ? terms.join(" ") : normalizeText(question).replace(/\s+/g, " ").trim();
}

function groupQuestions(
  rows: readonly { question: string; status: string; candidates: string | null; at: number }[],
): UnansweredGroup[] {
  interface Group {
    wordings: Map<string, number>;
    unanswered: number;
    low: number;
    candidates: Map<string, number>;
    last: number;
  }
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const key = groupingKey(row.question);
    let g = groups.get(key);
    if (!g) {
      g = { wordings: new Map(), unanswered: 0, low: 0, candidates: new Map(), last: 0 };
      groups.set(key, g);
    }
    const wording = row.question.trim();
    g.wordings.set(wording, (g.wordings.get(wording) ?? 0) + 1);
    if (row.status === "low") g.low++;
    else g.unanswered++;
    g.last = Math.max(g.last, Number(row.at));
    for (const c of parseCandidates(row.candidates)) {
      g.candidates.set(c.entry, Math.max(g.candidates.get(c.entry) ?? 0, c.score));
    }
  }
  return [...groups.values()]
    .map((g) => {
      const wordings = [...g.wordings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return {
        question: wordings[0]![0],
        count: g.unanswered + g.low,
        unanswered: g.unanswered,
        low: g.low,
        wordings: wordings.slice(1, 6).map(([w]) => w),
        candidates: [...g.candidates.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([entry, score]) => ({ entry, score })),
        lastAsked: new Date(g.last).toISOString(),
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked));
}

function parseCandidates(text: string | null): Candidate[] {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed)
      ? parsed.filter(
          (c): c is Candidate =>
            typeof c === "object" && c !== null && typeof c.entry === "string" && typeof c.score === "number",
        )
      : [];
  } catch {
    return [];
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
