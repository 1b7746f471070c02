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
  /** Counties by id: a practice is in the counties its places lie in. */
  county?: readonly string[];
  municipality?: readonly string[];
  topic?: readonly string[];
  targetGroup?: readonly string[];
  funding?: readonly string[];
  status?: readonly string[];
}

type PageKind = "kommun" | "lan" | "amne" | "malgrupp" | "samling";

/** A page of the site that search can show, as stored in the index. */
export interface SearchPage {
  /** `kind:id`, e.g. `kommun:vingaker`. */
  id: string;
  kind: PageKind;
  title: string;
  /** Site path, e.g. `/kommun/vingaker`. */
  path: string;
  /** How many practices the page lists. */
  practices: number;
  /** Other words that find the page, e.g. `Sörmland` for the county. */
  keywords?: string;
  /** The filter value the page stands for: the municipality filter's id, or the county filter's. */
  filter?: { name: keyof SearchFilters; value: string };
  /** The names a place goes by, each one name (`Västra Götaland`, `Jämtland Härjedalen`): what query words must match. */
  names?: string[];
  /** A municipality page that is a profile (with the municipality's own figures), not only its list of practices. */
  profile?: boolean;
  /** A municipality's county, by id. */
  county?: string;
}

/** A page as a result shows it; a municipality's carries its county's, to offer when it has no practices. */
export type PageHit = Pick<SearchPage, "id" | "kind" | "title" | "path" | "practices" | "profile"> & {
  within?: Pick<SearchPage, "id" | "kind" | "title" | "path" | "practices"> & { filter: string };
};

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
 * What a site serves: the whole index in one file (for `kb search --index` and other tools)
 * and, in a folder, the sharded index the browser fetches piece by piece (`shard-format.ts`).
 */
export const SEARCH_INDEX_FILES = {
  whole: "sokindex.json",
  shards: "sokindex",
} as const;
