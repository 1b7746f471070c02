// The data behind the place pages: the country (/lan), each county (/lan/ID) and each
// municipality without a profile (/kommun/ID). Which practices belong where is the domain's
// rule (a practice belongs to its places and to the counties they lie in).
import type { Practice } from "@kunskapsbanken/content-schema";
import type { AreaMapData } from "../maps/types";
import type { Loaded } from "./content";
import { domain } from "./packages";
import { type Listing, pageListing } from "./listings";
import { cardOf, practicesOf } from "./relations";
import type { CountryData, CountyPageData, MunicipalityPageData, PlaceCount } from "./types";

/** How many practices a municipality page shows from the rest of its county; the rest are a search away. */
const NEIGHBOURS_SHOWN = 12;

const inCounty = (practice: Practice, countyId: string) =>
  domain.countiesOfPlaces(practice.municipalities).some((county) => county.id === countyId);

const sortedCards = (practices: readonly Practice[]) => practices.map(cardOf).sort(domain.byTitle);

const overviewOf = (loaded: Loaded, countyId: string, practices: readonly Practice[]) =>
  loaded.indexer.countyOverview(
    countyId,
    loaded.content.profiles.map((entry) => entry.data),
    [...practices],
  );

export function countryData(loaded: Loaded, map: AreaMapData): CountryData {
  const practices = practicesOf(loaded.content);
  const counties: PlaceCount[] = loaded.schema.counties.map((county) => ({
    id: county.id,
    name: county.name,
    count: practices.filter((p) => inCounty(p, county.id)).length,
  }));
  return {
    counties,
    // /lan was Södermanland's page until the bank went national; its figures now live on the county's page.
    figuresMovedTo: loaded.schema.counties
      .filter((county) => overviewOf(loaded, county.id, practices).municipalities.length > 0)
      .map((county) => ({ id: county.id, name: county.name })),
    national: sortedCards(practices.filter((p) => p.municipalities.includes(domain.wholeCountry.id))),
    map,
  };
}

/** A county's page with every practice of the county; `countyListing` cuts it into pages. */
export function countyPageData(loaded: Loaded, countyId: string, map: AreaMapData): Omit<CountyPageData, "page"> {
  const county = domain.countyOf(countyId)!;
  const practices = practicesOf(loaded.content);
  const profiles = new Set(loaded.content.profiles.map((entry) => entry.data.id));
  const overview = overviewOf(loaded, countyId, practices);
  return {
    county: { id: county.id, name: county.name, code: county.code, letter: county.letter, authority: county.authority },
    municipalities: domain.municipalitiesIn(countyId).map((m) => ({
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

/** A municipality's page with every practice of the municipality; `municipalityListing` cuts it into pages. */
export function municipalityData(loaded: Loaded, municipalityId: string): Omit<MunicipalityPageData, "page"> {
  const municipality = domain.municipalityOf(municipalityId)!;
  const county = domain.countyOf(municipality.county)!;
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

/** /lan/ID and its further pages (/lan/ID/sida/N), which list the rest of the county's practices. */
export function countyListing(loaded: Loaded, countyId: string, map: AreaMapData): Listing {
  const data = countyPageData(loaded, countyId, map);
  const { name } = data.county;
  return pageListing(domain.countyPath(countyId), `lan-${countyId}`, "CountyPage", data, {
    title: `Exempel från ${name}`,
    description: `Goda exempel på mottagande och etablering i ${name} och dess kommuner.`,
    parent: { path: domain.countyPath(countyId), label: name },
  });
}

/** /kommun/ID for a municipality without a profile, and its further pages when it has more practices than a page lists. */
export function municipalityListing(loaded: Loaded, municipalityId: string): Listing {
  const data = municipalityData(loaded, municipalityId);
  const { name } = data.municipality;
  return pageListing(domain.municipalityPath(municipalityId), `kommun-${municipalityId}`, "MunicipalityPage", data, {
    title: `Exempel från ${name}`,
    description: `Goda exempel på mottagande och etablering från ${name}.`,
    parent: { path: domain.municipalityPath(municipalityId), label: name },
  });
}
