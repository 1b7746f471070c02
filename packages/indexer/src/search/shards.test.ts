// The sharded index the site fetches piece by piece ranks exactly as the full index that
// `kb search` uses, and a query fetches only the pieces it needs.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, searchShardsOf } from "../build-index.js";
import { loadContent, type Content } from "../content/load.js";
import { relevanceQueries } from "./relevance/evaluate.js";
import { shardFiles, type ShardStart } from "./shard-format.js";
import { SearchIndex } from "./search-index.js";
import type { SearchFilters, SearchOptions } from "./types.js";

const contentDir = fileURLToPath(new URL("../../../../content", import.meta.url));

/** A sharded index served from memory, noting which files it fetched. */
async function sharded(full: SearchIndex | Map<string, unknown>): Promise<{ index: SearchIndex; fetched: string[] }> {
  const files = full instanceof SearchIndex ? searchShardsOf(full) : full;
  const fetched: string[] = [];
  const index = await SearchIndex.fromShards(async (file) => {
    fetched.push(file);
    if (!files.has(file)) throw new Error(`No such file: ${file}`);
    return JSON.parse(JSON.stringify(files.get(file)));
  });
  return { index, fetched };
}

describe("sharded search index", () => {
  let content: Content;
  let full: SearchIndex;
  let shards: SearchIndex;
  let fetched: string[];
  beforeAll(async () => {
    content = await loadContent(contentDir, contentDir);
    full = buildSearchIndex(content.practices, content);
    ({ index: shards, fetched } = await sharded(full));
  }, 60_000);

  const same = async (query: string, options: SearchOptions) => {
    await shards.prepare(query, options);
    expect(shards.run(query, options), `${query} ${JSON.stringify(options)}`).toEqual(full.run(query, options));
  };

  it("ranks every relevance query as the full index does: same hits, scores, counts, corrections, pages and facets", async () => {
    for (const { query } of relevanceQueries) await same(query, { limit: 20, facets: true });
  });

  it("gives the same result with filters, with and without words, and with every hit listed", async () => {
    const filterSets: SearchFilters[] = [
      { topic: ["bostad"] },
      { county: ["sodermanlands-lan"], status: ["pagaende"] },
      { municipality: ["flen", "vingaker"], targetGroup: ["ensamkommande"] },
    ];
    for (const filters of filterSets) {
      await same("", { filters, limit: 1000, facets: true });
      for (const { query } of relevanceQueries.slice(0, 40)) await same(query, { filters, limit: 1000, facets: true });
    }
  });

  it("repairs typos and splits compounds as the full index does, fetching the vocabulary only for them", async () => {
    const { index, fetched: files } = await sharded(full);
    const vocabulary = () => files.filter((file) => file.startsWith("ordforrad-") || file.startsWith("lexikon-"));
    await index.prepare("bostad", {});
    expect(vocabulary()).toEqual([]);
    for (const query of [
      "samhälsorientering",
      "fritidsbanke",
      "hyresvärdsnätvärk",
      "Mamlö",
      "korridorboende",
      "bostd",
      "språkvänen",
      "integrasjon",
      "hemlöshet",
      "simhall",
      "grannskap",
      "bostad hemlöshet",
      // A typo in the first letter is not repaired, by the full index either.
      "xamhällsorientering",
    ]) {
      await index.prepare(query, {});
      expect(index.run(query), query).toEqual(full.run(query));
    }
    expect(vocabulary().some((file) => file.startsWith("ordforrad-"))).toBe(true);
    expect(vocabulary().some((file) => file.startsWith("lexikon-"))).toBe(true);
  });

  it("fetches for an unknown word of n letters the whole bands up to n - 3 and its first letter's bands up to n + 2", async () => {
    const start = searchShardsOf(full).get(shardFiles.start) as ShardStart;
    const { index, fetched: files } = await sharded(full);
    await index.prepare("Mamlö", {});
    const vocabulary = files.filter((file) => file.startsWith("ordforrad-")).sort();
    const m = "m".codePointAt(0)!;
    const expected = start.vocabularyBands.flatMap((band) =>
      band <= 2
        ? [shardFiles.vocabulary(band)]
        : band <= 7 && start.vocabularyLetters[band]?.includes(m)
          ? [shardFiles.vocabularyLetter(band, m)]
          : [],
    );
    expect(vocabulary).toEqual(expected.sort());
    expect(start.vocabularyBands.some((band) => band > 7)).toBe(true);
    expect(index.run("Mamlö")).toEqual(full.run("Mamlö"));
    // A longer word then fetches the bands it needs too, and the short one is repaired as before.
    await index.prepare("hyresvärdsnätvärk", {});
    expect(index.run("hyresvärdsnätvärk")).toEqual(full.run("hyresvärdsnätvärk"));
    expect(index.run("Mamlö")).toEqual(full.run("Mamlö"));
  });

  it("repairs misspelt and run-together words from the bank's own text as the full index does, each on a fresh index", async () => {
    const files = searchShardsOf(full);
    const words = [...new Set(content.practices.flatMap(({ data }) => data.title.toLowerCase().match(/\p{L}{5,}/gu) ?? []))];
    const misspelt = words.flatMap((word, i) => [
      word.slice(0, 2) + word.slice(3), // a letter left out
      `${word.slice(0, -1)}e${word.at(-1)}`, // a letter added
      `${word}${words[(i + 7) % words.length]}`, // two words run together
    ]);
    for (const query of misspelt.filter((_, i) => i % 5 === 0)) {
      const { index } = await sharded(files);
      await index.prepare(query, {});
      expect(index.run(query), query).toEqual(full.run(query));
    }
  });

  it("fetches the start file, the query's term shards and the shown hits' text, not the whole index", async () => {
    const { index, fetched: files } = await sharded(full);
    await index.prepare("bostad", { limit: 5 });
    const terms = files.filter((file) => file.startsWith("termer-"));
    const fragments = files.filter((file) => file.startsWith("visning-"));
    expect(files[0]).toBe(shardFiles.start);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.length).toBeLessThan(searchShardsOf(full).size / 4);
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(5);
  });

  it("lists and counts by filters alone without fetching any term shard", async () => {
    const { index, fetched: files } = await sharded(full);
    const options = { filters: { topic: ["bostad"] }, limit: 10, facets: true };
    await index.prepare("", options);
    expect(files.some((file) => file.startsWith("termer-"))).toBe(false);
    expect(index.run("", options)).toEqual(full.run("", options));
  });

  it("prepares two queries at once, each complete, fetching each file once", async () => {
    const { index, fetched: files } = await sharded(full);
    const queries = ["bostad", "bostad nyanlända", "fritidsbankn"];
    await Promise.all(queries.map((query) => index.prepare(query, { limit: 20 })));
    for (const query of queries) expect(index.run(query, { limit: 20 }), query).toEqual(full.run(query, { limit: 20 }));
    expect(new Set(files).size).toBe(files.length);
  });

  it("has a start file that grows by one short line of filter values per practice, and by nothing else", () => {
    const startOf = (copies: number) => {
      const practices = Array.from({ length: copies }, (_, copy) =>
        content.practices.map(({ data, body }) => ({ data: { ...data, id: `${data.id}-${copy}` }, body })),
      ).flat();
      return searchShardsOf(buildSearchIndex(practices, content)).get(shardFiles.start) as ShardStart;
    };
    const [one, four] = [startOf(1), startOf(4)];
    // What may differ: the count, the number of term shards, and each page's count of practices.
    const fixed = ({ docs: _docs, count: _count, termShards: _shards, pages, ...rest }: ShardStart) => ({
      ...rest,
      pages: pages.map(({ practices: _practices, ...page }) => page),
    });
    const [oneDocs, fourDocs] = [one.docs, four.docs];
    expect(fixed(four)).toEqual(fixed(one));
    expect(four.termShards).toBeGreaterThan(one.termShards);
    expect(fourDocs).toHaveLength(4 * oneDocs.length);
    const perPractice = JSON.stringify(fourDocs).length / fourDocs.length;
    expect(perPractice).toBeLessThan(32);
  });

  it("gives chosen practices by id with their text, fetching only the ids and their fragments", async () => {
    const { index, fetched: files } = await sharded(full);
    const ids = [content.practices[5]!.data.id, "finns-inte", content.practices[0]!.data.id];
    const docs = await index.documentsWithIds(ids);
    expect(docs).toEqual(await full.documentsWithIds(ids));
    expect(docs.map((doc) => doc.slug)).toEqual([ids[0], ids[2]]);
    expect(docs.every((doc) => doc.title !== "")).toBe(true);
    expect(files.filter((file) => file.startsWith("termer-"))).toEqual([]);
    expect(files.filter((file) => file.startsWith("visning-")).length).toBeLessThanOrEqual(2);
  });

  it("was fetched once per file", () => {
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});
