// The search itself: one FlexSearch Document index (or its shards, `shard-*.ts`) plus our
// query understanding and ranking, used alike by `kb search` and the site, so both return
// the same order. The rules live in their own modules: `ranking.ts`, `unknown-words.ts` and
// `repair.ts` (typos and compounds), `vocabulary.ts`, `term-lookup.ts` (what the index holds per term), `serialized.ts`.
import { Document } from "flexsearch";
import { withAbout } from "./about.js";
import { feedbackFrom } from "./feedback.js";
import { highlightWords } from "./highlight-words.js";
import { documentOptions, indexedFieldPath, type SearchField } from "./encoder.js";
import { facetCountsOf, matchesFilters, type FacetCounts } from "./filters.js";
import { Pages } from "./pages.js";
import type { PlaceMember } from "./place-members.js";
import { parseQuery, Thesaurus, type Concept, type ThesaurusData } from "./query.js";
import { PlaceNames, type PlaceRef } from "./query-places.js";
import { EvidencePool } from "./evidence.js";
import { byTitle, conceptEvidence, type Ranked } from "./ranking.js";
import { topHits } from "./top-hits.js";
import { assertFormat, EXTRA_CHUNKS } from "./serialized.js";
import { wordsOf } from "./swedish.js";
import { shardedFilesOf } from "./shard-write.js";
import { ShardStore, type FetchJson } from "./shard-store.js";
import { TermLookup, type IndexReader, type Postings, type StoredDoc, type TermMap } from "./term-lookup.js";
import { StoredLookups } from "./stored-lookups.js";
import type {
  Correction,
  IndexedText,
  PageHit,
  SearchDocument,
  SearchFilters,
  SearchHit,
  SearchOptions,
  SearchPage,
  SerializedIndex,
} from "./types.js";
import { INDEX_FORMAT } from "./types.js";
import type { SwedishWords } from "./swedish-words.js";
import { UnknownWords } from "./unknown-words.js";
import { vocabularyOf } from "./vocabulary.js";

/** With fewer hits than this, the result suggests topics and target groups to browse. */
const FEW_HITS = 3;

/** Rounds of fetching a query may take: its terms, a repair's vocabulary and candidates, the repaired terms, the hits' text. */
const MAX_FETCH_ROUNDS = 8;
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
  /** Words of the query that no practice uses and that are no typo or compound of words the bank has: said, not guessed at. */
  absent: string[];
  /** Places and pages that answer the query, shown above the practices. */
  pages: PageHit[];
  /** With few or no hits: topics and target groups to browse instead. */
  suggestions: PageHit[];
  /** With one or two hits: practices like them, about `relatedBy`, the hits' most telling topics (`feedback.ts`). */
  related: SearchHit[];
  relatedBy: string[];
  /** Words to mark in hits: typed, corrected and synonyms that matched. */
  highlight: string[];
  facets?: FacetCounts;
}

export interface IndexExtras {
  thesaurus?: ThesaurusData;
  pages?: readonly SearchPage[];
  /** The Swedish lexicon (Node: `swedishWords()`; a sharded index has its own in lexicon shards). */
  swedish?: SwedishWords;
}

export class SearchIndex implements IndexReader {
  private readonly index: Document;
  /** Set for an index read from shards (`fromShards`): then FlexSearch's index stays empty. */
  private shards: ShardStore | undefined;
  private count = 0;
  private thesaurusData: ThesaurusData = { groups: [] };
  private thesaurus = new Thesaurus();
  private pages = new Pages();
  private placeNames = new PlaceNames([]);
  private swedish: SwedishWords | undefined;
  /** Practices per place and topic, and the title order: built on first use. */
  private stored = this.newStoredLookups();
  /** Evidence arrays kept between queries. */
  private pool: EvidencePool | undefined;
  /** Built again when more of the index arrives. */
  private unknownWords = this.newUnknownWords();

  private constructor() {
    this.index = new Document(documentOptions());
  }

  static empty(extras: IndexExtras = {}): SearchIndex {
    const search = new SearchIndex();
    search.setExtras(extras);
    return search;
  }

  private setExtras({ thesaurus, pages, swedish }: IndexExtras): void {
    if (swedish) this.swedish = swedish;
    if (thesaurus) {
      this.thesaurusData = thesaurus;
      this.thesaurus = new Thesaurus(thesaurus);
    }
    if (pages) {
      this.pages = new Pages(pages);
      this.placeNames = new PlaceNames(pages);
    }
    this.resetVocabulary();
  }

