// The data behind the place pages: the country (/lan), each county (/lan/ID) and each
// municipality without a profile (/kommun/ID). Which practices belong where is the domain's
// rule (a practice belongs to its places and to the counties they lie in).
import type { Practice } from "@kunskapsbanken/content-schema";
import type { AreaMapData } from "../maps/types";
import type { Loaded } from "./content";
import { dates } from "./packages";
import { cardOf, practicesOf } from "./relations";
import type { CountryData, CountyPageData, MunicipalityPageData, PlaceCount } from "./types";

/** How many practices a municipality page shows from the rest of its county; the rest are a search away. */
const NEIGHBOURS_SHOWN = 12;

const inCounty = (practice: Practice, countyId: string) =>
  dates.countiesOfPlaces(practice.municipalities).some((county) => county.id === countyId);

const sortedCards = (practices: readonly Practice[]) => practices.map(cardOf).sort(dates.byTitle);

export function countryData(loaded: Loaded, map: AreaMapData): CountryData {
  const practices = practicesOf(loaded.content);
  const counties: PlaceCount[] = loaded.schema.counties.map((county) => ({
    id: county.id,
    name: county.name,
    count: practices.filter((p) => inCounty(p, county.id)).length,
  }));
  return {
    counties,
    national: sortedCards(practices.filter((p) => p.municipalities.includes(dates.wholeCountry.id))),
    map,
  };
}

export function countyPageData(loaded: Loaded, countyId: string, map: AreaMapData): CountyPageData {
  const county = dates.countyOf(countyId)!;
  const practices = practicesOf(loaded.content);
  const profiles = new Set(loaded.content.profiles.map((entry) => entry.data.id));
  const overview = loaded.indexer.countyOverview(
    countyId,
    loaded.content.profiles.map((entry) => entry.data),
    practices,
  );
  return {
    county: { id: county.id, name: county.name, code: county.code, letter: county.letter, authority: county.authority },
    municipalities: dates.municipalitiesIn(countyId).map((m) => ({
      id: m.id,
      name: m.name,
      count: practices.filter((p) => p.municipalities.includes(m.id)).length,
    })),
    practices: sortedCards(practices.filter((p) => inCounty(p, countyId))),
    // The county's own figures from the profiles (Södermanland's from 2017), when it has any.
    overview: overview.municipalities.length > 0 ? overview : null,
    hasProfile: profiles.has(countyId),
    map,
  };
}

export function municipalityData(loaded: Loaded, municipalityId: string): MunicipalityPageData {
  const municipality = dates.municipalityOf(municipalityId)!;
  const county = dates.countyOf(municipality.county)!;
  const practices = practicesOf(loaded.content);
  const own = practices.filter((p) => p.municipalities.includes(municipalityId));
  const neighbours = practices.filter((p) => !own.includes(p) && inCounty(p, county.id));
  return {
    municipality: { id: municipality.id, name: municipality.name, kommunkod: municipality.scbCode },
    county: { id: county.id, name: county.name, count: practices.filter((p) => inCounty(p, county.id)).length },
    practices: sortedCards(own),
    neighbours: sortedCards(neighbours).slice(0, NEIGHBOURS_SHOWN),
    moreNeighbours: Math.max(0, neighbours.length - NEIGHBOURS_SHOWN),
  };
}
