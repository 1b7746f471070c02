import { z } from "zod";
import { asOf, confirmation, contact, figure, nonEmptyText, period, placeId, slug, sokord, source } from "./fields.js";
import { fundingKinds, idsOf, organiserTypes, statuses, targetGroups, topics, wholeCountry } from "./vocabularies.js";

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
  sokord: sokord.default([]),
  municipalities: unique(placeId)
    .min(1)
    .refine((places) => !places.includes(wholeCountry.id) || places.length === 1, {
      error: `"${wholeCountry.id}" (hela Sverige) står ensamt: ett nationellt program gäller alla kommuner`,
    })
    .meta({ description: `Kommuner, ett län, eller "${wholeCountry.id}" för ett nationellt program. Den första avgör länets mapp.` }),
  topics: unique(z.enum(idsOf(topics))).min(1),
  targetGroups: unique(z.enum(idsOf(targetGroups))).min(1),
  status: z.enum(idsOf(statuses)),
  period,
  funding: unique(z.enum(idsOf(fundingKinds))).min(1),
  partners: z.array(nonEmptyText()).default([]),
  organiserType: z
    .enum(idsOf(organiserTypes))
    .optional()
    .meta({ description: "Vilken sorts organisation som driver arbetet: kommun, region, länsstyrelse, myndighet, civilsamhälle …" }),
  contact,
  sources: z.array(source).min(1),
  asOf,
  confirmed: confirmation.optional(),
  related: unique(slug).default([]),
  figures: z.array(figure).default([]),
});

export type Practice = z.output<typeof practiceSchema>;
export type PracticeInput = z.input<typeof practiceSchema>;
