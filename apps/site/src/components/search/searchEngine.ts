// Loads the search code and the index's start file on first use. The code is the indexer's
// own browser entry, so the site ranks exactly as `kb search` does. The index is sharded:
// after the start file (query understanding, filters, counts), each query fetches only the
// term shards, hit texts and, for an unknown word, the vocabulary and lexicon shards it needs (`prepare`).
import type {
  absentText,
  correctionPieces,
  countText,
  highlightParts,
  pageText,
  relatedText,
  placeNote,
  SearchIndex,
} from "@kunskapsbanken/indexer/search";

export interface SearchEngine {
  index: SearchIndex;
  highlightParts: typeof highlightParts;
  /** The indexer's Swedish sentences for a result, the same `kb search` prints. */
  countText: typeof countText;
  correctionPieces: typeof correctionPieces;
  /** "Inga exempel handlar om ”hemlöshet”." for real words that no practice uses. */
  absentText: typeof absentText;
  /** Why practices like the hits are listed after them. */
  relatedText: typeof relatedText;
  pageText: typeof pageText;
  /** "Inga exempel från Malmö ännu." for a named place without practices, and where to look instead. */
  placeNote: typeof placeNote;
}

let loading: Promise<SearchEngine> | undefined;

/** Resolves when the start file is loaded; `folder` is the URL of the index's folder. */
export function loadSearchEngine(folder: string): Promise<SearchEngine> {
  loading ??= (async () => {
    const fetchJson = async (file: string) => {
      const response = await fetch(`${folder}/${file}`);
      if (!response.ok) throw new Error(`Sökindexet kunde inte hämtas (${response.status})`);
      return (await response.json()) as unknown;
    };
    const search = await import("@kunskapsbanken/indexer/search");
    const index = await search.SearchIndex.fromShards(fetchJson);
    return {
      index,
      highlightParts: search.highlightParts,
      countText: search.countText,
      correctionPieces: search.correctionPieces,
      absentText: search.absentText,
      relatedText: search.relatedText,
      pageText: search.pageText,
      placeNote: search.placeNote,
    };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
