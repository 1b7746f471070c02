// The whole search lives in the URL: /sok?q=bostad&kommun=flen&kommun=trosa
import type { FilterName, SearchFilters } from "@kunskapsbanken/indexer/search";
import type { SiteLabels } from "../../plugins/kunskapsbanken/types";

/** URL parameter, heading and vocabulary of each filter, in the order they are shown. */
export const filterUi = [
  { name: "municipality", param: "kommun", title: "Kommun", vocabulary: "municipalities" },
  { name: "topic", param: "amne", title: "Ämne", vocabulary: "topics" },
  { name: "targetGroup", param: "malgrupp", title: "Målgrupp", vocabulary: "targetGroups" },
  { name: "funding", param: "finansiering", title: "Finansiering", vocabulary: "funding" },
  { name: "status", param: "status", title: "Status", vocabulary: "status" },
] as const satisfies readonly { name: FilterName; param: string; title: string; vocabulary: keyof SiteLabels }[];

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
