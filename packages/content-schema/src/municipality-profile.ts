import { z } from "zod";
import { isYearText } from "./dates.js";
import { answerLabels, type Answer } from "./text.js";
import { asOf, confirmation, figure, isoDate, nonEmptyText, placeId, source } from "./fields.js";

const count = z.int().min(0);

/** Kommuntal per year, e.g. `{ "2017": 36, "2018": 17 }`. */
const quotaByYear = z.record(z.string().refine(isYearText, { error: "nyckeln ska vara ett årtal, t.ex. 2018" }), count);

/** One of the Migration Agency's overviews of assignments against the year's quota. */
const assignmentOverview = z.strictObject({
  date: isoDate,
  quota: count.meta({ description: "Kommuntal (tal)" }),
  assigned: count.meta({ description: "Anvisade totalt, inklusive avbrutna" }),
  counted: count.meta({ description: "Varav avräknade" }),
  remaining: count.meta({ description: "Kvar att avräkna" }),
});

const yesNo = z.enum(Object.keys(answerLabels) as [Answer, ...Answer[]]);

/** The frontmatter of a municipality's or the county's profile: `content/municipalities/ID.md`. */
export const profileSchema = z.strictObject({
  id: placeId.meta({ description: "Kommunens eller länets id, samma som filnamnet." }),
  title: nonEmptyText(3),
  summary: nonEmptyText(20).max(500),
  quota: quotaByYear.meta({ description: "Kommuntal enligt bosättningslagen, per år." }),
  nationalQuota: quotaByYear.optional().meta({ description: "Rikets tal, för länets profil." }),
  assignments: z.array(assignmentOverview).default([]),
  figures: z.array(figure).default([]),
  visit: z
    .strictObject({ date: isoDate, durationHours: z.number().positive().max(12) })
    .optional()
    .meta({ description: "Länsstyrelsens kommunbesök: datum och längd i timmar." }),
  integrationStrategy: z.strictObject({ answer: yesNo, note: z.string().optional(), url: z.url().optional() }).optional(),
  keepsYouthsTurning18: z
    .strictObject({ answer: yesNo, note: z.string().optional() })
    .optional()
    .meta({ description: "Behåller ensamkommande som fyller 18 år eller skrivs upp i ålder under asylprocessen." }),
  successFactors: z.array(nonEmptyText()).default([]),
  challenges: z.array(nonEmptyText()).default([]),
  sources: z.array(source).min(1),
  asOf,
  confirmed: confirmation.optional(),
});

export type MunicipalityProfile = z.output<typeof profileSchema>;
