// The three engines under test, each behind the same small interface: build from the
// same practices, serialise what a browser would fetch, load it back, and search.
import { createRequire } from "node:module";
import { labelOf, type Practice } from "@kunskapsbanken/content-schema";
import { buildSearchIndex, restoreSearchIndex, searchDocumentOf, searchShardsOf, type Entry } from "@kunskapsbanken/indexer";
import type { SearchIndex, SearchDocument, SerializedIndex } from "@kunskapsbanken/indexer/search";
import lunr from "lunr";
import MiniSearch from "minisearch";

const require = createRequire(import.meta.url);
// lunr-languages is CommonJS and patches the lunr it is given, as the Docusaurus
// local-search plugins (@easyops-cn/docusaurus-search-local, docusaurus-lunr-search) do.
(require("lunr-languages/lunr.stemmer.support.js") as (l: typeof lunr) => void)(lunr);
(require("lunr-languages/lunr.sv.js") as (l: typeof lunr) => void)(lunr);
const lunrSv = (lunr as unknown as { sv: lunr.Builder.Plugin }).sv;

export type Corpus = readonly Pick<Entry<Practice>, "data" | "body">[];

/** What a hit needs for display: the same fields our store keeps, keyed by `id`. */
type DisplayDoc = Omit<SearchDocument, "slug"> & { id: string };

/** The files a browser fetches before it can show the first result, as strings. */
export interface Shipped {
  /** The index proper. */
  index: string;
  /** Display data for hits, when the engine keeps it apart from the index ('' when inside). */
  store: string;
  /** When the engine starts from part of its files: that part (our sharded index's start file). */
  firstPart?: string;
}

export interface Engine {
  name: string;
  build(corpus: Corpus): Promise<void>;
  ship(): Promise<Shipped>;
  /** Rebuilds a searchable index from shipped files, as the browser would. */
  load(shipped: Shipped): Promise<void>;
  /** Top 20 hits with display data. */
  search(query: string): unknown[];
}

const displayOf = (p: Practice): DisplayDoc => {
  const { slug, ...display } = searchDocumentOf(p);
  return { id: slug, ...display };
};

/**
 * Plain fields for lunr and MiniSearch: the same title, summary, facet labels and body
 * text we index, but without our compound splitting, which neither of them has.
 */
function fieldsOf(p: Practice, body: string) {
  return {
    id: p.id,
    title: p.title,
    summary: p.summary,
    meta: [
      ...p.municipalities.map((id) => labelOf("municipalities", id)),
      ...p.topics.map((id) => labelOf("topics", id)),
      ...p.targetGroups.map((id) => labelOf("targetGroups", id)),
      ...p.funding.map((id) => labelOf("funding", id)),
      ...p.partners,
    ].join(" · "),
    body: body.replace(/\]\([^)]*\)/g, "]").replace(/[#*_>`|[\]-]+/g, " "),
  };
}

const LIMIT = 20;

export function ours(): Engine {
  let index: SearchIndex | undefined;
  return {
    name: "FlexSearch (ours)",
    async build(corpus) {
      index = buildSearchIndex(corpus);
    },
    async ship() {
      const serialized = await index!.exportIndex();
      const { "1.doc": store = "", ...rest } = serialized.chunks;
      // Index and store are one file; they are apart here only to report how much is the store.
      // The site serves the sharded index, whose start file comes first (`npm run bench:search-size` measures the rest).
      const start = searchShardsOf(index!).get("start.json");
      return { index: JSON.stringify({ ...serialized, chunks: rest }), store: JSON.stringify(store), firstPart: JSON.stringify(start) };
    },
    async load(shipped) {
      const serialized = JSON.parse(shipped.index) as SerializedIndex;
      serialized.chunks["1.doc"] = JSON.parse(shipped.store) as string;
      index = await restoreSearchIndex(serialized);
    },
    search(query) {
      return index!.search(query, { limit: LIMIT });
    },
  };
}

export function lunrSwedish(): Engine {
  let index: lunr.Index | undefined;
  let store: Map<string, DisplayDoc> = new Map();
  return {
    name: "lunr + lunr-languages sv",
    async build(corpus) {
      store = new Map(corpus.map(({ data }) => [data.id, displayOf(data)]));
      index = lunr(function () {
        this.use(lunrSv);
        this.ref("id");
        this.field("title", { boost: 8 });
        this.field("summary", { boost: 4 });
        this.field("meta", { boost: 2 });
        this.field("body");
        // Positions are only for highlighting; the plugins switch them off to save bytes.
        for (const { data, body } of corpus) this.add(fieldsOf(data, body));
      });
    },
    async ship() {
      return { index: JSON.stringify(index), store: JSON.stringify([...store.values()]) };
    },
    async load(shipped) {
      index = lunr.Index.load(JSON.parse(shipped.index) as object);
      store = new Map((JSON.parse(shipped.store) as DisplayDoc[]).map((doc) => [doc.id, doc]));
    },
    search(query) {
      const terms = lunr
        .tokenizer(query)
        .map((token) => token.toString())
        .filter((t) => t.length > 0);
      if (terms.length === 0) return [];
      // As the Docusaurus plugins query: every word through the Swedish pipeline, the
      // last one also as a prefix so that results appear while typing.
      const hits = index!.query((q) => {
        for (const term of terms) q.term(term, { usePipeline: true });
        q.term(terms[terms.length - 1]!, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5 });
      });
      return hits.slice(0, LIMIT).map((hit) => ({ ...store.get(hit.ref), score: hit.score }));
    },
  };
}

const miniOptions = {
  fields: ["title", "summary", "meta", "body"],
  storeFields: ["title", "summary", "municipalities", "topics", "targetGroups", "funding", "status", "asOf", "confirmedOn"],
  searchOptions: {
    boost: { title: 8, summary: 4, meta: 2 },
    prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
  },
};

export function miniSearch(): Engine {
  let index: MiniSearch | undefined;
  return {
    name: "MiniSearch",
    async build(corpus) {
      index = new MiniSearch(miniOptions);
      index.addAll(corpus.map(({ data, body }) => ({ ...displayOf(data), ...fieldsOf(data, body) })));
    },
    async ship() {
      return { index: JSON.stringify(index), store: "" };
    },
    async load(shipped) {
      index = MiniSearch.loadJSON(shipped.index, miniOptions);
    },
    search(query) {
      return index!.search(query).slice(0, LIMIT);
    },
  };
}
