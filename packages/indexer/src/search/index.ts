// Browser-safe entry point: everything the site needs to search, nothing that touches the file system.
export { SearchIndex, type SearchResult } from "./search-index.js";
export { absentText, correctionPieces, countText, relatedText, pageText, placeNote, type TextPiece } from "./describe.js";
export { filterDefinitions, type FacetCounts, type FilterName } from "./filters.js";
export { highlightParts } from "./highlight.js";
export * from "./types.js";
