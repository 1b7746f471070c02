// The search itself: one FlexSearch Document index plus our query understanding and
// ranking, used the same way by `kb search` and by the site, so both return the same
// order for a query.
import { Document } from "flexsearch";
import { splitCompound, type Lexicon } from "../compounds/split.js";
import { documentOptions, fieldWeights, indexedFieldPath, searchFields, type SearchField } from "./encoder.js";
import { facetCountsOf, filterNames, matchesFilters, type FacetCounts } from "./filters.js";
import { Pages, type PageHit, type SearchPage } from "./pages.js";
import { conceptOf, parseQuery, Thesaurus, type Alternative, type Concept, type ThesaurusData } from "./query.js";
import { fold, termOf, wordsOf } from "./swedish.js";
import { boundedDistance, typoKey, Vocabulary, type VocabularyEntry } from "./typo.js";
import {
  INDEX_FORMAT,
  type Correction,
  type IndexedText,
  type SearchDocument,
  type SearchFilters,
  type SearchHit,
  type SearchOptions,
  type SerializedIndex,
} from "./types.js";

const CANDIDATES_PER_FIELD = 1000;
/** A concept found in more than this share of all practices cannot make a hit on its own. */
const COMMON_SHARE = 0.5;
/** A phrase synonym is used when all its words are in at most RARE_SHARE of the practices, or one in at most VERY_RARE_SHARE. */
const RARE_SHARE = 0.1;
const VERY_RARE_SHARE = 0.03;
/** With fewer hits than this, the result suggests topics and target groups to browse. */
const FEW_HITS = 3;
/** How much a practice of the municipality the query names gains: alone, or shared with others. */
const PLACE_OWN = fieldWeights.title * 1.5;
const PLACE_SHARED = fieldWeights.summary;
/** A part of a compound split from a query word counts alone this much (only parts of 4+ letters). */
const PART_WEIGHT = 0.5;

/** Chunks we add to FlexSearch's export: the thesaurus and the pages, both needed for the first search. */
const EXTRA_CHUNKS = { thesaurus: "kb.thesaurus", pages: "kb.pages" } as const;

type StoredDoc = SearchDocument & { n: number };
type Postings = (readonly number[] | null | undefined)[];
/** FlexSearch keeps each field's terms in a Map from term to position slots of document numbers. */
type FieldIndexes = Map<string, { map: Map<string, Postings> }>;

/** Everything a search page shows for one query. */
export interface SearchResult {
  hits: SearchHit[];
  /** Practices that match (after filters), all of them, not only those in `hits`. */
  total: number;
  /** Of `total`, those with every concept of the query. */
  withAll: number;
  /** Of `total`, those with only some. */
  withSome: number;
  /** How many concepts (words or phrases, with synonyms) the query has after question words are dropped. */
  concepts: number;
  corrections: Correction[];
  /** Places and pages that answer the query, shown above the practices. */
  pages: PageHit[];
  /** With few or no hits: topics and target groups to browse instead. */
  suggestions: PageHit[];
  /** Words to mark in hits: typed, corrected and synonyms that matched. */
  highlight: string[];
  facets?: FacetCounts;
}

export interface IndexExtras {
  thesaurus?: ThesaurusData;
  pages?: readonly SearchPage[];
}

export class SearchIndex {
  private readonly index: Document;
  private count = 0;
  private thesaurusData: ThesaurusData = { groups: [] };
  private thesaurus = new Thesaurus();
  private pages = new Pages();
  /** Built on the first query that needs it, dropped when more of the index arrives. */
  private vocabulary: { words: Vocabulary; lexicon: Lexicon } | undefined;
  /** Repairs of unknown words, kept while the vocabulary is: a query is run again on every keystroke and filter click. */
  private repairs = new Map<string, { concept: Concept; correction: Correction } | null>();

  private constructor() {
    this.index = new Document(documentOptions());
  }

  static empty(extras: IndexExtras = {}): SearchIndex {
    const search = new SearchIndex();
    search.setExtras(extras);
    return search;
  }

  private setExtras({ thesaurus, pages }: IndexExtras): void {
    if (thesaurus) {
      this.thesaurusData = thesaurus;
      this.thesaurus = new Thesaurus(thesaurus);
    }
    if (pages) this.pages = new Pages(pages);
    this.resetVocabulary();
  }

