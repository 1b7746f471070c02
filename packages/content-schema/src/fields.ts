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

/**
 * When a practice ran. A source often describes something without saying when it began;
 * then `start` is the year it is known to have existed by and `startAtLatest` says so, so
 * that no page presents a guessed start year as fact.
 */
export const period = z
  .strictObject({
    start: year.meta({ description: "Startåret. Anger källan inget startår: året då verksamheten senast fanns, med startAtLatest: true." }),
    startAtLatest: z.boolean().optional().meta({
      description:
        'true när källan inte anger startåret, bara att verksamheten fanns senast det året (visas som "Startår okänt, fanns senast 2017").',
    }),
    end: year.optional(),
  })
  .refine((p) => p.end === undefined || p.end >= p.start, {
    error: "slutåret kan inte ligga före startåret",
    path: ["end"],
  });

/** How many everyday words a practice may list: enough for the common names, few enough to read at a glance. */
const MAX_SOKORD = 15;

/** Marks of Markdown, HTML or a link: a word a reader types is plain text. */
const MARKUP = /[<>[\]*_`#|\\{}]|https?:\/\/|www\./iu;

/** One everyday word or short phrase, e.g. "läxhjälp" or "pengar från staten". */
const everydayWord = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .superRefine((word, context) => {
    // The page lists the words with commas between, and the form on /bidra splits at commas.
    if (word.includes(",")) {
      context.addIssue({
        code: "custom",
        message: "får inte innehålla kommatecken: skriv varje ord eller fras som ett eget värde i listan",
        input: word,
      });
      return;
    }
    const mark = MARKUP.exec(word);
    if (mark) {
      context.addIssue({
        code: "custom",
        message: `ska vara vanlig text utan Markdown, HTML eller länkar (tecknet "${mark[0]}"): skriv bara ordet, t.ex. läxhjälp`,
        input: word,
      });
    }
  });

/**
 * The everyday words and phrases readers use for what a practice calls something else
 * ("läxhjälp" for "studiestöd", "hyresvärd" for "fastighetsägare"), shown on its page as
 * "Kallas också" and found by search. Words for one practice; general Swedish synonyms
 * belong in the thesaurus.
 */
export const sokord = z
  .array(everydayWord)
  .max(MAX_SOKORD)
  .superRefine((words, context) => {
    const seen = new Map<string, string>();
    words.forEach((word, index) => {
      const key = word.toLocaleLowerCase("sv-SE");
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, word);
      else
        context.addIssue({
          code: "custom",
          message: `"${word}" står redan i listan${earlier === word ? "" : ` (som "${earlier}")`}: skriv varje ord en gång`,
          path: [index],
          input: word,
        });
    });
  })
  .meta({
    description:
      'Vardagsord och korta fraser som läsare använder för samma sak, t.ex. läxhjälp, fika, hyresvärd. 2–60 tecken vardera, högst 15, vanlig text. Visas som "Kallas också" och hittas av sökningen.',
  });
