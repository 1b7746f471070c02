// Which search narrows a browse page further: /amne/bostad → /sok?amne=bostad.
import { parseSearchState, searchStateToQuery, type SearchState } from "./search/urlState";
import type { FilterName } from "@kunskapsbanken/indexer/search";

/** The first path segment of a browse page and the search filter it stands for. */
const browseFilters: Record<string, FilterName> = { amne: "topic", malgrupp: "targetGroup", kommun: "municipality" };

/** The search page with the browse page's filter chosen, or undefined for a page that is no browse page. */
export function searchPathFor(pathname: string): string | undefined {
  const parts = pathname.replace(/\/+$/, "").split("/").filter(Boolean);
  if (parts.length === 1 && parts[0] === "praktiker") return "/sok";
  const [section, id] = parts;
  const filter = section ? browseFilters[section] : undefined;
  if (!filter || !id || parts.length !== 2) return undefined;
  const state: SearchState = parseSearchState("");
  state.filters[filter] = [id];
  return `/sok${searchStateToQuery(state)}`;
}
