// Turns validated content into the search index the CLI and the site share.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  counties,
  labelOf,
  municipalities,
  targetGroups,
  thesaurus,
  topics,
  type Collection,
  type MunicipalityProfile,
  type Practice,
} from "@kunskapsbanken/content-schema";
import {
  collectionPath,
  countiesOfPlaces,
  countyPath,
  municipalityPath,
  pageKey,
  targetGroupPath,
  topicPath,
} from "@kunskapsbanken/domain";
import { swedishLexicon } from "./compounds/dictionary.js";
import { swedishWordForms, swedishWords } from "./compounds/word-forms.js";
import { compoundTerms, type Lexicon } from "./compounds/split.js";
import type { Entry } from "./content/entry.js";
import type { ThesaurusData } from "./search/query.js";
import { SearchIndex } from "./search/search-index.js";
import { wordsOf } from "./search/swedish.js";
import { SEARCH_INDEX_FILES, type IndexedText, type SearchDocument, type SearchPage, type SerializedIndex } from "./search/types.js";

export function searchDocumentOf(practice: Practice): SearchDocument {
  return {
    slug: practice.id,
    title: practice.title,
    summary: practice.summary,
    municipalities: practice.municipalities,
    topics: practice.topics,
    targetGroups: practice.targetGroups,
    funding: practice.funding,
    status: practice.status,
    asOf: practice.asOf,
    confirmedOn: practice.confirmed?.date ?? null,
  };
}

/** Splits are cached per lexicon: the same words recur in thousands of practices. */
const splitCaches = new WeakMap<Lexicon, Map<string, string[]>>();

function cachedCompoundTerms(word: string, lexicon: Lexicon): string[] {
  let cache = splitCaches.get(lexicon);
  if (!cache) {
    cache = new Map();
    splitCaches.set(lexicon, cache);
  }
  let terms = cache.get(word);
  if (!terms) {
    terms = compoundTerms(word, lexicon);
    cache.set(word, terms);
  }
  return terms;
}

/** Appends the parts of every compound in `text`, so the parts can be found on their own. */
function withCompoundParts(text: string, lexicon: Lexicon): string {
  const parts = new Set<string>();
  for (const word of new Set(wordsOf(text))) for (const part of cachedCompoundTerms(word, lexicon)) parts.add(part);
  return parts.size === 0 ? text : `${text}\n${[...parts].join(" ")}`;
}

/** Markdown syntax says nothing about a practice; strip it before indexing. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[#*_>`|[\]-]+/g, " ");
}

export function indexedTextOf(practice: Practice, body: string, lexicon: Lexicon): IndexedText {
  const meta = [
    ...practice.municipalities.map((id) => labelOf("municipalities", id)),
    ...practice.topics.map((id) => labelOf("topics", id)),
    ...practice.targetGroups.map((id) => labelOf("targetGroups", id)),
    ...practice.funding.map((id) => labelOf("funding", id)),
    ...practice.partners,
    // The everyday words readers use for the practice ("läxhjälp", "hyresvärd"): found like its topics.
    ...practice.sokord,
  ].join(" · ");
  return {
    title: withCompoundParts(practice.title, lexicon),
    summary: withCompoundParts(practice.summary, lexicon),
    meta: withCompoundParts(meta, lexicon),
    body: withCompoundParts(plainText(body), lexicon),
  };
}

/** What besides practices the site has pages for; `kb search` and the site pass the same. */
export interface SitePages {
  profiles?: readonly Pick<Entry<MunicipalityProfile>, "data">[];
  collections?: readonly Pick<Entry<Collection>, "data">[];
}

/**
 * The pages search can show: every municipality and county (each has a page, with or
 * without a profile), every topic and target group, and every collection, each with how
 * many practices it lists. Paths are the site's (`/kommun/ID`, `/lan/ID`, `/amne/ID`,
 * `/malgrupp/ID`, `/samling/ID`).
 */
