// Building blocks shared by the practice and the municipality-profile schemas.
import { z } from "zod";
import { isIsoDate, isIsoMonthOrDate } from "./dates.js";
import { ID_PATTERN, MAX_ID_LENGTH } from "./ids.js";
import { idsOf, places, sourceDocuments } from "./vocabularies.js";

/** A stable, URL-safe id: lowercase a–z, digits and single hyphens. */
export const slug = z.string().max(MAX_ID_LENGTH).regex(ID_PATTERN, {
  error: "får bara innehålla små bokstäver a–z utan å, ä, ö, siffror och bindestreck, t.ex. flen-sprakvanner",
});

const year = z.int().min(1990).max(2100);

/** A calendar date written as YYYY-MM-DD that really exists. */
export const isoDate = z.string().refine(isIsoDate, {
  error: "ska vara ett datum skrivet som ÅÅÅÅ-MM-DD, t.ex. 2017-09-12",
});

/** A month (YYYY-MM) or a day (YYYY-MM-DD): how precisely a source dates its facts. */
const isoMonthOrDate = z.string().refine(isIsoMonthOrDate, {
  error: "ska vara en månad (ÅÅÅÅ-MM, t.ex. 2017-09) eller ett datum (ÅÅÅÅ-MM-DD, t.ex. 2017-09-12)",
});

export const placeId = z.enum(idsOf(places));

export const nonEmptyText = (minimum = 2) => z.string().trim().min(minimum);

/** Where in a known source document (data/documents.json) the facts come from. */
const documentSource = z.strictObject({
  document: z.enum(idsOf(sourceDocuments)),
  section: nonEmptyText(3).meta({ description: 'Avsnitt i dokumentet, t.ex. "Bilaga 2, Flens kommun".' }),
  page: z.int().positive().optional(),
});

/**
 * A source written in the practice itself, e.g. a municipality's own report or web page,
 * so that citing it does not need a change to the list of known documents.
 */
const ownSource = z.strictObject({
  title: nonEmptyText(3).meta({ description: "Dokumentets eller webbsidans titel." }),
  url: z.url({ protocol: /^https$/ }).meta({ description: "Webbadress som börjar med https://." }),
  year,
  section: nonEmptyText(3).optional().meta({ description: "Avsnitt, om uppgifterna finns på ett visst ställe." }),
});

/** A known document by id, or an own source with title, address and year. */
export const source = z.union([documentSource, ownSource]);

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

/** A role in an organisation, never a person's name. */
const role = nonEmptyText(3).refine((text) => !looksLikePersonalName.test(text), {
  error: "ser ut som ett personnamn. Skriv en roll i stället, t.ex. integrationsstrateg",
});

export const contact = z.strictObject({
  role,
  organisation: nonEmptyText(3),
});

/** When the facts were true: the date or month they describe, e.g. the day of the county's visit. */
export const asOf = isoMonthOrDate.meta({
  description: "Datum eller månad som uppgifterna gäller, t.ex. dagen för länsstyrelsens besök (2017-09-06) eller 2017-09.",
});

/** Who, by role and organisation, last confirmed that the text is still right, and when. */
export const confirmation = z
  .strictObject({
    date: isoDate.meta({ description: "Dagen då organisationen bekräftade texten, ÅÅÅÅ-MM-DD." }),
    role: role.meta({ description: "Rollen hos den som bekräftade, t.ex. integrationsstrateg (aldrig ett namn)." }),
    organisation: nonEmptyText(3).meta({ description: "Organisationen som driver verksamheten, t.ex. Flens kommun." }),
  })
  .meta({ description: "Fylls i först när organisationen som driver verksamheten har bekräftat texten." });

export const period = z.strictObject({ start: year, end: year.optional() }).refine((p) => p.end === undefined || p.end >= p.start, {
  error: "slutåret kan inte ligga före startåret",
  path: ["end"],
});
