// The site's addresses, declared once. The site builds its pages and links from here, and
// the validator uses the same table to decide which links inside a practice lead somewhere.
// Short links (/p/ID) and collection pages are printed on paper as QR codes: never change them.
import { isId } from "@kunskapsbanken/content-schema/ids";

/** Pages that exist once, whatever the content. */
export const sitePages = {
  start: "/",
  practices: "/praktiker",
  municipalities: "/kommuner",
  topics: "/amne",
  targetGroups: "/malgrupp",
  county: "/lan",
  search: "/sok",
  collections: "/samlingar",
  contribute: "/bidra",
  list: "/lista",
} as const;

/** Pages that exist once per id in a vocabulary or content folder. */
export const routePrefixes = {
  practice: "/praktik",
  shortLink: "/p",
  municipality: "/kommun",
  county: "/lan",
  topic: "/amne",
  targetGroup: "/malgrupp",
  collection: "/samling",
} as const;

export type RouteKind = keyof typeof routePrefixes;

/**
 * The `routeBasePath` of the docs plugin that publishes municipality profiles under /kommun
 * (practices are pages of the site's own plugin). Derived from the prefix so the two can
 * never disagree.
 */
export const routeBasePaths = {
  profiles: routePrefixes.municipality.slice(1),
} as const;

/** Search pages (a topic's or a target group's list) are keyed like `amne:bostad` in the search index. */
export const pageKey = (kind: "topic" | "targetGroup", id: string) => `${routePrefixes[kind].slice(1)}:${id}`;

export const practicePath = (id: string) => `${routePrefixes.practice}/${id}`;
export const shortLinkPath = (id: string) => `${routePrefixes.shortLink}/${id}`;
export const municipalityPath = (id: string) => `${routePrefixes.municipality}/${id}`;
export const countyPath = (id: string) => `${routePrefixes.county}/${id}`;
export const topicPath = (id: string) => `${routePrefixes.topic}/${id}`;
export const targetGroupPath = (id: string) => `${routePrefixes.targetGroup}/${id}`;
export const collectionPath = (id: string) => `${routePrefixes.collection}/${id}`;
export const collectionPrintPath = (id: string) => `${collectionPath(id)}/utskrift`;

/** The word before the page number in a browse listing's further pages: /praktiker/sida/2. */
export const listingPageSegment = "sida";

/**
 * Page `page` of a browse listing whose first page is `basePath` (/praktiker, /amne/bostad,
 * /lan/ID, /kommun/ID …): page 1 is the listing's own address, further pages /BASE/sida/N.
 */
export function listingPagePath(basePath: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a positive integer, not ${page}`);
  return page === 1 ? basePath : `${basePath}/${listingPageSegment}/${page}`;
}

/** The one client route of a kind of listing's further pages: `/amne/:id` → `/amne/:id/sida/:page`. */
export const furtherPagesRoute = (basePattern: string) => `${basePattern}/${listingPageSegment}/:page`;

/** The parameters /bidra reads from its address: the practice to update, or the place a new one is from. */
export const contributeParams = { update: "uppdatera", place: "kommun" } as const;

/** /bidra, started for a place (`/bidra?kommun=malmo`) or as an update of a practice (`/bidra?uppdatera=ID`). */
export function contributePath(start: { place?: string; update?: string } = {}): string {
  const params = new URLSearchParams();
  if (start.update) params.set(contributeParams.update, start.update);
  if (start.place) params.set(contributeParams.place, start.place);
  const query = params.toString();
  return query ? `${sitePages.contribute}?${query}` : sitePages.contribute;
}

/** What a site-relative link points at: a fixed page, or a page for one id. */
export type SiteTarget = { kind: "page"; path: string } | { kind: RouteKind; id: string };

/**
 * Reads a site-relative path such as `/praktik/flen-sprakvanner` or `/sok?q=bostad`.
 * Only plain paths that the site really serves are recognised: no `..`, no encoded
 * characters, no fragments, and a query string only on the search page.
 */
export function parseSitePath(link: string): SiteTarget | undefined {
  const queryAt = link.indexOf("?");
  const path = queryAt === -1 ? link : link.slice(0, queryAt);
  const query = queryAt === -1 ? "" : link.slice(queryAt + 1);
  if (link.includes("#")) return undefined;
  if (query && path !== sitePages.search) return undefined;
  if ((Object.values(sitePages) as string[]).includes(path)) return { kind: "page", path };
  for (const [kind, prefix] of Object.entries(routePrefixes) as [RouteKind, string][]) {
    if (!path.startsWith(`${prefix}/`)) continue;
    const id = path.slice(prefix.length + 1);
    if (isId(id)) return { kind, id };
  }
  return undefined;
}

/**
 * Pages rendered to static HTML outside Docusaurus' client route table (practices, short
 * links) keep their data in a JSON file beside the site: the browser fetches it when it
 * opens such a page, and the build renders the HTML from the same file.
 */
export const pageDataFolder = "data/sidor";

/** `/praktik/flen-sprakvanner` → `/data/sidor/praktik/flen-sprakvanner.json`. */
export const pageDataPath = (pagePath: string) => `/${pageDataFolder}${pagePath === "/" ? "/index" : pagePath}.json`;
