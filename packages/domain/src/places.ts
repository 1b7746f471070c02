// Places: the 290 municipalities, the 21 counties and the whole country, and how they nest.
// Pages, the content layout (a folder per county), search and the forms all ask here.
import { counties, type County, municipalities, type Municipality, wholeCountry } from "@kunskapsbanken/content-schema/vocabularies";

export { wholeCountry };

const municipalityById = new Map(municipalities.map((m) => [m.id, m]));
const countyById = new Map(counties.map((c) => [c.id, c]));

export const municipalityOf = (id: string): Municipality | undefined => municipalityById.get(id);
export const countyOf = (id: string): County | undefined => countyById.get(id);

/** The county a place lies in: a municipality's county, a county itself; none for the whole country or an unknown id. */
export function countyOfPlace(id: string): County | undefined {
  return countyById.get(id) ?? countyById.get(municipalityById.get(id)?.county ?? "");
}

/** The municipalities of a county, in the vocabulary's order. */
export const municipalitiesIn = (countyId: string): Municipality[] => municipalities.filter((m) => m.county === countyId);

/** Every county a practice's places touch, in the order the places are given. */
export function countiesOfPlaces(places: readonly string[]): County[] {
  const found = new Map<string, County>();
  for (const place of places) {
    const county = countyOfPlace(place);
    if (county) found.set(county.id, county);
  }
  return [...found.values()];
}

/**
 * The folder under practices/ that a practice's file belongs in: the county of its first
 * place, or `sverige` for a national programme. That county's people review the folder.
 */
export function practiceFolderOf(places: readonly string[]): string {
  const first = places[0] ?? "";
  return first === wholeCountry.id ? wholeCountry.id : (countyOfPlace(first)?.id ?? wholeCountry.id);
}
