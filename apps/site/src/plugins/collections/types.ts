// The data the collections plugin hands to its pages. Plain JSON, computed at build time.

/** One practice on a collection's agenda. */
interface CollectionItemData {
  /** 1-based place in the agenda. */
  number: number;
  id: string;
  title: string;
  summary: string;
  /** Names of the municipalities (or the county) the practice belongs to. */
  places: string[];
  /** The status with the date it describes: "Pågående enligt uppgifter från september 2017". */
  status: string;
  note: string;
  /** The practice's page on the site, e.g. `/praktik/flen-sprakvanner`. */
  path: string;
  /** The short permanent link, absolute, e.g. `https://…/p/flen-sprakvanner`: what the QR code holds. */
  permalink: string;
  /** The QR code of `permalink` as an SVG document, generated at build time. */
  qrSvg: string;
}

export interface CollectionData {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  event: string;
  introduction: string;
  /** `/samling/ID` */
  path: string;
  /** `/samling/ID/utskrift` */
  printPath: string;
  /** Absolute link to the collection page, to share. */
  url: string;
  items: CollectionItemData[];
}

export interface CollectionSummary {
  id: string;
  title: string;
  date: string;
  event: string;
  path: string;
  count: number;
}

export interface PermalinkData {
  id: string;
  title: string;
  /** Where the short link leads: the practice's page, e.g. `/praktik/flen-sprakvanner`. */
  target: string;
}
