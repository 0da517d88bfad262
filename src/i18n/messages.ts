import type { AreaId } from "../content/areas.ts";

/**
 * Everything Safir says around an answer, in one language. The entries themselves stay in English, the
 * source's language; this is the frame around them. Every language implements the whole interface, so a
 * missing string is a compile error (and tests/i18n/catalogue.test.ts checks it at run time too).
 */
export interface Messages {
  // ── An entry ──
  area: string;
  kind: string;
  kindArea: string;
  kindTopic: string;
  fromSource: string;
  topicsInArea: string;
  related: string;
  asked(question: string): string;
  /** "Source: “title” § section"; the document's title stays as the document names itself. */
  source(title: string, section?: string): string;
  /** The one-line note that answers quote the English source; empty in English. */
  englishSourceNote: string;
  andMore(count: number): string;
  areaNames: Record<AreaId, string>;

  // ── No confident answer ──
  noMatchTitle: string;
  noMatchLead(question: string): string;
  noMatchEmpty: string;
  noMatchHelp: string;
  areas: string;
  closest: string;

  // ── /topics ──
  topicsTitle: string;
  topicsDescription(entries: number): string;
  areaSummaryOnly: string;
  topicsPlaceholder: string;

  // ── /about ──
  aboutTitle: string;
  aboutIntro: string;
  aboutSource(title: string): string;
  commandsField: string;
  commandLines: readonly string[];
  knowledgeBase: string;
  knowledgeBaseValue(entries: number, topics: number): string;
  version: string;
  aboutFooter: string;

  // ── Menus, buttons and the "Post in channel" flow ──
  otherMatches: string;
  areaTopicsPlaceholder: string;
  relatedPlaceholder: string;
  suggestedFor(userId: string): string;
  sharedBy(userId: string): string;
  postInChannel: string;
  /** An autocomplete choice for a focus area: "Title (focus area)". */
  focusAreaChoice(title: string): string;

  // ── Notices and errors ──
  askEmpty: string;
  topicEmpty: string;
  gone: string;
  cooldown(seconds: number): string;
  somethingWentWrong(reference: string): string;
  unknownInteraction: string;

  // ── "Answer with Safir" on a message ──
  askedBy(userId: string): string;
  emptyMessage: string;

  // ── Feedback (👍/👎) and privacy ──
  helpful: string;
  notHelpful: string;
  feedbackThanks: string;
  /** The store is down: the vote is queued and lands when it is back. */
  feedbackDelayed: string;
  /** The queue is full: the vote could not be kept. */
  feedbackRefused: string;
  /** Nothing is recorded on this instance (DATABASE_URL=off, or no store). */
  feedbackOff: string;
  /** The 👎 form: title (≤ 45), the question (≤ 45), its hint (≤ 100). */
  whyTitle: string;
  whyLabel: string;
  whyHint: string;
  privacyField: string;
  privacyRecording(retentionDays: number): string;
  privacyOff: string;

  // ── What the source does not cover ──
  /** "The source does not mention Brazil." (and, asked for figures, that it gives none). */
  notMentioned(list: string, figures: boolean): string;
  /** "The source gives no figures on peace treaties." / "The source gives no figures." */
  noFigures(topic?: string): string;
  /** "The source gives no opinion on it." (after what it does not mention, when there is such a line) */
  noOpinion: string;
  /** The word that joins the last two of a list: "Brazil, Chile or Peru". */
  or: string;
}
