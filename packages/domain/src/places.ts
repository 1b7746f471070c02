// Places: the 290 municipalities, the 21 counties and the whole country, and how they nest.
// Pages, the content layout (a folder per county), search and the forms all ask here.
import { fold } from "@kunskapsbanken/content-schema/text";
import {
  counties,
  type County,
  municipalities,
  type Municipality,
  type Place,
  places,
  wholeCountry,
} from "@kunskapsbanken/content-schema/vocabularies";

export { type Place, wholeCountry };

const municipalityById = new Map(municipalities.map((m) => [m.id, m]));
const countyById = new Map(counties.map((c) => [c.id, c]));

export const municipalityOf = (id: string): Municipality | undefined => municipalityById.get(id);
export const countyOf = (id: string): County | undefined => countyById.get(id);

/** The county a place lies in: a municipality's county, a county itself; none for the whole country or an unknown id. */
export function countyOfPlace(id: string): County | undefined {
  // Stryker disable next-line StringLiteral: equivalent, no county has the stand-in id either way
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
  // The whole country lies in no county, so it falls through to its own folder like a national programme.
  // Stryker disable next-line StringLiteral: equivalent, no place has the stand-in id either way
  return countyOfPlace(places[0] ?? "")?.id ?? wholeCountry.id;
}

/** Every place a practice can name, with the words it is known by: its id, its name and its other names, folded. */
const placeWords = places.map((place) => {
  const aliases = municipalityById.get(place.id)?.aliases ?? countyById.get(place.id)?.aliases ?? [];
  return { place, words: [place.id, fold(place.name), ...aliases.map(fold)] };
});

/** The place a typed name or id means: `Malmö`, `malmo`, `Gothenburg`, `Skåne län`, `sverige`. */
export function findPlace(text: string): Place | undefined {
  const wanted = fold(text.trim());
  // No place is known by an empty word, so an empty text finds none.
  return placeWords.find(({ words }) => words.includes(wanted))?.place;
}

/**
 * Places whose name (or other name) begins like the typed text, municipalities before
 * counties, for type-ahead in the forms: `upp` → Upplands Väsby, Upplands-Bro, Uppsala …
 */
export function placesStartingWith(text: string, limit = 10): Place[] {
  const wanted = fold(text.trim());
  if (!wanted) return [];
  const starts = placeWords.filter(({ words }) => words.some((word) => word.startsWith(wanted))).map(({ place }) => place);
  const exact = findPlace(text);
  const ordered = exact ? [exact, ...starts.filter((place) => place !== exact)] : starts;
  return ordered.slice(0, limit);
}