  /** Rebuilds an index from `exportIndex()` output, e.g. a JSON file fetched by the browser. */
  static async fromSerialized(serialized: SerializedIndex): Promise<SearchIndex> {
    if (serialized?.format !== INDEX_FORMAT) {
      throw new Error(`Unknown search index format: ${String(serialized?.format)}`);
    }
    const search = new SearchIndex();
    await search.importChunks(serialized);
    search.count = serialized.count;
    return search;
  }

  /**
   * Splits an export in two files so that the first search needs little: `first` holds the
   * title index, the registry, the store, the thesaurus and the pages (enough to find and
   * show hits by title), `rest` the summary, facet and body indexes, which `importMore`
   * adds while the reader types.
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
    await this.importChunks(serialized);
  }

  private async importChunks(serialized: SerializedIndex): Promise<void> {
    for (const [key, data] of Object.entries(serialized.chunks)) {
      if (key === EXTRA_CHUNKS.thesaurus) this.setExtras({ thesaurus: JSON.parse(data) as ThesaurusData });
      else if (key === EXTRA_CHUNKS.pages) this.setExtras({ pages: JSON.parse(data) as SearchPage[] });
      else await this.index.import(key, data);
    }
    this.resetVocabulary();
  }

  private resetVocabulary(): void {
    this.vocabulary = undefined;
    this.repairs = new Map();
  }

  get size(): number {
    return this.count;
  }

  add(doc: SearchDocument, text: IndexedText): void {
    this.index.add({ n: this.count, ...doc, text: { ...text } });
    this.count += 1;
    this.resetVocabulary();
  }

  async exportIndex(): Promise<SerializedIndex> {
    const chunks: Record<string, string> = {};
    await this.index.export((key: string | number, data: unknown) => {
      if (data !== undefined && data !== null) chunks[String(key)] = String(data);
    });
    chunks[EXTRA_CHUNKS.thesaurus] = JSON.stringify(this.thesaurusData);
    chunks[EXTRA_CHUNKS.pages] = JSON.stringify(this.pages.pages);
    return { format: INDEX_FORMAT, count: this.count, chunks };
  }

  /** Every stored practice, in the order they were added. */
  documents(): SearchDocument[] {
    const docs: SearchDocument[] = [];
    for (let n = 0; n < this.count; n++) {
      const doc = this.doc(n);
      if (doc) docs.push(withoutNumber(doc));
    }
    return docs;
  }

  /** The pages (municipalities, county, topics, target groups, collections) the index knows. */
  listPages(): readonly SearchPage[] {
    return this.pages.pages;
  }

