// Fuzzing the search box: whatever is typed or pasted, search never throws, and what it
// returns obeys the engine's own rules: each practice once, in ranking order, within the
// limit, inside the filters, and each hit containing a term of the query or of a word the
// search says it used instead (a synonym, a correction, a compound's parts). Seeded; the
// index is built from the project's real practices.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Practice } from "@kunskapsbanken/content-schema";
import { loadContent, type Entry } from "../content/load.js";
import { buildSearchIndex, restoreSearchIndex, indexedTextOf } from "../build-index.js";
import { swedishLexicon } from "../compounds/dictionary.js";
import { createEncoder, documentOptions, indexedFieldPath, searchFields, type SearchField } from "./encoder.js";
import type { SearchIndex, SearchResult } from "./search-index.js";
import { wordsOf } from "./swedish.js";
import type { SearchFilters, SearchHit } from "./types.js";
import { seededRandom as prng } from "../../test/support/random.js";

const contentDir = fileURLToPath(new URL("../../../../content", import.meta.url));
const SEED = Number(process.env.FUZZ_SEED ?? 1128);

const pieces = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "<",
  ">",
  '"',
  "'",
  "`",
  "§",
  "§37",
  "*",
  "?",
  "~",
  "^",
  ":",
  "+",
  "-",
  "\\",
  "/",
  "|",
  "&",
  "%",
  "$",
  "#",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u200b",
  "\u200f",
  "\u202e",
  "\ufeff",
  "\ud800",
  "\udfff",
  "🙂",
  "👩‍👩‍👧",
  "🇸🇪",
  "مرحبا",
  "שלום",
  "日本語",
  "ẞ",
  "ǅ",
  "İ",
  "ﬁ",
  "Å",
  "å",
  "ä",
  "ö",
  "Ä",
  "Ö",
  "e\u0301",
  "bostad",
  "språkvän",
  "SPRÅKVÄNNER",
  "fritidsbanken",
  "strangnas",
  "och",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "NaN",
  "undefined",
  "null",
  "1e309",
  "-0",
  "2017",
  "0x10",
  "title:bostad",
  "+bostad -skola",
  "bost*",
  '"exakt fras"',
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder typed as a query
  "${x}",
  "%s%n",
];

function randomQuery(r: () => number): string {
  const roll = r();
  if (roll < 0.05) return "a".repeat(10_000);
  if (roll < 0.1) return Array.from({ length: 2000 }, () => pieces[Math.floor(r() * pieces.length)]).join(" ");
  if (roll < 0.15) return String.fromCharCode(...Array.from({ length: 64 }, () => Math.floor(r() * 0xffff)));
  const count = 1 + Math.floor(r() * 6);
  return Array.from({ length: count }, () => pieces[Math.floor(r() * pieces.length)]).join(r() < 0.5 ? "" : " ");
}

function randomFilters(r: () => number): SearchFilters | undefined {
  if (r() < 0.5) return undefined;
  const values = ["flen", "bostad", "", "__proto__", "pagaende", "finns-inte"];
  const some = () => values.filter(() => r() < 0.3);
  return { municipality: some(), topic: some(), targetGroup: some(), funding: some(), status: some() };
}

/** The default number of hits when no limit is given. */
const DEFAULT_LIMIT = 20;
const encoder = createEncoder();
const collator = new Intl.Collator("sv");

/** The field each filter reads, written out here rather than taken from the engine, so a wrong mapping there is caught. */
const filterField = {
  municipality: "municipalities",
  topic: "topics",
  targetGroup: "targetGroups",
  funding: "funding",
  status: "status",
} as const;

function satisfiesFilters(hit: SearchHit, filters: SearchFilters | undefined): boolean {
  return Object.entries(filterField).every(([filter, field]) => {
    const wanted = filters?.[filter as keyof SearchFilters];
    if (!wanted || wanted.length === 0) return true;
    const values: readonly string[] = Array.isArray(hit[field]) ? (hit[field] as string[]) : [hit[field] as string];
    return wanted.some((value) => values.includes(value));
  });
}

