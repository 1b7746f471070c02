export { loadContent, checkFile, type Content, type Entry } from "./content/load.js";
export { parseContentFile, type ParsedFile } from "./content/frontmatter.js";
export { checkMarkdown, findUnsafeMarkdown, limits } from "./content/markdown/index.js";
export { formatProblem, sortProblems, type Problem } from "./content/problem.js";
export { buildSearchIndex, searchDocumentOf, writeSearchIndex, writeSiteSearchIndex } from "./build-index.js";
export { isDueForReview, DEFAULT_REVIEW_AGE, formatReviewAge } from "./content/review-due.js";
export { SEARCH_INDEX_FILES } from "./search/types.js";
export { formatMonth, formatSeason, freshnessOf, statusAsOf, type Freshness } from "./content/freshness.js";
export * from "./open-data/index.js";
