// What a map drawn at build time hands to the page: plain data, safe for the browser bundle.

/** One area of a map: our place id, its Swedish name and its outline as SVG path data. */
export interface MapArea {
  id: string;
  name: string;
  path: string;
}

export interface AreaMapData {
  /** `0 0 width height`, in the same units as the paths. */
  viewBox: string;
  width: number;
  height: number;
  areas: MapArea[];
}

/** Credit for the boundaries, shown with every map drawn from them. */
export const boundariesCredit = "Gränser: Valmyndigheten och Open Knowledge Sweden (okfse/sweden-geojson), förenklade.";
