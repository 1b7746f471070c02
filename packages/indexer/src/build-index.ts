// Turns validated content into the search index the CLI and the site share.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { labelOf, type Practice } from "@kunskapsbanken/content-schema";
import { swedishLexicon } from "./compounds/dictionary.js";
import { compoundTerms, type Lexicon } from "./compounds/split.js";
import type { Entry } from "./content/load.js";
import { SearchIndex } from "./search/search-index.js";
import { wordsOf } from "./search/swedish.js";
import { SEARCH_INDEX_FILES, type IndexedText, type SearchDocument } from "./search/types.js";

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
  if (!cache) splitCaches.set(lexicon, (cache = new Map()));
  let terms = cache.get(word);
  if (!terms) cache.set(word, (terms = compoundTerms(word, lexicon)));
  return terms;
}

/** Appends the parts of every compound in `text`, so the parts can be found on their own. */
export function withCompoundParts(text: string, lexicon: Lexicon): string {
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
  ].join(" · ");
  return {
    title: withCompoundParts(practice.title, lexicon),
    summary: withCompoundParts(practice.summary, lexicon),
    meta: withCompoundParts(meta, lexicon),
    body: withCompoundParts(plainText(body), lexicon),
  };
}

export function buildSearchIndex(practices: readonly Pick<Entry<Practice>, "data" | "body">[], lexicon = swedishLexicon()): SearchIndex {
  const index = SearchIndex.empty();
  for (const { data, body } of practices) index.add(searchDocumentOf(data), indexedTextOf(data, body, lexicon));
  return index;
}

async function writeJson(outFile: string, data: unknown): Promise<number> {
  const json = JSON.stringify(data);
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, json);
  return Buffer.byteLength(json);
}

export async function writeSearchIndex(index: SearchIndex, outFile: string): Promise<number> {
  return writeJson(outFile, await index.exportIndex());
}

/** Writes the whole index and the two halves the browser loads (`SEARCH_INDEX_FILES`) into `outDir`. */
export async function writeSiteSearchIndex(index: SearchIndex, outDir: string): Promise<void> {
  const whole = await index.exportIndex();
  const { first, rest } = SearchIndex.splitForFirstSearch(whole);
  await writeJson(join(outDir, SEARCH_INDEX_FILES.whole), whole);
  await writeJson(join(outDir, SEARCH_INDEX_FILES.first), first);
  await writeJson(join(outDir, SEARCH_INDEX_FILES.rest), rest);
}