/** A practice's encoded terms per field, and whether the field is searched by prefix (as typed) or by whole term. */
interface Terms {
  id: string;
  fields: { terms: Set<string>; prefix: boolean }[];
}

function termsOf(entry: Entry<Practice>, lexicon: ReturnType<typeof swedishLexicon>): Terms {
  const text = indexedTextOf(entry.data, entry.body, lexicon);
  const tokenize = (field: SearchField) =>
    (documentOptions().document as unknown as { index: { field: string; tokenize: string }[] }).index.find(
      (f) => f.field === indexedFieldPath(field),
    )!.tokenize;
  return {
    id: entry.data.id,
    fields: searchFields.map((field) => ({ terms: new Set(encoder.encode(text[field])), prefix: tokenize(field) !== "strict" })),
  };
}

/** The terms a query searches for: each word encoded as the index encodes text (long words also cut, as the engine cuts them). */
const queryTerms = (query: string) =>
  new Set(wordsOf(query).flatMap((word) => [...encoder.encode(word), ...encoder.encode(word.slice(0, 64))]));

/** A practice contains a query term: a whole term of a field, or the start of one in a field searched by prefix. */
function containsATerm(practice: Terms, terms: ReadonlySet<string>): boolean {
  return practice.fields.some(({ terms: own, prefix }) =>
    [...terms].some((term) => (prefix ? [...own].some((t) => t.startsWith(term)) : own.has(term))),
  );
}

/** What must hold for every answer, whatever the query. */
function expectLawfulHits(
  result: SearchResult,
  query: string,
  options: { filters?: SearchFilters; limit?: number },
  practices: Map<string, Terms>,
): void {
  const hits = result.hits;
  const context = `query ${JSON.stringify(query.slice(0, 80))}, filters ${JSON.stringify(options.filters)}, limit ${options.limit}`;
  const limit = options.limit === undefined ? DEFAULT_LIMIT : Number.isFinite(options.limit) ? Math.max(0, Math.floor(options.limit)) : 0;
  expect(hits.length, context).toBeLessThanOrEqual(limit);
  expect(new Set(hits.map((hit) => hit.id)).size, `ids unique: ${context}`).toBe(hits.length);
  for (const hit of hits) {
    expect(hit.id, context).toBe(hit.slug);
    expect(practices.has(hit.id), `${hit.id} is a practice: ${context}`).toBe(true);
    expect(satisfiesFilters(hit, options.filters), `${hit.id} inside the filters: ${context}`).toBe(true);
  }

  // The words typed, and those the search reports it used for them.
  const terms = new Set([...queryTerms(query), ...queryTerms(result.highlight.join(" "))]);
  if (queryTerms(query).size === 0) {
    // No searchable word: words that are all stop words find nothing; no words at all lists by title.
    if (wordsOf(query).length > 0) expect(hits, context).toEqual([]);
    for (const hit of hits) expect([hit.score, hit.matchedWords], context).toEqual([0, 0]);
    for (const [a, b] of hits.slice(1).map((hit, i) => [hits[i]!, hit] as const))
      expect(collator.compare(a.title, b.title), context).toBeLessThanOrEqual(0);
    return;
  }
  for (const hit of hits) {
    expect(containsATerm(practices.get(hit.id)!, terms), `${hit.id} contains a term of ${[...terms].join(" ")}: ${context}`).toBe(true);
    expect(hit.matchedWords, context).toBeGreaterThanOrEqual(1);
    expect(hit.score, context).toBeGreaterThan(0);
  }
  // Ranking: practices with more of the query's concepts first, then the higher score, then by title.
  for (const [a, b] of hits.slice(1).map((hit, i) => [hits[i]!, hit] as const)) {
    const order = `${a.id} (${a.matchedWords}, ${a.score}) before ${b.id} (${b.matchedWords}, ${b.score}): ${context}`;
    expect(b.matchedWords, order).toBeLessThanOrEqual(result.concepts);
    expect(a.matchedWords, order).toBeGreaterThanOrEqual(b.matchedWords);
    if (a.matchedWords === b.matchedWords) expect(a.score, order).toBeGreaterThanOrEqual(b.score);
    if (a.matchedWords === b.matchedWords && a.score === b.score) expect(collator.compare(a.title, b.title), order).toBeLessThanOrEqual(0);
  }
  // The count says how many have every word typed, found or not.
  const withAll = hits.filter((hit) => hit.matchedWords === result.concepts).length;
  if (hits.length === result.total) expect([withAll, hits.length - withAll], context).toEqual([result.withAll, result.withSome]);
}

