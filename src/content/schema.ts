import { z } from "zod";
import { AREA_IDS, SOURCE_SECTIONS } from "./areas.ts";

/** Limits chosen so that any valid entry renders inside Discord's limits without truncation. */
export const LIMITS = {
  idMax: 64,
  titleMax: 100,
  summaryMin: 20,
  summaryMax: 400,
  aliasesMax: 40,
  aliasMax: 100,
  keywordsMax: 80,
  keywordMax: 60,
  relatedMax: 8,
  quotesMax: 5,
  quoteMax: 600,
  pointsMax: 6,
  pointMax: 300,
  bodyMax: 1500,
  examplesMax: 2000,
  exampleMax: 300,
} as const;

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? "must not be empty" : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

const uniqueList = (item: z.ZodString, max: number) =>
  z
    .array(item)
    .max(max, `must have at most ${max} items`)
    .refine(
      (list) => new Set(list.map((s) => s.toLowerCase())).size === list.length,
      "has the same item twice",
    );

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const frontMatterSchema = z
  .object({
    id: z
      .string()
      .min(2, "must be at least 2 characters")
      .max(LIMITS.idMax, `must be at most ${LIMITS.idMax} characters`)
      .regex(ID_PATTERN, "must be lowercase kebab-case, like 'joint-military-exercises'"),
    title: text(1, LIMITS.titleMax),
    area: z.enum(AREA_IDS, { error: `must be one of: ${AREA_IDS.join(", ")}` }),
    kind: z.enum(["area", "topic"], { error: "must be 'area' or 'topic'" }),
    summary: text(LIMITS.summaryMin, LIMITS.summaryMax),
    aliases: uniqueList(text(1, LIMITS.aliasMax), LIMITS.aliasesMax).default([]),
    keywords: uniqueList(text(1, LIMITS.keywordMax), LIMITS.keywordsMax).min(
      1,
      "must list at least one keyword",
    ),
    related: uniqueList(text(1, LIMITS.idMax), LIMITS.relatedMax).default([]),
    // Questions people ask that this entry answers, for the question classifier (src/intent); never shown.
    // Repeats are reported with their lines by the writing checks, not here.
    examples: z
      .array(text(1, LIMITS.exampleMax))
      .max(LIMITS.examplesMax, `must have at most ${LIMITS.examplesMax} items`)
      .default([]),
    source: z.strictObject({
      section: z.enum(SOURCE_SECTIONS, {
        error: `must be one of the source's headings: ${SOURCE_SECTIONS.map((s) => `"${s}"`).join(", ")}`,
      }),
      quotes: z
        .array(text(1, LIMITS.quoteMax))
        .min(1, "must quote the source at least once, so a reader can check the entry")
        .max(LIMITS.quotesMax, `must have at most ${LIMITS.quotesMax} quotes`),
    }),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