  /** The practices for a query, best first. Same order as `run(query, options).hits`. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.run(query, options).hits;
  }

  /** Hits, counts, corrections, pages, suggestions and (with `facets: true`) filter counts for a query. */
  run(query: string, options: SearchOptions = {}): SearchResult {
    const limit = Math.max(0, Math.floor(options.limit ?? 20)) || 0; // NaN → 0, as slice(0, NaN) did
    const filters = options.filters ?? {};
    const concepts = parseQuery(query, this.thesaurus);
    if (concepts.length === 0) {
      const typedSomething = String(query ?? "").trim() !== "" && wordsOf(String(query)).length > 0;
      return this.listAll(typedSomething, filters, limit, options.facets === true);
    }

    const lookup = new TermLookup(this);
    const corrections: Correction[] = [];
    for (const [i, concept] of concepts.entries()) {
      if (concept.group || concept.alternatives[0]!.terms.length !== 1 || lookup.any(concept.alternatives[0]!.terms[0]!)) continue;
      const key = fold(concept.typed[0]!);
      let repaired = this.repairs.get(key);
      if (repaired === undefined) {
        repaired = this.repair(concept, lookup) ?? null;
        this.repairs.set(key, repaired);
      }
      if (repaired) {
        concepts[i] = { ...repaired.concept, alternatives: [...repaired.concept.alternatives] };
        corrections.push({ ...repaired.correction, word: concept.typed[0]! });
      }
    }
    for (const concept of concepts) concept.place = this.pages.placeOf(concept);

    // Evidence per concept: practice number → how well it matches, counting rare concepts more.
    const evidence = concepts.map((concept) => this.conceptEvidence(concept, lookup));
    const common = evidence.map((found) => found.size > this.count * COMMON_SHARE);
    // A concept found nowhere informs nothing either: it must not hide the hits of the others.
    const anyInformative = common.some((isCommon, c) => !isCommon && evidence[c]!.size > 0);
    // Sums per practice number in flat arrays: a Map of objects per candidate costs more than the search.
    const score = new Float64Array(this.count);
    const matchedCount = new Uint8Array(this.count);
    const informativeHit = new Uint8Array(this.count);
    const touched: number[] = [];
    evidence.forEach((found, c) => {
      const idf = Math.log(1 + this.count / Math.max(1, found.size));
      for (const [n, value] of found) {
        if (matchedCount[n] === 0) touched.push(n);
        score[n] = score[n]! + idf * value;
        matchedCount[n] = matchedCount[n]! + 1;
        if (!common[c]) informativeHit[n] = 1;
      }
    });

    const needDocs = options.facets === true || filterNames.some((name) => (filters[name]?.length ?? 0) > 0);
    const facetDocs: StoredDoc[] = [];
    const top: Ranked[] = [];
    let withAll = 0;
    let withSome = 0;
    for (const n of touched) {
      // A practice that only shares words found nearly everywhere ("kommun") is not a hit.
      if (anyInformative && !informativeHit[n]) continue;
      const matched = matchedCount[n]!;
      const candidate: Ranked = {
        n,
        score: Math.round(score[n]! * 1000) / 1000,
        matched,
        all: matched === concepts.length,
        doc: undefined,
      };
      if (needDocs) {
        const doc = this.doc(n);
        candidate.doc = doc;
        if (!doc) continue;
        if (options.facets) facetDocs.push(doc);
        if (!matchesFilters(doc, filters)) continue;
      }
      if (candidate.all) withAll += 1;
      else withSome += 1;
      insertTop(top, candidate, limit, this);
    }

    const highlight = new Set<string>();
    concepts.forEach((concept, c) => {
      if (evidence[c]!.size === 0) return;
      for (const alternative of concept.alternatives) {
        if (alternative.terms.every((term) => lookup.atLeast(term) > 0)) for (const word of alternative.words) highlight.add(word);
      }
    });
    const total = withAll + withSome;
    const pages = this.pages.match(concepts);
    return {
      hits: top.map((ranked) => this.hitOf(ranked)),
      total,
      withAll,
      withSome,
      concepts: concepts.length,
      corrections,
      pages: pages.map(pageHitOf),
      suggestions: total < FEW_HITS ? this.suggestionsFor(concepts, pages).map(pageHitOf) : [],
      highlight: [...highlight],
      facets: options.facets ? facetCountsOf(facetDocs, filters) : undefined,
    };
  }

  private listAll(typedSomething: boolean, filters: SearchFilters, limit: number, facets: boolean): SearchResult {
    const all = typedSomething ? [] : this.documents();
    const matching = all.filter((doc) => matchesFilters(doc, filters)).sort((a, b) => byTitle(a.title, b.title));
    return {
      hits: matching.slice(0, limit).map((doc) => ({ ...doc, id: doc.slug, score: 0, matchedWords: 0 })),
      total: matching.length,
      withAll: matching.length,
      withSome: 0,
      concepts: 0,
      corrections: [],
      pages: [],
      suggestions: [],
      highlight: [],
      facets: facets ? facetCountsOf(all, filters) : undefined,
    };
  }

  /**
   * A query word the index does not know: split it into words the index knows, or
   * correct it to the nearest known word. A word with hits never comes here.
   */
  private repair(concept: Concept, lookup: TermLookup): { concept: Concept; correction: Correction } | undefined {
    const word = concept.typed[0]!;
    const folded = fold(word);
    if (!/^\p{L}+$/u.test(folded)) return undefined;
    const { words, lexicon } = this.getVocabulary();

    const exact = splitCompound(folded, lexicon);
    if (exact.length > 1) return this.splitConcept(concept, exact, asTyped(word, exact));

    // Edits are allowed by length without double letters, so a run of one letter (ööööö) is one letter, not a long word.
    {
      const near = words.near([typoKey(word), typoKey(termOf(word))]);
      const closest = near.filter((found) => found.distance === near[0]?.distance).slice(0, 20);
      let best: VocabularyEntry | undefined;
      let bestCount = 0;
      for (const { entry } of closest) {
        const count = lookup.count(entry.term);
        if (count > bestCount) [best, bestCount] = [entry, count];
      }
      if (best) {
        const terms = [best.term];
        const shown = closestForm(best, word);
        const corrected = conceptOf([shown], terms, this.thesaurus.groupOf(terms), false);
        corrected.typed = concept.typed;
        return { concept: corrected, correction: { word, to: shown, kind: "typo" } };
      }
    }

    const loose = this.looseSplit(folded, words);
    if (loose) return this.splitConcept(concept, loose.parts, [...asTyped(word, loose.parts.slice(0, 1)), loose.shownTail]);
    return undefined;
  }

