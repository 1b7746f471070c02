// Browser-safe entry point: everything the site needs to search, nothing that touches the file system.
export { SearchIndex, type IndexExtras, type SearchResult } from "./search-index.js";
export { pageKindLabels, type PageHit, type PageKind, type SearchPage } from "./pages.js";
export { fillerWords, type ThesaurusData } from "./query.js";
export { correctionPieces, countText, pageText, type TextPiece } from "./describe.js";
export { createEncoder, documentOptions, fieldWeights, searchFields, storedFields } from "./encoder.js";
export {
  countFacets,
  facetCountsOf,
  filterDefinitions,
  filterFields,
  filterNames,
  matchesFilters,
  type FacetCounts,
  type FilterName,
} from "./filters.js";
export { highlightParts, type TextPart } from "./highlight.js";
export { fold, termOf, wordsOf } from "./swedish.js";
export * from "./types.js";
