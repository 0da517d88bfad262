/**
 * The six areas of the source document. They are fixed by the document's structure, so they live in code:
 * every content entry must belong to one of them, and each has a colour for its embeds.
 */
export const AREA_IDS = [
  "overview",
  "cooperation-and-alliances",
  "peaceful-coexistence",
  "countering-threats",
  "technological-cooperation",
  "conclusion",
] as const;

export type AreaId = (typeof AREA_IDS)[number];

export interface AreaInfo {
  id: AreaId;
  /** Short display name, also used in lists and select menus. */
  name: string;
  /** Embed colour as a 24-bit integer. */
  color: number;
  emoji: string;
}

export const AREAS: Readonly<Record<AreaId, AreaInfo>> = {
  overview: { id: "overview", name: "Overview", color: 0x2f6f8f, emoji: "🧭" },
  "cooperation-and-alliances": {
    id: "cooperation-and-alliances",
    name: "Cooperation and alliances",
    color: 0x2e8b57,
    emoji: "🤝",
  },
  "peaceful-coexistence": {
    id: "peaceful-coexistence",
    name: "Peaceful coexistence",
    color: 0x3b82c4,
    emoji: "🕊️",
  },
  "countering-threats": {
    id: "countering-threats",
    name: "Countering threats",
    color: 0xb5473a,
    emoji: "🛡️",
  },
  "technological-cooperation": {
    id: "technological-cooperation",
    name: "Technological cooperation",
    color: 0x7b5cc4,
    emoji: "🛰️",
  },
  conclusion: { id: "conclusion", name: "Conclusion", color: 0xc49a2f, emoji: "📜" },
};

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

/**
 * The headings of the source document, as a reader finds them there. An entry's `source.section` must be
 * one of these, so every citation points at a real place in the document.
 */
export const SOURCE_SECTIONS = [
  "Introduction",
  "Overview",
  "Key Focus Areas › Cooperation and Alliances",
  "Key Focus Areas › Peaceful Coexistence",
  "Key Focus Areas › Countering Threats",
  "Key Focus Areas › Technological Cooperation",
  "Conclusion",
] as const;

export type SourceSection = (typeof SOURCE_SECTIONS)[number];

export const SOURCE_TITLE = "Foreign Policy and Security Relations of an Islamic Nation";
