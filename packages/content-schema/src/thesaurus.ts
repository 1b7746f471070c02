// The search thesaurus: groups of words that mean the same thing to a reader – everyday
// words, officialese, older terms and common English words for the field. It is data
// (../data/thesaurus.json) so that editors add a group in a pull request, reviewed like
// the vocabularies; the search expands a typed word with the other words of its group.
import { z } from "zod";
import { ID_PATTERN } from "./ids.js";
import thesaurusData from "../data/thesaurus.json" with { type: "json" };
import { idsOf, targetGroups, topics } from "./vocabularies.js";

/** Folded form used to compare terms: lower case, å ä ö é … as a o e, hyphens as spaces. */
export function thesaurusKey(term: string): string {
  return term
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^\p{L}\p{N}§]+/gu, " ")
    .trim();
}

const term = z
  .string()
  .regex(/^[\p{Ll}\p{N}§][\p{Ll}\p{N}§ -]*$/u, {
    error: 'ska skrivas med små bokstäver (ord eller fras), t.ex. "språkvän" eller "language buddy"',
  })
  .max(60);

export const thesaurusGroupSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, { error: "får bara innehålla a–z, siffror och bindestreck" }),
  terms: z
    .array(term)
    .min(2, { error: "en grupp behöver minst två ord som betyder samma sak" })
    .refine((terms) => new Set(terms.map(thesaurusKey)).size === terms.length, { error: "samma ord står två gånger i gruppen" }),
  /** Topics a reader who types one of the words may want to browse. */
  topics: z.array(z.enum(idsOf(topics))).optional(),
  /** Target groups a reader who types one of the words may want to browse. */
  targetGroups: z.array(z.enum(idsOf(targetGroups))).optional(),
});

export const thesaurusSchema = z.array(thesaurusGroupSchema).superRefine((groups, context) => {
  const owner = new Map<string, string>();
  groups.forEach((group, g) => {
    if (groups.findIndex((other) => other.id === group.id) !== g) {
      context.addIssue({ code: "custom", path: [g, "id"], message: `id "${group.id}" används av en annan grupp` });
    }
    group.terms.forEach((word, t) => {
      const key = thesaurusKey(word);
      const first = owner.get(key);
      if (first !== undefined && first !== group.id) {
        context.addIssue({
          code: "custom",
          path: [g, "terms", t],
          message: `"${word}" står redan i gruppen "${first}"; ett ord får bara stå i en grupp`,
        });
      } else owner.set(key, group.id);
    });
  });
});

export type ThesaurusGroup = z.output<typeof thesaurusGroupSchema>;

/** The thesaurus, validated when the package loads: a broken data file fails every build and test. */
export const thesaurus: readonly ThesaurusGroup[] = thesaurusSchema.parse(thesaurusData);