  private splitConcept(concept: Concept, parts: string[], shown: string[]): { concept: Concept; correction: Correction } {
    const terms = parts.map((part) => termOf(part));
    const split: Concept = { typed: concept.typed, alternatives: [{ terms, weight: 1, words: shown }], open: false };
    for (const [i, part] of parts.entries()) {
      if (part.length >= 4) split.alternatives.push({ terms: [terms[i]!], weight: PART_WEIGHT, words: [shown[i]!] });
    }
    return { concept: split, correction: { word: concept.typed[0]!, to: shown.join(" "), kind: "split" } };
  }

  /**
   * A compound whose last part has a typo (`hyresvärdsnätvärk`) or is short (`modulhus`):
   * a known head of 4+ letters, an optional linking s, and a tail that is known or one
   * typo from a known word of 5+ letters.
   */
  private looseSplit(folded: string, words: Vocabulary): { parts: string[]; shownTail: string } | undefined {
    // The longest known heads only: each try scans the vocabulary for the tail.
    let tries = 0;
    for (let end = folded.length - 3; end >= 4 && tries < 3; end--) {
      const head = folded.slice(0, end);
      if (!words.terms.has(termOf(head))) continue;
      tries += 1;
      for (const start of folded[end] === "s" && folded.length - end > 3 ? [end + 1, end] : [end]) {
        const tail = folded.slice(start);
        if (words.terms.has(termOf(tail))) return { parts: [head, tail], shownTail: tail };
        const near = words.near([typoKey(tail)], 1);
        if (near[0]) return { parts: [head, fold(near[0].entry.forms[0]!)], shownTail: closestForm(near[0].entry, tail) };
      }
    }
    return undefined;
  }

  /** Practice number → evidence for one concept: its best alternative, plus the place bonus. */
  private conceptEvidence(concept: Concept, lookup: TermLookup): Map<number, number> {
    // One word without synonyms, not a place: its evidence as it is, without a copy.
    if (concept.alternatives.length === 1 && concept.alternatives[0]!.terms.length === 1 && !concept.place) {
      return lookup.termEvidence(concept.alternatives[0]!.terms[0]!);
    }
    const found = new Map<number, number>();
    const usable: { evidence: Map<number, number>; weight: number }[] = [];
    // At least as many practices as the longest field list: enough to call a word common without counting it exactly.
    const common = (term: string) => lookup.atLeast(term) > this.count * COMMON_SHARE || lookup.count(term) > this.count * COMMON_SHARE;
    for (const [i, alternative] of concept.alternatives.entries()) {
      // A synonym or compound part made of everyday words (`delat boende`, `boende`) cannot
      // be told apart from those words (the index does not keep word order), and a word in
      // most practices tells nothing: either would only widen the result.
      if (i > 0 && alternative.terms.some(common)) continue;
      // A phrase synonym is checked word by word, not as a phrase, so its words must be rare
      // enough that having them all means the phrase: `egna hem` must not find `egna HVB-hem`,
      // while `arbetsplatsintegrerat lärande` (one very rare word) may be used.
      if (i > 0 && alternative.terms.length > 1 && !this.phraseIsTellingEnough(alternative.terms, lookup)) continue;
      const evidence = lookup.alternative(alternative);
      if (evidence.size > 0) usable.push({ evidence, weight: alternative.terms.length === 1 ? alternative.weight : 1 });
    }
    // Most synonyms are not in the index at all: then the typed word's evidence is the concept's, without a copy.
    if (usable.length === 1 && usable[0]!.weight === 1 && !concept.place) return usable[0]!.evidence;
    for (const { evidence, weight } of usable) {
      for (const [n, raw] of evidence) {
        const value = raw * weight;
        if (value > (found.get(n) ?? 0)) found.set(n, value);
      }
    }
    if (concept.place) {
      // The place's own practices first, then those it shares with other municipalities.
      for (const n of lookup.postings(concept.alternatives[0]!.terms[0]!, "meta")) {
        const doc = this.doc(n);
        if (!doc?.municipalities.includes(concept.place)) continue;
        found.set(n, (found.get(n) ?? 0) + (doc.municipalities.length === 1 ? PLACE_OWN : PLACE_SHARED));
      }
    }
    return found;
  }

