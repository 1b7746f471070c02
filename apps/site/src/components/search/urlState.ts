// The whole search lives in the URL: /sok?q=bostad&kommun=flen&kommun=trosa
import { filterDefinitions, type FilterName, type SearchFilters } from "@kunskapsbanken/indexer/search";
import type { SiteLabels } from "../../plugins/kunskapsbanken/types";

/** URL parameter, heading and vocabulary of each filter, in the order they are shown: the indexer's one definition. */
export const filterUi = filterDefinitions satisfies readonly { vocabulary: keyof SiteLabels }[];

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(filterUi.map((f) => [f.name, params.getAll(f.param).filter(Boolean)])) as Record<FilterName, string[]>;
  return { q: params.get("q") ?? "", filters };
}

export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const f of filterUi) for (const value of state.filters[f.name]) params.append(f.param, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function toFilters(state: SearchState): SearchFilters {
  return { ...state.filters };
}
