// The places the form on /bidra offers: the 290 municipalities, the 21 counties and the
// whole country, found as the contributor types, and named the way the form and the facts
// panel show them. Which places exist, their names and how they nest are the domain's.
import { fold } from "@kunskapsbanken/content-schema/text";
import { countyOf, countyOfPlace, findPlace, municipalityOf, type Place, placesStartingWith, wholeCountry } from "@kunskapsbanken/domain";
import { places } from "@kunskapsbanken/content-schema";

/** How many places the list under the search box shows at most. */
const PLACE_LIMIT = 12;

/** "Malmö – Skåne län", "Skåne län (hela länet)", "Hela Sverige": a place as the list shows it. */
export function placeOptionLabel(place: Place): string {
  if (place.kind === "kommun") {
    const county = countyOfPlace(place.id);
    return county ? `${place.name} – ${county.name}` : place.name;
  }
  return place.kind === "län" ? `${place.name} (hela länet)` : place.name;
}

/** The place with an id, as the vocabulary names it; undefined for an id that is not a place. */
export const placeById = (id: string): Place | undefined => places.find((place) => place.id === id);

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count one, so "mamlo" is one step from "malmo".
 */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many typing mistakes a search of this many letters may hold and still find a place. */
const allowedMistakes = (letters: number) => (letters < 4 ? 0 : letters < 8 ? 1 : 2);

/**
 * Places for a typed text, best first: the domain's names that begin with it (folded, so
 * "malmo" finds Malmö); when none does, names within a typing mistake or two ("Mamlö").
 */
export function searchPlaces(text: string, limit = PLACE_LIMIT): Place[] {
  const found = placesStartingWith(text, limit);
  if (found.length > 0) return found;
  const wanted = fold(text.trim());
  const mistakes = allowedMistakes(wanted.length);
  if (mistakes === 0) return [];
  return places
    .map((place) => {
      const name = fold(place.name);
      // The whole name, or its beginning as long as what was typed.
      const distance = Math.min(editDistance(wanted, name), editDistance(wanted, name.slice(0, wanted.length)));
      return { place, distance };
    })
    .filter(({ distance }) => distance <= mistakes)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ place }) => place);
}

/** The place an address parameter (`/bidra?kommun=malmo`) names, by id or name; undefined if none. */
export const placeFromParam = (value: string | null): Place | undefined => (value ? findPlace(value) : undefined);

/**
 * The label of the place row in the facts panel: "Kommun" or "Kommuner" for municipalities,
 * "Län" for a county, "Plats" or "Platser" for the whole country or a mix of kinds.
 */
export function placesRowLabel(ids: readonly string[]): string {
  const kinds = new Set(
    ids.map((id) => (municipalityOf(id) ? "kommun" : countyOf(id) ? "län" : id === wholeCountry.id ? "land" : "okänd")),
  );
  const several = ids.length > 1;
  if (kinds.size === 1 && kinds.has("kommun")) return several ? "Kommuner" : "Kommun";
  if (kinds.size === 1 && kinds.has("län")) return "Län";
  return several ? "Platser" : "Plats";
}
