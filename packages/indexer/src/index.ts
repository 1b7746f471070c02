// Node entry: reading and checking the content folder, building the search index and the
// open data. The rules the browser shares (ids, dates, routes, layout, the practice view)
// are in @kunskapsbanken/domain; the search itself is @kunskapsbanken/indexer/search.
export {
  loadContent,
  checkFile,
  ContentFolderError,
  contentFolderOf,
  type Content,
  type Entry,
} from "./content/load.js";
export { escapeForTerminal } from "./cli/terminal.js";
export { parseContentFile, type ParsedFile } from "./content/frontmatter.js";
export { checkMarkdown, limits } from "./content/markdown/index.js";
export { formatProblem, sortProblems, type Problem } from "./content/problem.js";
export {
  buildSearchIndex,
  restoreSearchIndex,
  searchDocumentOf,
  searchShardsOf,
  searchPagesOf,
  writeSearchIndex,
  writeSiteSearchIndex,
  type SitePages,
} from "./build-index.js";
export { SEARCH_INDEX_FILES } from "./search/types.js";
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