describe("fuzzing search input", () => {
  let index: SearchIndex;
  let restored: SearchIndex;
  const practices = new Map<string, Terms>();
  beforeAll(async () => {
    const content = await loadContent(contentDir, contentDir);
    index = buildSearchIndex(content.practices);
    restored = await restoreSearchIndex(await index.exportIndex());
    const lexicon = swedishLexicon();
    for (const entry of content.practices) practices.set(entry.data.id, termsOf(entry, lexicon));
  });

  it("answers 1 000 random queries lawfully, the same from a restored index, never an error", () => {
    const r = prng(SEED);
    let answered = 0;
    for (let i = 0; i < 1000; i++) {
      const query = randomQuery(r);
      const limit = [undefined, 0, 1, 5, 20, 10_000, -3, Number.NaN, 2.5][i % 9];
      const options = { filters: randomFilters(r), limit };
      let result: SearchResult | undefined;
      expect(
        () => {
          result = index.run(query, options);
        },
        `query ${JSON.stringify(query.slice(0, 80))}`,
      ).not.toThrow();
      expectLawfulHits(result!, query, options, practices);
      expect(restored.search(query, options), "a restored index answers the same").toEqual(result!.hits);
      if (result!.hits.length > 0) answered += 1;
    }
    // The generator reaches real words: a run where nothing is ever found tests nothing.
    expect(answered).toBeGreaterThan(100);
  });

  it("misses nothing: with room for all, a one-word query returns every practice that contains its term", () => {
    for (const word of ["bostad", "språkvänner", "fritidsbanken", "strangnas", "skola", "bost", "ÅTERBRUK", "2017"]) {
      const terms = queryTerms(word);
      const expected = [...practices.values()].filter((practice) => containsATerm(practice, terms)).map((p) => p.id);
      const result = index.run(word, { limit: 10_000 });
      expectLawfulHits(result, word, { limit: 10_000 }, practices);
      // Synonyms may add practices; none that holds the word may be missing.
      expect(
        result.hits.map((hit) => hit.id),
        word,
      ).toEqual(expect.arrayContaining(expected));
      expect(result.hits.length, word).toBeGreaterThanOrEqual(expected.length);
    }
  });

  it("with filters and no query, lists exactly the practices inside the filters, by title", () => {
    const filters: SearchFilters = { municipality: ["flen", "strangnas"], topic: ["bostad"] };
    const result = index.run("", { filters, limit: 10_000 });
    const hits = result.hits;
    expectLawfulHits(result, "", { filters, limit: 10_000 }, practices);
    const all = index.search("", { limit: 10_000 });
    expect(all).toHaveLength(practices.size);
    expect(hits.map((hit) => hit.id)).toEqual(all.filter((hit) => satisfiesFilters(hit, filters)).map((hit) => hit.id));
    expect(hits.length).toBeGreaterThan(0);
  });

  it("treats query syntax of other engines as plain words", () => {
    for (const query of ["title:bostad", "+bostad -skola", "bost*", "bostad~1", "bostad^10"]) {
      const result = index.run(query);
      expect(result.hits.length, query).toBeGreaterThan(0);
      expectLawfulHits(result, query, {}, practices);
    }
  });

  it("returns nothing for 10 000 characters of one letter", () => {
    expect(index.search("ö".repeat(10_000))).toEqual([]);
  });
});
