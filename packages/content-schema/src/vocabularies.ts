// Controlled vocabularies live as JSON in ../data so that adding a municipality,
// a topic or a funding kind is a data change, not a code change.
import municipalitiesData from "../data/municipalities.json" with { type: "json" };
import countiesData from "../data/counties.json" with { type: "json" };
import topicsData from "../data/topics.json" with { type: "json" };
import targetGroupsData from "../data/target-groups.json" with { type: "json" };
import fundingData from "../data/funding.json" with { type: "json" };
import statusesData from "../data/statuses.json" with { type: "json" };
import documentsData from "../data/documents.json" with { type: "json" };
import organiserTypesData from "../data/organiser-types.json" with { type: "json" };

export interface Municipality {
  id: string;
  name: string;
  /** Other names people use for the municipality, e.g. "Gothenburg"; found by search. */
  aliases?: string[];
  /** SCB kommunkod, four digits. */
  scbCode: string;
  /** Id of the county the municipality belongs to. */
  county: string;
  /** A point inside the municipality (WGS84), for maps and "near" questions. */
  centroid: { lat: number; lon: number };
}

export interface County {
  id: string;
  name: string;
  /** SCB länskod, two digits. */
  code: string;
  /** Länsbokstav, the county's letter(s), e.g. "D" or "AC". */
  letter: string;
  /** The County Administrative Board, e.g. "Länsstyrelsen i Skåne län". */
  authority: string;
  /** Other names people use for the county, e.g. "Sörmland"; found by search. */
  aliases?: string[];
}

export interface Term {
  id: string;
  /** Swedish label shown to readers. */
  label: string;
  description?: string;
}

export interface SourceDocument {
  id: string;
  title: string;
  publisher: string;
  year: number;
}

export const municipalities: readonly Municipality[] = municipalitiesData;
export const counties: readonly County[] = countiesData;
export const topics: readonly Term[] = topicsData;
export const targetGroups: readonly Term[] = targetGroupsData;
export const fundingKinds: readonly Term[] = fundingData;
/** A status; `ended` marks the one that means the work has stopped, so an end year is asked for. */
export interface Status extends Term {
  ended?: boolean;
}

export const statuses: readonly Status[] = statusesData;

/** True for a status that means the work has ended ("avslutad"). */
export const statusHasEnded = (id: string) => statuses.some((status) => status.id === id && status.ended === true);
export const sourceDocuments: readonly SourceDocument[] = documentsData;

/** A place a practice can belong to: a municipality, a whole county, or the whole country (national programmes). */
export interface Place {
  id: string;
  name: string;
  kind: "kommun" | "län" | "land";
}

/** The place of a national programme, run in or for every county. */
export const wholeCountry: Place = { id: "sverige", name: "Hela Sverige", kind: "land" };

export const places: readonly Place[] = [
  ...municipalities.map((m): Place => ({ id: m.id, name: m.name, kind: "kommun" })),
  ...counties.map((c): Place => ({ id: c.id, name: c.name, kind: "län" })),
  wholeCountry,
];

/** Who runs a practice: the kinds of organisation, for the `organiserType` field. */
export const organiserTypes: readonly Term[] = organiserTypesData;

/** Every vocabulary a filter or a field can refer to, by the name used in the schema. */
export const vocabularies = {
  municipalities: places.map((p) => ({ id: p.id, label: p.name })),
  topics,
  targetGroups,
  funding: fundingKinds,
  status: statuses,
  organiserType: organiserTypes,
} as const satisfies Record<string, readonly { id: string; label: string }[]>;

export type VocabularyName = keyof typeof vocabularies;

/** The Swedish label of an id in a vocabulary, or the id itself if unknown. */
export function labelOf(vocabulary: VocabularyName, id: string): string {
  return vocabularies[vocabulary].find((term) => term.id === id)?.label ?? id;
}

export function idsOf(list: readonly { id: string }[]): [string, ...string[]] {
  const ids = list.map((item) => item.id);
  if (ids.length === 0) throw new Error("A vocabulary must have at least one entry");
  return ids as [string, ...string[]];
}
