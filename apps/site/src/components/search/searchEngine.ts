// Loads the search code and the index on first use. The code is the indexer's own
// browser entry, so the site ranks exactly as `kb search` does.
import type { countFacets, highlightParts, SearchIndex, SerializedIndex } from "@kunskapsbanken/indexer/search";

export interface SearchEngine {
  index: SearchIndex;
  highlightParts: typeof highlightParts;
  countFacets: typeof countFacets;
}

let loading: Promise<SearchEngine> | undefined;

export function loadSearchEngine(url: string): Promise<SearchEngine> {
  loading ??= (async () => {
    const [search, response] = await Promise.all([import("@kunskapsbanken/indexer/search"), fetch(url)]);
    if (!response.ok) throw new Error(`Sökindexet kunde inte hämtas (${response.status})`);
    const index = await search.SearchIndex.fromSerialized((await response.json()) as SerializedIndex);
    return { index, highlightParts: search.highlightParts, countFacets: search.countFacets };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
