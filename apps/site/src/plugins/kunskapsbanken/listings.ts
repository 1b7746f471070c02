// Browse listings in pages. Each listing (/praktiker, a topic, a target group, a county, a
// municipality without a profile) is cut by the domain's rule (pagesOf, listingPagePath):
// its first page stays at the listing's own address with its own component; further pages,
// /BASE/sida/N, are plain list pages. Counts elsewhere (index pages, the map) still count
// every practice; only what a page lists is cut.
import type { PracticeCard } from "@kunskapsbanken/domain";
import { domain } from "./packages";
import type { ListData, ListingSlice, ListSource } from "./types";

/** A listing: where it lives, every practice in it, and how its pages are drawn. */
export interface Listing {
  /** The first page's address, e.g. /praktiker or /lan/ID. */
  basePath: string;
  /** Stem of the pages' data files: praktiker, amne-bostad, lan-ID … */
  name: string;
  /** Every practice of the listing, in the order listed. */
  practices: readonly PracticeCard[];
  /** The first page: its component and its data, made from the first slice. */
  first: { component: string; data: (slice: ListingSlice) => unknown };
  /** What the further pages (ListPage) say they list. */
  rest: Omit<ListSource, "practices"> & Pick<ListData, "parent">;
}

/** One page of a listing, ready to be added as a route. */
export interface ListingRoute {
  path: string;
  component: string;
  name: string;
  data: unknown;
}

/** The oldest and newest date of the facts in a listing: "med uppgifter från … till …". */
function spanOf(practices: readonly PracticeCard[]): ListData["span"] {
  const dates = practices.map((card) => card.latest).sort();
  return dates.length === 0 ? null : { oldest: dates[0]!, newest: dates[dates.length - 1]! };
}

/** Every page of a listing: page 1 at its address with its own component, then /sida/2, /sida/3 … as ListPage. */
export function listingRoutes(listing: Listing): ListingRoute[] {
  const span = spanOf(listing.practices);
  return domain.pagesOf(listing.practices).map(({ items, page }) => {
    const slice: ListingSlice = { practices: items, page: { ...page, basePath: listing.basePath } };
    if (page.number === 1)
      return { path: listing.basePath, component: listing.first.component, name: listing.name, data: listing.first.data(slice) };
    const data: ListData = { ...listing.rest, ...slice, span };
    return {
      path: domain.listingPagePath(listing.basePath, page.number),
      component: "ListPage",
      name: `${listing.name}-sida-${page.number}`,
      data,
    };
  });
}

/** A listing whose every page is a ListPage: all practices, a topic, a target group. */
export function listPages(basePath: string, name: string, source: ListSource): Listing {
  const { practices, ...rest } = source;
  const span = spanOf(practices);
  return { basePath, name, practices, first: { component: "ListPage", data: (slice): ListData => ({ ...rest, ...slice, span }) }, rest };
}

/** A listing whose first page is a page of its own (a county's, a municipality's) with the practices cut from `data`. */
export function pageListing<T extends { practices: PracticeCard[] }>(
  basePath: string,
  name: string,
  component: string,
  data: T,
  rest: Listing["rest"],
): Listing {
  return { basePath, name, practices: data.practices, first: { component, data: (slice) => ({ ...data, ...slice }) }, rest };
}
