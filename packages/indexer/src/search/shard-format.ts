// The sharded index the site serves: what each file holds and how a term finds its shard.
// One small start file (count, thesaurus, pages, every practice's filter values), term
// shards (the postings of the terms that hash to them), display fragments (the text of a
// run of practices), the vocabulary that typos are corrected against, in bands by word
// length (see `vocabulary.ts`), and the Swedish lexicon in shards of word forms, each
// fetched only when a query needs it. Practices are numbered in title order, so that the ranking's
// last tie-break (title, then number) needs no titles: see `shard-write.ts`.
import type { ThesaurusData } from "./query.js";
import type { SearchPage } from "./types.js";

export const SHARDED_FORMAT = "kunskapsbanken-search-shards/1";

/** The filter fields of a practice, in the order the start file writes them. */
export const facetFields = ["municipalities", "topics", "targetGroups", "funding", "status"] as const;
export type FacetField = (typeof facetFields)[number];

/** Always fetched first: enough to understand a query and to filter and count without any text. */
export interface ShardStart {
  format: typeof SHARDED_FORMAT;
  count: number;
  /** How many term shards there are (a power of two): a term's is `shardOfTerm(term, termShards)`. */
  termShards: number;
  /** Practices per display fragment: practice n is in fragment `Math.floor(n / fragmentSize)`. */
  fragmentSize: number;
  /** The vocabulary's bands that have a file, ascending. */
  vocabularyBands: number[];
  /** Per band, the first letters (code points) that have a band-and-letter file. */
  vocabularyLetters: Record<number, number[]>;
  /** How many lexicon shards (a power of two): a folded word form's is `shardOfTerm(form, lexiconShards)`. */
  lexiconShards: number;
  thesaurus: ThesaurusData;
  pages: SearchPage[];
  /** The values each filter field takes, once; `docs` refers to them by position. */
  values: Record<FacetField, string[]>;
  /** Per practice, its filter values as positions in `values` in base 36: `"3.17/2/5.6/1/0"`, fields in `facetFields` order. */
  docs: string[];
}

/** Term → practice numbers per field (title, summary, meta, body), each in FlexSearch's order, at most 1000. */
export type TermShard = Record<string, [number[], number[], number[], number[]]>;

/** The text of `fragmentSize` practices from `first`: slug, title, summary, asOf, confirmedOn. */
export interface DisplayFragment {
  first: number;
  docs: [string, string, string, string, string | null][];
}

/** Known words, in the order the full index lists them: `[term, ...forms]` for words seen in titles and summaries, a bare term for body-only ones. A band file holds one band's part. */
export type VocabularyFile = (string | string[])[];

/** Folded word forms of the Swedish lexicon → their `WordFlag`s (`swedish-words.ts`), for the forms that hash to the shard. */
export type LexiconShard = Record<string, number>;

/** Every practice's id (slug), by number: for a page that shows chosen practices, such as /lista. */
export type IdsFile = string[];

/** File names under the index's folder. */
export const shardFiles = {
  start: "start.json",
  vocabulary: (band: number) => `ordforrad-${band}.json`,
  vocabularyLetter: (band: number, letter: number) => `ordforrad-${band}-${letter}.json`,
  ids: "id.json",
  terms: (shard: number) => `termer-${shard}.json`,
  lexicon: (shard: number) => `lexikon-${shard}.json`,
  fragment: (fragment: number) => `visning-${fragment}.json`,
} as const;

/** FNV-1a over the term's UTF-16 code units, modulo the shard count (a power of two). */
export function shardOfTerm(term: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (shards - 1);
}
