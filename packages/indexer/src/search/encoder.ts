// The one FlexSearch configuration. The index builder and the browser import this
// module, so a query is encoded exactly as the documents were.
import { Encoder, type DocumentOptions } from "flexsearch";
import { fold, stopWords, termOf } from "./swedish.js";

/** Fields that are searched, strongest first, with how much a match in each counts. */
export const fieldWeights = {
  title: 8,
  summary: 4,
  meta: 2,
  body: 1,
} as const;

export type SearchField = keyof typeof fieldWeights;
export const searchFields = Object.keys(fieldWeights) as SearchField[];

/** What the search keeps of each practice to show a hit without loading the page. */
const storedFields = [
  "slug",
  "title",
  "summary",
  "municipalities",
  "topics",
  "targetGroups",
  "funding",
  "status",
  "asOf",
  "confirmedOn",
] as const;

/** Indexed text sits under `text:` so the store keeps the original title and summary for display. */
export const indexedFieldPath = (field: SearchField) => `text:${field}`;

export function createEncoder(): Encoder {
  return new Encoder({
    // FlexSearch's defaults are tuned for English: they would collapse double letters
    // (samhällsorientering → samhalsorientering) and cut years into triples.
    normalize: (text: string) => text.toLowerCase(),
    dedupe: false,
    numeric: false,
    split: /[^\p{L}\p{N}]+/u,
    filter: (term: string) => !stopWords.has(fold(term)),
    finalize: (terms: string[]) => terms.map(termOf).filter((term) => term.length > 0),
    minlength: 1,
    maxlength: 64,
  });
}

/**
 * Titles, summaries and facet labels are indexed by prefix so that results appear while
 * typing. The body is indexed by whole terms: compounds in it are split into their parts
 * when the index is built, which finds `bostad` in `bostadsbrist` at a fraction of the
 * size of substring indexing.
 */
export function documentOptions(encoder: Encoder = createEncoder()): DocumentOptions {
  return {
    document: {
      id: "n",
      index: searchFields.map((field) => ({
        field: indexedFieldPath(field),
        tokenize: field === "body" ? "strict" : "forward",
        encoder,
      })),
      store: [...storedFields],
    },
  } as DocumentOptions;
}
