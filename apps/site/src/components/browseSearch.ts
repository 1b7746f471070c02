// Which search narrows a browse page further: /amne/bostad → /sok?amne=bostad.
import { parseSearchState, searchStateToQuery, type SearchState } from "./search/urlState";
import type { FilterName } from "@kunskapsbanken/indexer/search";
import { parseSitePath, sitePages, type RouteKind } from "@kunskapsbanken/domain";

/** The kinds of browse page and the search filter each stands for. */
const browseFilters: Partial<Record<RouteKind, FilterName>> = {
  topic: "topic",
  targetGroup: "targetGroup",
  municipality: "municipality",
  county: "county",
};

/** The search page with the browse page's filter chosen, or undefined for a page that is no browse page. */
export function searchPathFor(pathname: string): string | undefined {
  const target = parseSitePath(pathname.replace(/(.)\/+$/, "$1"));
  if (!target) return undefined;
  if (target.kind === "page") return target.path === sitePages.practices ? sitePages.search : undefined;
  const filter = browseFilters[target.kind];
  if (!filter) return undefined;
  const state: SearchState = parseSearchState("");
  state.filters[filter] = [target.id];
  return `${sitePages.search}${searchStateToQuery(state)}`;
}
