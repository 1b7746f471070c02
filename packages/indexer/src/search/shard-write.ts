// From a full index to the files of a sharded one (`shard-format.ts`). Practices are
// renumbered in title order (ties by their number), so the sharded index breaks ties of
// score by number alone and still orders exactly as the full index, which compares titles.
import { searchFields } from "./encoder.js";
import type { ThesaurusData } from "./query.js";
import { inTitleOrder } from "./ranking.js";
import {
  facetFields,
  SHARDED_FORMAT,
  shardFiles,
  shardOfTerm,
  type DisplayFragment,
  type FacetField,
  type LexiconShard,
  type ShardStart,
  type TermShard,
  type VocabularyFile,
} from "./shard-format.js";
import type { IndexReader, StoredDoc } from "./term-lookup.js";
import { fileUnder } from "./multimap.js";
import { lettersOf, vocabularyBands } from "./vocabulary.js";
import type { SearchPage } from "./types.js";

/** The same cut as `TermLookup.postings`: more practices per field than this are never read. */
const CANDIDATES_PER_FIELD = 1000;
/** A lexicon shard of this many forms is under 1 KB gzip: an unknown word and its parts fetch some ten. */
const LEXICON_FORMS_PER_SHARD = 100;
/** About this many bytes of JSON per term shard: the shard count is the power of two that keeps them this small. */
const SHARD_BYTES = 4_000;
/** Practices per display fragment: a page of 20 hits fetches at most 20 small files. */
const FRAGMENT_SIZE = 4;

export interface ShardSource {
  reader: IndexReader;
  thesaurus: ThesaurusData;
  pages: readonly SearchPage[];
  vocabulary: VocabularyFile;
  /** The Swedish lexicon's word forms and their flags (`swedishWordForms()`). */
  wordForms: ReadonlyMap<string, number>;
}

/** File name (under the index's folder) → its JSON value. */
export function shardedFilesOf({ reader, thesaurus, pages, vocabulary, wordForms }: ShardSource): Map<string, unknown> {
  const docs: StoredDoc[] = [];
  for (let n = 0; n < reader.size; n++) {
    const doc = reader.doc(n);
    if (!doc) throw new Error(`The index has no practice number ${n}`);
    docs.push(doc);
  }
  const order = inTitleOrder(docs.map((doc) => doc.title));
  const renumbered = new Map(order.map((old, n) => [old, n]));
  const terms = termsOf(reader, renumbered);
  const termShards = shardCount(terms);
  const shards = Array.from({ length: termShards }, (): TermShard => ({}));
  for (const [term, lists] of terms) shards[shardOfTerm(term, termShards)]![term] = lists;

  const ordered = order.map((old) => docs[old]!);
  const files = new Map<string, unknown>();
  const bands = vocabularyBands(vocabulary);
  const lexicon = lexiconShardsOf(wordForms);
  const vocabularyLetters: Record<number, number[]> = {};
  for (const [band, items] of bands) {
    const byLetter = new Map<number, VocabularyFile>();
    for (const item of items) for (const letter of lettersOf(item)) fileUnder(byLetter, letter, item);
    vocabularyLetters[band] = [...byLetter.keys()].sort((a, b) => a - b);
    for (const [letter, letterItems] of byLetter) files.set(shardFiles.vocabularyLetter(band, letter), letterItems);
  }
  const sizes = { termShards, vocabularyBands: [...bands.keys()].sort((a, b) => a - b), vocabularyLetters, lexiconShards: lexicon.length };
  files.set(shardFiles.start, startOf(ordered, sizes, thesaurus, pages));
  for (const [i, shard] of lexicon.entries()) files.set(shardFiles.lexicon(i), shard);
  for (const [i, shard] of shards.entries()) files.set(shardFiles.terms(i), shard);
  for (let first = 0; first < ordered.length; first += FRAGMENT_SIZE) {
    const fragment: DisplayFragment = {
      first,
      docs: ordered.slice(first, first + FRAGMENT_SIZE).map((doc) => [doc.slug, doc.title, doc.summary, doc.asOf, doc.confirmedOn]),
    };
    files.set(shardFiles.fragment(first / FRAGMENT_SIZE), fragment);
  }
  for (const [band, items] of bands) files.set(shardFiles.vocabulary(band), items);
  files.set(
    shardFiles.ids,
    ordered.map((doc) => doc.slug),
  );
  return files;
}

/** Every term of every field with its practices per field, as `TermLookup.postings` reads them. */
function termsOf(reader: IndexReader, renumbered: ReadonlyMap<number, number>): Map<string, TermShard[string]> {
  const terms = new Map<string, TermShard[string]>();
  searchFields.forEach((field, f) => {
    const map = reader.fieldMap(field);
    for (const term of map?.keys() ?? []) {
      const list: number[] = [];
      for (const slot of map!.get(term) ?? []) {
        for (const n of slot ?? []) if (list.length < CANDIDATES_PER_FIELD) list.push(renumbered.get(n)!);
      }
      if (list.length === 0) continue;
      const lists = terms.get(term) ?? [[], [], [], []];
      terms.set(term, lists);
      lists[f] = list;
    }
  });
  return terms;
}

function shardCount(terms: ReadonlyMap<string, TermShard[string]>): number {
  let bytes = 0;
  for (const [term, lists] of terms) bytes += term.length + JSON.stringify(lists).length + 4;
  let count = 1;
  while (bytes / count > SHARD_BYTES) count *= 2;
  return count;
}

/** The word forms in shards of about `LEXICON_FORMS_PER_SHARD` forms (a power of two of them). */
function lexiconShardsOf(wordForms: ReadonlyMap<string, number>): LexiconShard[] {
  let count = 1;
  while (wordForms.size / count > LEXICON_FORMS_PER_SHARD) count *= 2;
  const shards = Array.from({ length: count }, (): LexiconShard => ({}));
  for (const [form, flags] of wordForms) shards[shardOfTerm(form, count)]![form] = flags;
  return shards;
}

function startOf(
  docs: readonly StoredDoc[],
  files: Pick<ShardStart, "termShards" | "vocabularyBands" | "vocabularyLetters" | "lexiconShards">,
  thesaurus: ThesaurusData,
  pages: readonly SearchPage[],
): ShardStart {
  const values = Object.fromEntries(facetFields.map((field) => [field, [] as string[]])) as Record<FacetField, string[]>;
  const positions = Object.fromEntries(facetFields.map((field) => [field, new Map<string, number>()])) as Record<
    FacetField,
    Map<string, number>
  >;
  const positionOf = (field: FacetField, value: string): string => {
    let at = positions[field].get(value);
    if (at === undefined) {
      at = values[field].length;
      values[field].push(value);
      positions[field].set(value, at);
    }
    return at.toString(36);
  };
  const encoded = docs.map((doc) =>
    facetFields
      .map((field) => {
        const value = doc[field];
        return (Array.isArray(value) ? value : [value]).map((v) => positionOf(field, v)).join(".");
      })
      .join("/"),
  );
  return {
    format: SHARDED_FORMAT,
    count: docs.length,
    ...files,
    fragmentSize: FRAGMENT_SIZE,
    thesaurus,
    pages: [...pages],
    values,
    docs: encoded,
  };
}
