import { z } from "zod";
import { isoDate, nonEmptyText, slug } from "./fields.js";

/** One practice in a collection, in the order it is presented at the meeting. */
const collectionItem = z.strictObject({
  id: slug.meta({ description: "Id för ett gott exempel, samma som filnamnet i content/practices utan .md." }),
  note: nonEmptyText(5).max(300).meta({ description: "En kort anteckning: varför exemplet tas upp på mötet eller vad man kan fråga om." }),
});

/** A gathering of practices for a network meeting, a conference or a study visit: `content/collections/ID.md`. */
export const collectionSchema = z.strictObject({
  id: slug.meta({ description: "Stabil id, samma som filnamnet utan .md. Ger adressen /samling/ID." }),
  title: nonEmptyText(5).max(120).meta({ description: "Rubrik för samlingen, högst 120 tecken." }),
  date: isoDate.meta({ description: "Mötets datum, ÅÅÅÅ-MM-DD." }),
  event: nonEmptyText(3).max(160).meta({ description: 'Mötet eller evenemanget, t.ex. "Länsstyrelsens nätverksmöte om bostäder".' }),
  introduction: nonEmptyText(20).max(800).meta({ description: "En kort inledning: vad samlingen handlar om och för vem." }),
  practices: z
    .array(collectionItem)
    .min(1)
    .refine((items) => new Set(items.map((item) => item.id)).size === items.length, {
      error: "samma exempel står två gånger",
    })
    .meta({ description: "Exemplen i den ordning de tas upp, vart och ett med en kort anteckning." }),
});

export type Collection = z.output<typeof collectionSchema>;
export type CollectionInput = z.input<typeof collectionSchema>;
