// Maps drawn at build time: the counties of Sweden, and the municipalities of one county,
// as SVG path data. Boundaries come from packages/content-schema/data/sverige (simplified by Open
// Knowledge Sweden); areas are matched to our places by kommunkod and county code through
// the vocabularies, never by name. Runs in Node, in the site's plugins and tests.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { counties, municipalities } from "@kunskapsbanken/content-schema";
import { geoArea, geoPath, geoTransverseMercator, type GeoPermissibleObjects } from "d3-geo";
import { SvgPathWriter } from "./svgPath";
import type { AreaMapData } from "./types";

export type { AreaMapData } from "./types";

type Ring = [number, number][];
interface Geometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: Ring[] | Ring[][];
}
interface Feature<P> {
  type: "Feature";
  properties: P;
  geometry: Geometry;
}
interface FeatureCollection<P> {
  type: "FeatureCollection";
  features: Feature<P>[];
}

/** The boundary files, as read from disk. */
export interface Boundaries {
  counties: FeatureCollection<{ l_id: number; name: string }>;
  municipalities: FeatureCollection<{ id: string; kom_namn: string; lan_code: string }>;
}

/** The reference data folder, copied into the schema package from `shared/data/sverige` (see its test). */
export const boundariesDirOf = (siteDir: string): string => resolve(siteDir, "../../packages/content-schema/data/sverige");

export function readBoundaries(dir: string): Boundaries {
  const read = (file: string) => {
    const path = resolve(dir, file);
    if (!existsSync(path)) throw new Error(`Map boundaries not found: looked for ${path} (packages/content-schema/data/sverige)`);
    return JSON.parse(readFileSync(path, "utf8"));
  };
  return { counties: read("lan.geojson"), municipalities: read("kommuner.geojson") };
}

/**
 * d3-geo takes the ring order of a polygon to say which side is inside: exterior rings
 * clockwise on the sphere. These files wind the other way (as RFC 7946 asks), which d3
 * reads as "everything but this area". A polygon that covers more than half the globe is
 * turned round.
 */
function spherical(geometry: Geometry): Geometry {
  const polygons = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
  const fixed = polygons.map((rings) => {
    const area = geoArea({ type: "Polygon", coordinates: rings });
    return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  });
  return { type: "MultiPolygon", coordinates: fixed };
}

const collator = new Intl.Collator("sv");

/**
 * Projects the areas with a transverse Mercator centred on 15° E (conformal, so shapes
 * keep their look from Skåne to Norrbotten), fitted to `width`; the height follows.
 */
function draw(places: { id: string; name: string; geometry: Geometry }[], width: number): AreaMapData {
  const geometries = places.map((place) => spherical(place.geometry));
  const all = { type: "GeometryCollection", geometries } as GeoPermissibleObjects;
  const projection = geoTransverseMercator().rotate([-15, 0]).fitWidth(width, all);
  const [[, top], [, bottom]] = geoPath(projection).bounds(all);
  const height = Math.ceil(bottom - Math.min(0, top));
  const writer = new SvgPathWriter();
  const path = geoPath(projection, writer);
  const areas = places.map((place, i) => {
    path(geometries[i] as GeoPermissibleObjects);
    return { id: place.id, name: place.name, path: writer.take() };
  });
  areas.sort((a, b) => collator.compare(a.name, b.name));
  return { viewBox: `0 0 ${width} ${height}`, width, height, areas };
}

/** The country's counties, each as one area with our county id. */
export function countyMap(boundaries: Boundaries, width = 400): AreaMapData {
  const places = boundaries.counties.features.map((feature) => {
    const code = String(feature.properties.l_id).padStart(2, "0");
    const county = counties.find((c) => c.code === code);
    if (!county) throw new Error(`lan.geojson: no county in the vocabulary has code ${code} (${feature.properties.name})`);
    return { id: county.id, name: county.name, geometry: feature.geometry };
  });
  return draw(places, width);
}

/** The municipalities of one county, each as one area with our municipality id. */
export function municipalityMap(boundaries: Boundaries, countyId: string, width = 600): AreaMapData {
  if (!counties.some((c) => c.id === countyId)) throw new Error(`No county with id ${countyId}`);
  const members = municipalities.filter((m) => m.county === countyId);
  const places = members.map((m) => {
    const feature = boundaries.municipalities.features.find((f) => f.properties.id === m.scbCode);
    if (!feature) throw new Error(`kommuner.geojson: no boundary for ${m.name} (kommunkod ${m.scbCode})`);
    return { id: m.id, name: m.name, geometry: feature.geometry };
  });
  return draw(places, width);
}
