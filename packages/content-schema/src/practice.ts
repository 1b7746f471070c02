import { z } from "zod";
import { asOf, confirmation, contact, figure, nonEmptyText, period, placeId, slug, source } from "./fields.js";
import { fundingKinds, idsOf, statuses, targetGroups, topics } from "./vocabularies.js";

/** Common abbreviations whose full stop does not end a sentence. */
const abbreviations = /\b(?:t\.ex|bl\.a|m\.m|d\.v\.s|dvs|s\.k|ca|resp|jfr|o\.s\.v|osv|kap|nr)\./giu;

function sentenceCount(text: string): number {
  const plain = text.replace(abbreviations, "");
  return plain.split(/[.!?]+(?:\s+|$)/u).filter((part) => part.trim().length > 0).length;
}

const unique = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).refine((list) => new Set(list).size === list.length, { error: "samma värde står två gånger" });

/** The frontmatter of one good practice: `content/practices/ID.md`. */
export const practiceSchema = z.strictObject({
  id: slug.meta({ description: "Stabil id, samma som filnamnet utan .md. Används i länkar." }),
  title: nonEmptyText(5).max(120).meta({ description: "Rubrik, högst 120 tecken." }),
  summary: nonEmptyText(20)
    .max(400)
    .refine((text) => sentenceCount(text) <= 2, { error: "ska vara en eller två meningar" })
    .meta({ description: "En eller två meningar om vad exemplet är och vad det ger." }),
  municipalities: unique(placeId).min(1).meta({ description: "Kommuner (eller länet) som exemplet gäller." }),
  topics: unique(z.enum(idsOf(topics))).min(1),
  targetGroups: unique(z.enum(idsOf(targetGroups))).min(1),
  status: z.enum(idsOf(statuses)),
  period,
  funding: unique(z.enum(idsOf(fundingKinds))).min(1),
  partners: z.array(nonEmptyText()).default([]),
  contact,
  sources: z.array(source).min(1),
  asOf,
  confirmed: confirmation.optional(),
  related: unique(slug).default([]),
  figures: z.array(figure).default([]),
});

export type Practice = z.output<typeof practiceSchema>;
export type PracticeInput = z.input<typeof practiceSchema>;