  /** Rebuilds an index from `exportIndex()` output, e.g. a JSON file fetched by the browser. */
  static async fromSerialized(serialized: SerializedIndex, extras: Pick<IndexExtras, "swedish"> = {}): Promise<SearchIndex> {
    assertFormat(serialized);
    const search = new SearchIndex();
    search.setExtras(extras);
    await search.importChunks(serialized);
    search.count = serialized.count;
    return search;
  }

  /**
   * An index that fetches its files as queries need them (see `shard-format.ts`): the start
   * file now, term shards, display fragments and the vocabulary in `prepare`.
   */
  static async fromShards(fetchJson: FetchJson): Promise<SearchIndex> {
    const store = await ShardStore.load(fetchJson);
    const search = new SearchIndex();
    search.shards = store;
    search.count = store.start.count;
    search.setExtras({ thesaurus: store.start.thesaurus, pages: store.start.pages, swedish: store });
    return search;
  }

  /**
   * Fetches what `run(query, options)` needs and has not been fetched yet; after it, `run`
   * gives the same hits in the same order as the full index. Nothing to do for a full index.
   */
  async prepare(query: string, options: SearchOptions = {}): Promise<void> {
    if (!this.shards) return;
    const shards = this.shards;
    for (let round = 0; round < MAX_FETCH_ROUNDS; round++) {
      const missing = shards.missingIn(() => this.run(query, options));
      if (missing.length === 0) return;
      await shards.fetch(missing);
    }
  }

  /** The files of the sharded index (file name → JSON value), for `fromShards`. */
  exportShards(wordForms: ReadonlyMap<string, number>): Map<string, unknown> {
    if (this.shards) throw new Error("A sharded index cannot be exported again");
    return shardedFilesOf({
      reader: this,
      thesaurus: this.thesaurusData,
      pages: this.pages.pages,
      vocabulary: vocabularyOf(this, this.pages, this.thesaurus),
      wordForms,
    });
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
    this.unknownWords = this.newUnknownWords();
    this.stored = this.newStoredLookups();
  }

  private newStoredLookups(): StoredLookups {
    return new StoredLookups(this);
  }

