// Fuzzing the search box: whatever is typed or pasted, search answers with a list and
// never throws. Seeded; the index is built from the project's real practices.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../content/load.js";
import { buildSearchIndex } from "../build-index.js";
import { SearchIndex } from "./search-index.js";
import type { SearchFilters } from "./types.js";
import { seededRandom as prng } from "../../test/support/random.js";

const contentDir = fileURLToPath(new URL("../../../../content", import.meta.url));
const SEED = Number(process.env.FUZZ_SEED ?? 1128);


const pieces = [
  "(", ")", "[", "]", "{", "}", "<", ">", '"', "'", "`", "§", "§37", "*", "?", "~", "^", ":", "+", "-", "\\", "/", "|", "&", "%", "$", "#",
  "\u0000", "\u0007", "\u001b[31m", "\u200b", "\u200f", "\u202e", "\ufeff", "\ud800", "\udfff", "🙂", "👩‍👩‍👧", "🇸🇪",
  "مرحبا", "שלום", "日本語", "ẞ", "ǅ", "İ", "ﬁ", "Å", "å", "ä", "ö", "Ä", "Ö", "e\u0301",
  "bostad", "språkvän", "SPRÅKVÄNNER", "fritidsbanken", "strangnas", "och", "  ", "\t", "\n", "\r\n",
  "__proto__", "constructor", "toString", "hasOwnProperty", "NaN", "undefined", "null", "1e309", "-0", "2017", "0x10",
  "title:bostad", "+bostad -skola", "bost*", "\"exakt fras\"", "<script>alert(1)</script>", "javascript:alert(1)", "${x}", "%s%n",
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

describe("fuzzing search input", () => {
  let index: SearchIndex;
  let restored: SearchIndex;
  beforeAll(async () => {
    const content = await loadContent(contentDir, contentDir);
    index = buildSearchIndex(content.practices);
    restored = await SearchIndex.fromSerialized(await index.exportIndex());
  }, 60_000);

  it("answers 1 000 random queries with a list, never an error", { timeout: 60_000 }, () => {
    const r = prng(SEED);
    for (let i = 0; i < 1000; i++) {
      const query = randomQuery(r);
      const limit = [undefined, 0, 1, 5, 20, 10_000, -3, Number.NaN, 2.5][i % 9];
      const options = { filters: randomFilters(r), limit };
      for (const search of [index, restored]) {
        let hits: ReturnType<SearchIndex["search"]> = [];
        expect(() => (hits = search.search(query, options)), `query ${JSON.stringify(query.slice(0, 80))}`).not.toThrow();
        expect(Array.isArray(hits)).toBe(true);
        if (limit !== undefined && Number.isFinite(limit)) expect(hits.length).toBeLessThanOrEqual(Math.max(0, Math.floor(limit)));
        for (const hit of hits) expect(typeof hit.slug).toBe("string");
      }
    }
  });

  it("treats query syntax of other engines as plain words", () => {
    for (const query of ["title:bostad", "+bostad -skola", "bost*", "bostad~1", "bostad^10"]) {
      expect(index.search(query).length).toBeGreaterThan(0);
    }
  });

  it("returns nothing, quickly, for 10 000 characters of one letter", () => {
    const started = performance.now();
    expect(index.search("ö".repeat(10_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
