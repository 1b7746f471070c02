// The search itself: one FlexSearch Document index plus our ranking, used the same
// way by `kb search` and by the site, so both return the same order for a query.
import { Document } from "flexsearch";
import { documentOptions, fieldWeights, indexedFieldPath, searchFields, type SearchField } from "./encoder.js";
import { matchesFilters } from "./filters.js";
import { fold, stopWords, termOf, wordsOf } from "./swedish.js";
import {
  INDEX_FORMAT,
  type IndexedText,
  type SearchDocument,
  type SearchHit,
  type SearchOptions,
  type SerializedIndex,
} from "./types.js";

/** Guards against pathological input: a pasted page of text is cut, never an error. */
const MAX_QUERY_WORDS = 12;
const MAX_WORD_LENGTH = 64;
const CANDIDATES_PER_FIELD = 1000;

type StoredDoc = SearchDocument & { n: number };

export class SearchIndex {
  private readonly index: Document;
  private count = 0;

  private constructor() {
    this.index = new Document(documentOptions());
  }

  static empty(): SearchIndex {
    return new SearchIndex();
  }

  /** Rebuilds an index from `exportIndex()` output, e.g. a JSON file fetched by the browser. */
  static async fromSerialized(serialized: SerializedIndex): Promise<SearchIndex> {
    if (serialized?.format !== INDEX_FORMAT) {
      throw new Error(`Unknown search index format: ${String(serialized?.format)}`);
    }
    const search = new SearchIndex();
    for (const [key, data] of Object.entries(serialized.chunks)) await search.index.import(key, data);
    search.count = serialized.count;
    return search;
  }

  /**
   * Splits an export in two files so that the first search needs little: `first` holds the
   * title index, the registry and the store (enough to find and show hits by title), `rest`
   * the summary, facet and body indexes, which `importMore` adds while the reader types.
   */
  static splitForFirstSearch(serialized: SerializedIndex): { first: SerializedIndex; rest: SerializedIndex } {
    const first: SerializedIndex = { ...serialized, chunks: {} };
    const rest: SerializedIndex = { ...serialized, chunks: {} };
    for (const [key, data] of Object.entries(serialized.chunks)) (isFirstSearchChunk(key) ? first : rest).chunks[key] = data;
    return { first, rest };
  }

  /** Imports the other part of a split export into an index already searching. */
  async importMore(serialized: SerializedIndex): Promise<void> {
    if (serialized?.format !== INDEX_FORMAT) throw new Error(`Unknown search index format: ${String(serialized?.format)}`);
    for (const [key, data] of Object.entries(serialized.chunks)) await this.index.import(key, data);
  }

  get size(): number {
    return this.count;
  }

  add(doc: SearchDocument, text: IndexedText): void {
    this.index.add({ n: this.count, ...doc, text: { ...text } });
    this.count += 1;
  }

  async exportIndex(): Promise<SerializedIndex> {
    const chunks: Record<string, string> = {};
    await this.index.export((key: string | number, data: unknown) => {
      if (data !== undefined && data !== null) chunks[String(key)] = String(data);
    });
    return { format: INDEX_FORMAT, count: this.count, chunks };
  }

  /** Every stored practice, in the order they were added. */
  documents(): SearchDocument[] {
    const docs: SearchDocument[] = [];
    for (let n = 0; n < this.count; n++) {
      const doc = this.index.get(n) as StoredDoc | null;
      if (doc) docs.push(withoutNumber(doc));
    }
    return docs;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, Math.floor(options.limit ?? 20)) || 0; // NaN → 0, as slice(0, NaN) did
    const words = queryWords(query);
    if (words.length === 0) {
      if (query.trim() !== "" && wordsOf(query).length > 0) return [];
      return this.documents()
        .filter((doc) => matchesFilters(doc, options.filters))
        .sort((a, b) => byTitle(a.title, b.title))
        .slice(0, limit)
        .map((doc) => ({ ...doc, id: doc.slug, score: 0, matchedWords: 0 }));
    }

