// Data the plugin hands to pages; shared by the Node side and the React components.
import type { PageInfo, PracticeCard, PracticeFacts, Term } from "@kunskapsbanken/domain";

export type { PracticeCard, Term };

/** A practice page's frontmatter extras: the facts panel (the domain's view of a practice) and the practices it links to. */
export interface PracticeExtras extends PracticeFacts {
  kind: "practice";
  related: PracticeCard[];
  similar: PracticeCard[];
}

export interface ProfileExtras {
  kind: "profile";
  name: string;
  practices: PracticeCard[];
}

export interface TermWithCount extends Term {
  count: number;
  description?: string;
}

export interface StartData {
  total: number;
  /** Where the practices come from, e.g. "Södermanlands län". */
  region: string;
  recent: PracticeCard[];
  topics: TermWithCount[];
  targetGroups: TermWithCount[];
  municipalities: TermWithCount[];
}

/** Where one page of a browse listing sits (the domain's page rule), and the address of the listing's first page. */
export interface ListingPage extends PageInfo {
  basePath: string;
}

/** The practices one page of a listing shows, and where the page sits. */
export interface ListingSlice {
  practices: PracticeCard[];
  page: ListingPage;
}

/** A listing before it is cut into pages: what it is, and every practice in it. */
export interface ListSource {
  title: string;
  description?: string;
  practices: PracticeCard[];
}

/** A page of /praktiker, a topic or a target group, or a further page of a county's or a municipality's practices. */
export interface ListData extends ListingSlice {
  title: string;
  description?: string;
  /** The oldest and newest date of the facts across the whole listing, not just this page. */
  span: { oldest: string; newest: string } | null;
  /** The page the listing belongs to, named on a county's or a municipality's further pages. */
  parent?: { path: string; label: string };
}

export interface TermIndexData {
  title: string;
  intro: string;
  basePath: string;
  terms: TermWithCount[];
}

/** The county overview, as computed by @kunskapsbanken/indexer from the profiles. */
export type { CountyOverview as CountyData } from "@kunskapsbanken/indexer";
import type { CountyOverview } from "@kunskapsbanken/indexer";
import type { AreaMapData } from "../maps/types";

/** A place and how many practices it has. */
export interface PlaceCount {
  id: string;
  name: string;
  count: number;
}

/** /lan: the country's counties on a map and in a table, and the national programmes. */
export interface CountryData {
  counties: PlaceCount[];
  /** Counties whose figures from the profiles (Södermanland's from 2017) used to be on /lan and are now on their own page. */
  figuresMovedTo: { id: string; name: string }[];
  national: PracticeCard[];
  map: AreaMapData;
}

/** /lan/ID: a county's municipalities on a map and in a table, its practices, and its figures where profiles give them. */
export interface CountyPageData {
  county: { id: string; name: string; code: string; letter: string; authority: string };
  municipalities: PlaceCount[];
  /** The practices on this page; `page.total` counts them all. */
  practices: PracticeCard[];
  page: ListingPage;
  overview: CountyOverview | null;
  hasProfile: boolean;
  map: AreaMapData;
}

/** /kommun/ID for a municipality without a profile: its practices, or an honest "none yet". */
export interface MunicipalityPageData {
  municipality: { id: string; name: string; kommunkod: string };
  county: PlaceCount;
  /** The practices on this page; `page.total` counts them all. */
  practices: PracticeCard[];
  page: ListingPage;
  neighbours: PracticeCard[];
  /** Practices from the same county beyond those shown. */
  moreNeighbours: number;
}

export interface SiteLabels {
  /** The counties by id, for the county filter on /sok. */
  counties: Record<string, string>;
  municipalities: Record<string, string>;
  topics: Record<string, string>;
  targetGroups: Record<string, string>;
  funding: Record<string, string>;
  status: Record<string, string>;
}

/** A practice page's data: the build renders the page from it, and the browser fetches it (plugins/practices). */
export interface PracticePageData {
  id: string;
  title: string;
  summary: string;
  period: { start: number; startAtLatest?: boolean; end?: number };
  partners: string[];
  contact: { role: string; organisation: string };
  extras: PracticeExtras;
  /** The Markdown body as sanitised HTML, headings with ids and "#" links. */
  body: string;
  toc: { value: string; id: string; level: number }[];
  /** The file on GitHub's edit page. */
  editUrl: string;
}