  private phraseIsTellingEnough(terms: readonly string[], lookup: TermLookup): boolean {
    const counts = terms.map((term) => lookup.count(term));
    return Math.min(...counts) <= Math.max(2, this.count * VERY_RARE_SHARE) || Math.max(...counts) <= Math.max(1, this.count * RARE_SHARE);
  }

  private suggestionsFor(concepts: readonly Concept[], shown: readonly SearchPage[]): SearchPage[] {
    const ids = new Set<string>();
    for (const concept of concepts) {
      for (const topic of concept.group?.topics ?? []) ids.add(`amne:${topic}`);
      for (const group of concept.group?.targetGroups ?? []) ids.add(`malgrupp:${group}`);
    }
    for (const page of this.pages.related(concepts)) ids.add(page.id);
    for (const page of shown) ids.delete(page.id);
    return [...ids]
      .map((id) => this.pages.get(id))
      .filter((page): page is SearchPage => page !== undefined)
      .slice(0, 4);
  }

  private getVocabulary(): { words: Vocabulary; lexicon: Lexicon } {
    if (this.vocabulary) return this.vocabulary;
    const display = new Map<string, string[]>();
    const see = (word: string) => {
      const term = termOf(word);
      if (term.length < 2) return;
      const forms = display.get(term) ?? [];
      const form = word.toLowerCase();
      if (forms.length < 4 && !forms.includes(form)) display.set(term, [...forms, form]);
    };
    for (let n = 0; n < this.count; n++) {
      const doc = this.doc(n);
      if (doc) for (const word of wordsOf(`${doc.title} ${doc.summary}`)) see(word);
    }
    for (const word of this.pages.titleWords()) see(word);
    const terms = new Set(display.keys());
    for (const term of this.fieldMap("body")?.keys() ?? []) if (term.length >= 2) terms.add(term);
    const entries: VocabularyEntry[] = [...terms].map((term) => {
      const forms = display.get(term) ?? [term];
      return { term, forms, keys: [...new Set([...forms.map(typoKey), typoKey(term)])] };
    });
    const words = new Vocabulary(entries);
    const surfaces = new Set([...display.values()].flat().map(fold));
    const lexicon: Lexicon = {
      // A known word, or a known word's stem: `plats` is a part because `platsen` was indexed as `plat`.
      has: (part) => surfaces.has(part) || words.terms.has(part) || (part.length >= 4 && words.terms.has(termOf(part))),
      hasInflected: (part) => part.length >= 4 && words.terms.has(termOf(part)),
    };
    this.vocabulary = { words, lexicon };
    return this.vocabulary;
  }

  /** @internal The term map FlexSearch keeps for one field. */
  fieldMap(field: SearchField): Map<string, Postings> | undefined {
    return (this.index as unknown as { index: FieldIndexes }).index.get(indexedFieldPath(field))?.map;
  }

  /** @internal */
  doc(n: number): StoredDoc | null {
    return this.index.get(n) as StoredDoc | null;
  }

  private hitOf({ n, doc, score, matched }: Ranked): SearchHit {
    const stored = doc ?? this.doc(n)!;
    return { ...withoutNumber(stored), id: stored.slug, score, matchedWords: matched };
  }
}

/** Per-query cache of what the index holds for each term, field by field. */
class TermLookup {
  private readonly evidence = new Map<string, Map<number, number>>();
  private readonly lists = new Map<string, number[]>();

  constructor(private readonly search: SearchIndex) {}

  /** Practice numbers holding `term` in `field`, earliest position first (FlexSearch's order). */
  postings(term: string, field: SearchField): number[] {
    const key = `${field}\u0000${term}`;
    let list = this.lists.get(key);
    if (list) return list;
    list = [];
    for (const slot of this.search.fieldMap(field)?.get(term) ?? []) {
      if (!slot) continue;
      for (const n of slot) {
        list.push(n);
        if (list.length === CANDIDATES_PER_FIELD) break;
      }
      if (list.length === CANDIDATES_PER_FIELD) break;
    }
    this.lists.set(key, list);
    return list;
  }

  any(term: string): boolean {
    return this.termEvidence(term).size > 0;
  }

  count(term: string): number {
    return this.termEvidence(term).size;
  }

