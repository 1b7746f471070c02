export {
  loadContent,
  checkFile,
  ContentFolderError,
  contentFolderOf,
  contentFolders,
  type Content,
  type ContentKind,
  type Entry,
} from "./content/load.js";
export { escapeForTerminal } from "./cli/terminal.js";
export { parseContentFile, type ParsedFile } from "./content/frontmatter.js";
export { checkMarkdown, findUnsafeMarkdown, limits } from "./content/markdown/index.js";
export { formatProblem, sortProblems, type Problem } from "./content/problem.js";
export {
  buildSearchIndex,
  searchDocumentOf,
  searchPagesOf,
  writeSearchIndex,
  writeSiteSearchIndex,
  type SitePages,
} from "./build-index.js";
export { isDueForReview, DEFAULT_REVIEW_AGE, formatReviewAge } from "./content/review-due.js";
export { SEARCH_INDEX_FILES } from "./search/types.js";
export { formatMonth, formatSeason, freshnessOf, statusAsOf, type Freshness } from "./content/freshness.js";
export * from "./open-data/index.js";
export { countyOverview, type CountyOverview, type MunicipalityRow } from "./content/county.js";
export { practicesIn, relatedPractices, similarElsewhere } from "./content/relations.js";
export {
  evaluateRelevance,
  formatReport,
  relevanceQueries,
  type Answer,
  type RelevanceQuery,
  type RelevanceReport,
} from "./search/relevance/evaluate.js";
export { slugify } from "./content/new-practice.js";
