// Which practices lie in a place: a municipality's own and shared practices, and a
// county's, whose places are its municipalities or the county itself. The county of a
// place is the domain's rule (`countiesOfPlaces`), the same the site's county pages use.
import { countiesOfPlaces } from "@kunskapsbanken/domain";
import { fileUnder } from "./multimap.js";
import type { PlaceRef } from "./query-places.js";
import type { SearchDocument } from "./types.js";

export interface PlaceMember {
  n: number;
  /** The practice is the place's alone: its only place is the municipality, or all its places lie in the county. */
  own: boolean;
}

/** The counties a practice's places lie in, by id. Cached per list of places: the same few lists recur. */
const countyCache = new Map<string, string[]>();

export function countiesOf(doc: Pick<SearchDocument, "municipalities">): readonly string[] {
  const key = doc.municipalities.join(",");
  let ids = countyCache.get(key);
  if (!ids) {
    ids = countiesOfPlaces(doc.municipalities).map((county) => county.id);
    countyCache.set(key, ids);
  }
  return ids;
}

/** Members by `filter:id`, built in one pass over the stored practices. */
export function placeMembersOf(docs: Iterable<{ n: number; doc: Pick<SearchDocument, "municipalities"> }>): Map<string, PlaceMember[]> {
  const members = new Map<string, PlaceMember[]>();
  const add = (key: string, member: PlaceMember) => fileUnder(members, key, member);
  for (const { n, doc } of docs) {
    for (const id of new Set(doc.municipalities)) add(`municipality:${id}`, { n, own: doc.municipalities.length === 1 });
    const counties = countiesOf(doc);
    // A practice of places in two counties, or of a county and the whole country, is shared.
    const inOneCounty = counties.length === 1 && doc.municipalities.every((id) => countiesOf({ municipalities: [id] })[0] === counties[0]);
    for (const id of counties) add(`county:${id}`, { n, own: inOneCounty });
  }
  return members;
}

export const placeKey = (place: Pick<PlaceRef, "filter" | "id">) => `${place.filter}:${place.id}`;