  /** The strongest field counts in full; others add a little, so title + body beats title alone. */
  termEvidence(term: string): Map<number, number> {
    let best = this.evidence.get(term);
    if (best) return best;
    best = new Map();
    for (const field of searchFields) {
      this.postings(term, field).forEach((n, rank) => {
        // Earlier in the list means the word stands earlier in the field.
        const score = fieldWeights[field] * (1 + 1 / (rank + 2));
        const previous = best!.get(n);
        best!.set(n, previous === undefined ? score : Math.max(previous, score) + Math.min(previous, score) * 0.1);
      });
    }
    this.evidence.set(term, best);
    return best;
  }

  /** A lower bound of `count(term)` from the field lists alone, without merging them. */
  atLeast(term: string): number {
    let most = 0;
    for (const field of searchFields) most = Math.max(most, this.postings(term, field).length);
    return most;
  }

  /**
   * Practices with every term of the alternative, scored by their mean evidence; a phrase
   * gets its weight here, a single word's evidence is returned as is (the caller weighs it).
   */
  alternative({ terms, weight }: Alternative): Map<number, number> {
    const lists = terms.map((term) => this.termEvidence(term));
    if (lists.length === 1) return lists[0]!;
    const [smallest, ...others] = [...lists].sort((a, b) => a.size - b.size);
    const found = new Map<number, number>();
    for (const [n, value] of smallest!) {
      let sum = value;
      let all = true;
      for (const other of others) {
        const v = other.get(n);
        if (v === undefined) {
          all = false;
          break;
        }
        sum += v;
      }
      if (all) found.set(n, (sum / lists.length) * weight);
    }
    return found;
  }
}

interface Ranked {
  n: number;
  score: number;
  matched: number;
  /** The practice has every concept of the query. */
  all: boolean;
  /** Fetched from the store only when the candidate may enter the list. */
  doc: StoredDoc | null | undefined;
}

/** Keeps the best `limit` candidates in order: a stable insertion into a short list, as a full sort would order them. */
function insertTop(top: Ranked[], candidate: Ranked, limit: number, index: SearchIndex): void {
  if (top.length === limit && (limit === 0 || compareRanked(candidate, top[limit - 1]!, index) >= 0)) return;
  let low = 0;
  let high = top.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareRanked(top[middle]!, candidate, index) <= 0) low = middle + 1;
    else high = middle;
  }
  top.splice(low, 0, candidate);
  if (top.length > limit) top.pop();
}

/** Practices with all the concepts come first; then the higher score; then by title. */
function compareRanked(a: Ranked, b: Ranked, index: SearchIndex): number {
  const byEvidence = Number(b.all) - Number(a.all) || b.score - a.score;
  if (byEvidence !== 0) return byEvidence;
  a.doc ??= index.doc(a.n);
  b.doc ??= index.doc(b.n);
  return byTitle(a.doc?.title ?? "", b.doc?.title ?? "") || a.n - b.n;
}

/** Chunks of an export that the first search needs: the title field, the registry, the store, our extras. */
function isFirstSearchChunk(key: string): boolean {
  return key.startsWith(`${indexedFieldPath("title")}.`) || key.endsWith(".reg") || key.endsWith(".doc") || key.startsWith("kb.");
}

/** The parts as the reader typed them (with å, ä, ö): folding keeps every letter in place. */
function asTyped(word: string, parts: readonly string[]): string[] {
  const lower = word.toLowerCase();
  const folded = fold(word);
  if (folded.length !== lower.length) return [...parts];
  let from = 0;
  return parts.map((part) => {
    const at = folded.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
    return lower.slice(at, at + part.length);
  });
}

/** The written form of `entry` nearest to what was typed: `samhällsorientering`, not `samhällsorienteringen`. */
function closestForm(entry: VocabularyEntry, typed: string): string {
  const key = typoKey(typed);
  let best = entry.forms[0]!;
  let bestDistance = Infinity;
  for (const form of entry.forms) {
    const distance = boundedDistance(key, typoKey(form), 8);
    if (distance < bestDistance) [best, bestDistance] = [form, distance];
  }
  return best;
}

/** One collator for every comparison: `localeCompare(…, "sv")` builds a new one per call. */
const byTitle = new Intl.Collator("sv").compare;

const pageHitOf = ({ id, kind, title, path, practices }: SearchPage): PageHit => ({ id, kind, title, path, practices });

function withoutNumber(doc: StoredDoc): SearchDocument {
  const { n: _n, ...rest } = doc;
  return rest;
}