  private newUnknownWords(): UnknownWords {
    return new UnknownWords({
      // A full index has every band at hand.
      vocabulary: (need) => (this.shards ? this.shards.vocabulary(need) : vocabularyOf(this, this.pages, this.thesaurus)),
      whole: !this.shards,
      placeNames: this.placeNames,
      thesaurus: this.thesaurus,
      swedish: this.swedish,
      waiting: () => this.shards?.hasMissing() ?? false,
    });
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

  /** Every stored practice, in the order they were added (a sharded index: in title order, text as far as fetched). */
  documents(): SearchDocument[] {
    const docs: SearchDocument[] = [];
    for (const { n, doc } of this.storedDocs()) docs.push(withoutNumber(this.shards ? this.shards.displayDoc(n) : doc));
    return docs;
  }

  /** The practices with these ids, in that order, unknown ids left out. A sharded index fetches their text first. */
  async documentsWithIds(ids: readonly string[]): Promise<SearchDocument[]> {
    if (this.shards) return (await this.shards.displayDocs(ids)).map(withoutNumber);
    const docs = new Map(this.documents().map((doc) => [doc.slug, doc]));
    return ids.flatMap((id) => docs.get(id) ?? []);
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
    this.shards?.beginRun();
    const concepts = parseQuery(query, this.thesaurus, this.placeNames);
    if (concepts.length === 0) {
      const typedSomething = String(query ?? "").trim() !== "" && wordsOf(String(query)).length > 0;
      return this.listAll(typedSomething, filters, limit, options.facets === true);
    }

    if (this.pool?.capacity !== this.count) this.pool = new EvidencePool(this.count);
    try {
      return this.answer(concepts, new TermLookup(this, this.pool), options, limit, filters);
    } finally {
      this.pool.giveBack();
    }
  }

  /** The result for a query's concepts: evidence, ranking, counts and what the page shows with the hits. */
  private answer(concepts: Concept[], lookup: TermLookup, options: SearchOptions, limit: number, filters: SearchFilters): SearchResult {
    const { corrections, absent } = this.unknownWords.repairAll(concepts, lookup);

    // Evidence per concept: practice number → how well it matches, counting rare concepts more.
    const evidence = concepts.map((concept) =>
      withAbout(
        conceptEvidence(concept, lookup, this),
        concept,
        this.pages,
        (id) => this.tagged(id),
        () => lookup.newEvidence(),
      ),
    );
    const facets = options.facets === true;
    const { top, withAll, withSome, touched, facetDocs } = topHits(evidence, { limit, filters, facets }, this);

    const highlight = highlightWords(concepts, evidence, lookup, top);
    const total = withAll + withSome;
    const pages = this.pages.match(concepts);
    // Until every term is fetched the hits are not the hits: their text is not worth fetching.
    const known = !this.shards?.hasMissing();
    const best = top.slice(0, 2).map(({ n }) => n);
    const feedback = known && total > 0 && total < FEW_HITS ? feedbackFrom(best, new Set(touched), filters, this) : undefined;
    return {
      hits: known ? top.map((ranked) => this.hitOf(ranked)) : [],
      total,
      withAll,
      withSome,
      concepts: concepts.length,
      corrections,
      absent,
      pages: pages.map((page) => this.pageHitOf(page)),
      suggestions: total < FEW_HITS ? this.suggestionsFor(concepts, pages).map(pageHitOf) : [],
      related: feedback?.ranked.map((ranked) => this.hitOf(ranked)) ?? [],
      relatedBy: feedback?.topics.map((id) => this.pages.get(id)?.title ?? id) ?? [],
      highlight: [...highlight],
      facets: facets ? facetCountsOf(facetDocs, filters) : undefined,
    };
  }

  private listAll(typedSomething: boolean, filters: SearchFilters, limit: number, facets: boolean): SearchResult {
    const all = typedSomething ? [] : [...this.storedDocs()].map(({ doc }) => doc);
    // A sharded index's practices are numbered in title order and carry no title until shown: the stable sort keeps that order.
    const matching = all.filter((doc) => matchesFilters(doc, filters)).sort((a, b) => byTitle(a.title, b.title));
    return {
      hits: matching.slice(0, limit).map((doc) => this.hitOf({ n: doc.n, doc, score: 0, matched: 0 })),
      total: matching.length,
      withAll: matching.length,
      withSome: 0,
      concepts: 0,
      corrections: [],
      absent: [],
      pages: [],
      suggestions: [],
      related: [],
      relatedBy: [],
      highlight: [],
      facets: facets ? facetCountsOf(all, filters) : undefined,
    };
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

  /** @internal The term map FlexSearch keeps for one field. */
  fieldMap(field: SearchField): TermMap | undefined {
    if (this.shards) return this.shards.fieldMap(field);
    return (this.index as unknown as { index: FieldIndexes }).index.get(indexedFieldPath(field))?.map;
  }

  /** @internal The practices in a place. */
  placeMembers(place: PlaceRef): readonly PlaceMember[] {
    return this.stored.placeMembers(place);
  }

  /** @internal A sharded index numbers its practices in title order already. */
  titleOrder(n: number): number {
    return this.shards ? n : this.stored.titleOrder(n);
  }

  /** @internal The practices tagged with a topic, by its page id (`amne:bostad`). */
  tagged(pageId: string): readonly number[] {
    return this.stored.tagged(pageId);
  }

  /** @internal Every stored practice with its number (a sharded index: text as far as fetched). */
  *storedDocs(): Generator<{ n: number; doc: StoredDoc }> {
    for (let n = 0; n < this.count; n++) {
      const doc = this.doc(n);
      if (doc) yield { n, doc };
    }
  }

  /** A page as a result shows it; a municipality's with its county's page. */
  private pageHitOf(page: SearchPage): PageHit {
    const county = page.county ? this.pages.get(`lan:${page.county}`) : undefined;
    return {
      ...pageHitOf(page),
      ...(page.profile ? { profile: true } : {}),
      ...(county?.filter ? { within: { ...pageHitOf(county), filter: county.filter.value } } : {}),
    };
  }

  /** @internal */
  doc(n: number): StoredDoc | null {
    if (this.shards) return this.shards.filterDoc(n);
    return this.index.get(n) as StoredDoc | null;
  }

  private hitOf({ n, doc, score, matched }: Ranked): SearchHit {
    const stored = this.shards ? this.shards.displayDoc(n) : (doc ?? this.doc(n)!);
    return { ...withoutNumber(stored), id: stored.slug, score, matchedWords: matched };
  }
}

const pageHitOf = ({ id, kind, title, path, practices }: SearchPage) => ({ id, kind, title, path, practices });

function withoutNumber(doc: StoredDoc): SearchDocument {
  const { n: _n, ...rest } = doc;
  return rest;
}
