/** What the search stores of one practice: enough to show a hit and filter on it. */
export interface SearchDocument {
  slug: string;
  title: string;
  summary: string;
  municipalities: string[];
  topics: string[];
  targetGroups: string[];
  funding: string[];
  status: string;
  /** The date or month the facts describe (YYYY-MM or YYYY-MM-DD). */
  asOf: string;
  /** When the organisation last confirmed the text, if it has. */
  confirmedOn: string | null;
}

/** The text indexed for one practice, field by field. */
export interface IndexedText {
  title: string;
  summary: string;
  /** Names of municipalities, topics, target groups and partners. */
  meta: string;
  body: string;
}

/** Filters combine with AND; several values of one filter combine with OR. */
export interface SearchFilters {
  municipality?: readonly string[];
  topic?: readonly string[];
  targetGroup?: readonly string[];
  funding?: readonly string[];
  status?: readonly string[];
}

export interface SearchHit extends SearchDocument {
  /** The practice's id (its permalink), same as `slug`. */
  id: string;
  /** Higher is better; comparable only within one search. */
  score: number;
  /** How many of the query's concepts (a word or phrase, with its synonyms) the practice matched. */
  matchedWords: number;
}

/** A word of the query that the index did not know, and what was searched instead. */
export interface Correction {
  /** The word as typed. */
  word: string;
  /** What was searched: the nearest known word, or the parts of a compound joined by a space. */
  to: string;
  kind: "typo" | "split";
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** At most this many hits; default 20. */
  limit?: number;
  /** Also count, for each filter value, how many hits ticking it would give. */
  facets?: boolean;
}

/** The exported index: one JSON file the browser fetches and imports. */
export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  count: number;
  chunks: Record<string, string>;
}

export const INDEX_FORMAT = "kunskapsbanken-search/2";

/**
 * The files a site serves: the whole index (for `kb search --index` and other tools) and
 * its two halves for the browser, which searches titles with the first while the rest loads.
 */
export const SEARCH_INDEX_FILES = {
  whole: "sokindex.json",
  first: "sokindex-forsta.json",
  rest: "sokindex-resten.json",
} as const;
