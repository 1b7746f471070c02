// Building blocks shared by the practice and the municipality-profile schemas.
import { z } from "zod";
import { idsOf, places, sourceDocuments } from "./vocabularies.js";

/** Ids become file names and addresses; this keeps every derived name well within file-system limits. */
export const MAX_ID_LENGTH = 80;

/** A stable, URL-safe id: lowercase a–z, digits and single hyphens. */
export const slug = z
  .string()
  .max(MAX_ID_LENGTH, { error: `får vara högst ${MAX_ID_LENGTH} tecken. Korta id:t (och filnamnet)` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "får bara innehålla små bokstäver a–z utan å, ä, ö, siffror och bindestreck, t.ex. flen-sprakvanner",
  });

export const year = z.int().min(1990).max(2100);

/** A calendar date written as YYYY-MM-DD that really exists. */
export const isoDate = z.string().refine(isRealDate, {
  error: "ska vara ett datum skrivet som ÅÅÅÅ-MM-DD, t.ex. 2017-09-12",
});

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const placeId = z.enum(idsOf(places));

export const nonEmptyText = (minimum = 2) => z.string().trim().min(minimum);

/** Where in a source document the facts come from. */
export const source = z.strictObject({
  document: z.enum(idsOf(sourceDocuments)),
  section: nonEmptyText(3).meta({ description: 'Avsnitt i dokumentet, t.ex. "Bilaga 2, Flens kommun".' }),
  page: z.int().positive().optional(),
});

/** A figure the site can draw: a label, a number and an optional unit and year. */
export const figure = z.strictObject({
  label: nonEmptyText(),
  value: z.number(),
  unit: z.string().optional(),
  year: year.optional(),
});

/**
 * Two capitalised words in a row ("Anna Svensson") look like a person's name.
 * Roles in Swedish are written in lower case ("integrationsstrateg"), so this
 * rarely stops a real role.
 */
const looksLikePersonalName = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

export const contact = z.strictObject({
  role: nonEmptyText(3).refine((role) => !looksLikePersonalName.test(role), {
    error: "ser ut som ett personnamn. Skriv en roll i stället, t.ex. integrationsstrateg",
  }),
  organisation: nonEmptyText(3),
});

export const period = z
  .strictObject({ start: year, end: year.optional() })
  .refine((p) => p.end === undefined || p.end >= p.start, {
    error: "slutåret kan inte ligga före startåret",
    path: ["end"],
  });