    const scores = new Map<number, { score: number; matched: number }>();
    for (const word of words) {
      const best = new Map<number, number>();
      for (const field of searchFields) this.scoreField(word, field, best);
      for (const [n, wordScore] of best) {
        const entry = scores.get(n) ?? { score: 0, matched: 0 };
        entry.score += wordScore;
        entry.matched += 1;
        scores.set(n, entry);
      }
    }

    // Keep only the best `limit` candidates, in order (a stable insertion into a short list,
    // so the order is what a full sort would give), and copy only the hits returned.
    const top: Ranked[] = [];
    for (const [n, { score, matched }] of scores) {
      const candidate = { n, score: Math.round(score * 1000) / 1000, matched, doc: undefined as StoredDoc | null | undefined };
      if (top.length === limit && (limit === 0 || compareRanked(candidate, top[limit - 1]!, this.index) >= 0)) continue;
      const doc = (candidate.doc = this.index.get(n) as StoredDoc | null);
      if (!doc || !matchesFilters(doc, options.filters)) continue;
      let low = 0;
      let high = top.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (compareRanked(top[middle]!, candidate, this.index) <= 0) low = middle + 1;
        else high = middle;
      }
      top.splice(low, 0, candidate);
      if (top.length > limit) top.pop();
    }
    return top.map(({ doc, score, matched }) => ({ ...withoutNumber(doc!), id: doc!.slug, score, matchedWords: matched }));
  }

  /** Adds this field's evidence for `word` to `best`, keeping each practice's strongest field. */
  private scoreField(word: string, field: SearchField, best: Map<number, number>): void {
    const results = this.index.search(word, { index: indexedFieldPath(field), limit: CANDIDATES_PER_FIELD }) as unknown as {
      result: number[];
    }[];
    const ids = results[0]?.result ?? [];
    ids.forEach((n, rank) => {
      // Earlier in FlexSearch's list means the word stands earlier in the field.
      const score = fieldWeights[field] * (1 + 1 / (rank + 2));
      const previous = best.get(n);
      // The strongest field counts in full; others add a little, so title + body beats title alone.
      best.set(n, previous === undefined ? score : Math.max(previous, score) + Math.min(previous, score) * 0.1);
    });
  }
}

/** The query's distinct words, one per search term, stop words removed. */
function queryWords(query: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of wordsOf(String(query ?? ""))) {
    const word = raw.slice(0, MAX_WORD_LENGTH);
    const term = termOf(word);
    if (!term || seen.has(term) || isStopWord(word)) continue;
    seen.add(term);
    words.push(word);
    if (words.length === MAX_QUERY_WORDS) break;
  }
  return words;
}

const isStopWord = (word: string) => stopWords.has(fold(word));

interface Ranked {
  n: number;
  score: number;
  matched: number;
  /** Fetched from the store only when the candidate may enter the list. */
  doc: StoredDoc | null | undefined;
}

/** Practices with all the words come first; then the stronger field matches; then by title. */
function compareRanked(a: Ranked, b: Ranked, index: Document): number {
  const byEvidence = b.matched - a.matched || b.score - a.score;
  if (byEvidence !== 0) return byEvidence;
  a.doc ??= index.get(a.n) as StoredDoc | null;
  b.doc ??= index.get(b.n) as StoredDoc | null;
  return byTitle(a.doc?.title ?? "", b.doc?.title ?? "");
}

/** Chunks of an export that the first search needs: the title field, the registry, the store. */
function isFirstSearchChunk(key: string): boolean {
  return key.startsWith(`${indexedFieldPath("title")}.`) || key.endsWith(".reg") || key.endsWith(".doc");
}

/** One collator for every comparison: `localeCompare(…, "sv")` builds a new one per call. */
const byTitle = new Intl.Collator("sv").compare;

function withoutNumber(doc: StoredDoc): SearchDocument {
  const { n: _n, ...rest } = doc;
  return rest;
}
