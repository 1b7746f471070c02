// Loads the search code and the index on first use. The code is the indexer's own
// browser entry, so the site ranks exactly as `kb search` does. The index comes in two
// halves: titles, display data, thesaurus and pages first, so results show at once even
// when the corpus is large; the summaries, facet labels and body follow and are added
// while the reader types.
import type {
  correctionPieces,
  countText,
  highlightParts,
  pageText,
  placeNote,
  SearchIndex,
  SerializedIndex,
} from "@kunskapsbanken/indexer/search";

export interface SearchEngine {
  index: SearchIndex;
  highlightParts: typeof highlightParts;
  /** The indexer's Swedish sentences for a result, the same `kb search` prints. */
  countText: typeof countText;
  correctionPieces: typeof correctionPieces;
  pageText: typeof pageText;
  /** "Inga exempel från Malmö ännu." for a named place without practices, and where to look instead. */
  placeNote: typeof placeNote;
  /** False while only the first half (titles) is loaded. */
  complete: boolean;
}

export interface IndexUrls {
  first: string;
  rest: string;
}

let loading: Promise<SearchEngine> | undefined;
let completing: Promise<SearchEngine> | undefined;

async function fetchIndex(url: string): Promise<SerializedIndex> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Sökindexet kunde inte hämtas (${response.status})`);
  return (await response.json()) as SerializedIndex;
}

/** Resolves as soon as titles can be searched. */
export function loadSearchEngine(urls: IndexUrls): Promise<SearchEngine> {
  loading ??= (async () => {
    const [search, first] = await Promise.all([import("@kunskapsbanken/indexer/search"), fetchIndex(urls.first)]);
    const index = await search.SearchIndex.fromSerialized(first);
    return {
      index,
      highlightParts: search.highlightParts,
      countText: search.countText,
      correctionPieces: search.correctionPieces,
      pageText: search.pageText,
      placeNote: search.placeNote,
      complete: false,
    };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Resolves with a new engine object once the whole index is loaded (a new object, so views recompute). */
export function completeSearchEngine(urls: IndexUrls): Promise<SearchEngine> {
  completing ??= (async () => {
    const [engine, rest] = await Promise.all([loadSearchEngine(urls), fetchIndex(urls.rest)]);
    await engine.index.importMore(rest);
    return { ...engine, complete: true };
  })();
  completing.catch(() => {
    completing = undefined;
  });
  return completing;
}