export function searchPagesOf(practices: readonly Pick<Entry<Practice>, "data">[], site: SitePages = {}): SearchPage[] {
  const count = (test: (practice: Practice) => boolean) => practices.filter(({ data }) => test(data)).length;
  const profiles = new Set((site.profiles ?? []).map(({ data }) => data.id));
  const pages: SearchPage[] = [];
  for (const m of municipalities) {
    pages.push({
      id: `kommun:${m.id}`,
      kind: "kommun",
      title: m.name,
      // Other names the municipality goes by, e.g. Gothenburg.
      ...(m.aliases?.length ? { keywords: m.aliases.join(" ") } : {}),
      // The names search reads as the place; without other names, the title alone.
      ...(m.aliases?.length ? { names: [m.name, ...m.aliases] } : {}),
      path: municipalityPath(m.id),
      practices: count((p) => p.municipalities.includes(m.id)),
      filter: { name: "municipality", value: m.id },
      ...(profiles.has(m.id) ? { profile: true } : {}),
      county: m.county,
    });
  }
  for (const c of counties) {
    // The county's own name without "län", as people say it (`Skåne`, `Västra Götaland`), and its other names.
    const names = [...new Set([c.name.replace(/s? län$/, ""), ...(c.aliases ?? [])])];
    pages.push({
      id: `lan:${c.id}`,
      kind: "lan",
      title: c.name,
      keywords: names.join(" "),
      names,
      path: countyPath(c.id),
      // The domain's rule, as the county filter and the county page count: a practice is in the counties its places lie in.
      practices: count((p) => countiesOfPlaces(p.municipalities).some((county) => county.id === c.id)),
      filter: { name: "county", value: c.id },
    });
  }
  for (const t of topics) {
    pages.push({
      id: pageKey("topic", t.id),
      kind: "amne",
      title: t.label,
      path: topicPath(t.id),
      practices: count((p) => p.topics.includes(t.id)),
    });
  }
  for (const g of targetGroups) {
    pages.push({
      id: pageKey("targetGroup", g.id),
      kind: "malgrupp",
      title: g.label,
      path: targetGroupPath(g.id),
      practices: count((p) => p.targetGroups.includes(g.id)),
    });
  }
  for (const { data } of site.collections ?? []) {
    pages.push({
      id: `samling:${data.id}`,
      kind: "samling",
      title: data.title,
      path: collectionPath(data.id),
      practices: data.practices.length,
    });
  }
  return pages;
}

/** The thesaurus as the index carries it: only what the search reads. */
export function thesaurusData(): ThesaurusData {
  return {
    groups: thesaurus.map(({ terms, topics: t, targetGroups: g }) => ({
      terms,
      ...(t ? { topics: t } : {}),
      ...(g ? { targetGroups: g } : {}),
    })),
  };
}

/**
 * The search index of `practices`, with the thesaurus and the site's pages (from `site`:
 * municipality profiles and collections; topics and target groups come from the vocabularies).
 */
export function buildSearchIndex(
  practices: readonly Pick<Entry<Practice>, "data" | "body">[],
  site: SitePages = {},
  lexicon = swedishLexicon(),
): SearchIndex {
  const index = SearchIndex.empty({ thesaurus: thesaurusData(), pages: searchPagesOf(practices, site), swedish: swedishWords() });
  for (const { data, body } of practices) index.add(searchDocumentOf(data), indexedTextOf(data, body, lexicon));
  return index;
}

async function writeJson(outFile: string, data: unknown): Promise<number> {
  const json = JSON.stringify(data);
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, json);
  return Buffer.byteLength(json);
}

/** A whole index written by `writeSearchIndex`, read back with the Swedish lexicon, as `buildSearchIndex` made it. */
export function restoreSearchIndex(serialized: SerializedIndex): Promise<SearchIndex> {
  return SearchIndex.fromSerialized(serialized, { swedish: swedishWords() });
}

/** The files of the sharded index, with the Swedish lexicon in shards. */
export function searchShardsOf(index: SearchIndex): Map<string, unknown> {
  return index.exportShards(swedishWordForms());
}

export async function writeSearchIndex(index: SearchIndex, outFile: string): Promise<number> {
  return writeJson(outFile, await index.exportIndex());
}

/** Writes the whole index (`SEARCH_INDEX_FILES.whole`) and the sharded one the browser loads (in `SEARCH_INDEX_FILES.shards`) into `outDir`. */
export async function writeSiteSearchIndex(index: SearchIndex, outDir: string): Promise<void> {
  await writeJson(join(outDir, SEARCH_INDEX_FILES.whole), await index.exportIndex());
  for (const [file, data] of searchShardsOf(index)) await writeJson(join(outDir, SEARCH_INDEX_FILES.shards, file), data);
}
