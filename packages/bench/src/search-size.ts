// What the browser fetches before the first search result, in gzip bytes: the site's sharded
// index is written for the real content plus generated practices, and each query is run as
// /sok and the navbar run it (`SearchIndex.fromShards`, then `prepare`), summing the files
// the loader fetched. No Docusaurus build needed.
//
//   npm run build -w @kunskapsbanken/bench && node packages/bench/dist/search-size.js --extra 0,2000,10000
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSearchIndex, loadContent, searchShardsOf } from "@kunskapsbanken/indexer";
import { SearchIndex, type SearchOptions } from "@kunskapsbanken/indexer/search";
import { bundledGzipBytes } from "./bundle-size.js";
import { parseArgs, writeCorpus } from "./generate.js";

const here = dirname(fileURLToPath(import.meta.url));
const contentDir = join(here, "../../../content");

/** What /sok asks for its first page of hits, and what the navbar asks. */
const SEARCH_PAGE: SearchOptions = { limit: 20, facets: true };
const NAVBAR: SearchOptions = { limit: 8 };

interface Visit {
  name: string;
  /** Queries run one after the other on one loaded index (typing), the last one's result being the one that counts. */
  queries: string[];
  options: SearchOptions;
}

const visits: Visit[] = [
  { name: "/sok?q=bostad", queries: ["bostad"], options: SEARCH_PAGE },
  { name: "/sok?q=språkvän", queries: ["språkvän"], options: SEARCH_PAGE },
  { name: "/sok?q=ensamkommande barn", queries: ["ensamkommande barn"], options: SEARCH_PAGE },
  { name: "/sok?q=Katrineholm", queries: ["Katrineholm"], options: SEARCH_PAGE },
  { name: "/sok?amne=bostad (filter only)", queries: [""], options: { ...SEARCH_PAGE, filters: { topic: ["bostad"] } } },
  { name: "/sok?q=samhälsorientering (typo)", queries: ["samhälsorientering"], options: SEARCH_PAGE },
  { name: "navbar: bostad", queries: ["bostad"], options: NAVBAR },
  { name: "navbar: b, bo, … bostad typed", queries: ["b", "bo", "bos", "bost", "bosta", "bostad"], options: NAVBAR },
];

const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;

/** Minified + gzip size of the search code the site loads with the start file (the indexer's browser entry), or undefined without esbuild. */
async function searchCodeBytes(): Promise<number | undefined> {
  try {
    return await bundledGzipBytes(`export * from "@kunskapsbanken/indexer/search";`);
  } catch {
    return undefined;
  }
}

/** Gzip bytes fetched per visit for a corpus of the real content plus `extra` generated practices. */
interface Measured {
  practices: number;
  bytes: number[];
  files: number[];
  start: number;
}

async function measure(extra: number, seed: number): Promise<Measured> {
  const site = await loadContent(contentDir, contentDir);
  let practices = site.practices;
  let dir: string | undefined;
  if (extra > 0) {
    dir = await mkdtemp(join(tmpdir(), `kb-search-size-${extra}-`));
    await writeCorpus({ count: extra, seed, out: dir });
    practices = [...practices, ...(await loadContent(dir, dir)).practices];
  }
  const files = searchShardsOf(buildSearchIndex(practices, site));
  if (dir) await rm(dir, { recursive: true, force: true });
  const gzip = new Map([...files].map(([name, data]) => [name, gzipSync(JSON.stringify(data)).length]));
  const bytes: number[] = [];
  const counts: number[] = [];
  for (const visit of visits) {
    const fetched = new Set<string>();
    const index = await SearchIndex.fromShards(async (file) => {
      fetched.add(file);
      return JSON.parse(JSON.stringify(files.get(file)));
    });
    for (const query of visit.queries) await index.prepare(query, visit.options);
    bytes.push([...fetched].reduce((sum, file) => sum + gzip.get(file)!, 0));
    counts.push(fetched.size);
  }
  return { practices: practices.length, bytes, files: counts, start: gzip.get("start.json")! };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const extras = (args.extra ?? "0,2000,10000").split(",").map(Number);
  const seed = Number(args.seed ?? 1);
  const results: Measured[] = [];
  for (const extra of extras) results.push(await measure(extra, seed));
  console.log(`# Bytes before the first search result (gzip, seed ${seed}): files fetched by the sharded index's loader\n`);
  console.log(`| visit | ${results.map((r) => `${r.practices} practices`).join(" | ")} |`);
  console.log(`|---|${results.map(() => "--:").join("|")}|`);
  console.log(`| start file alone | ${results.map((r) => kb(r.start)).join(" | ")} |`);
  visits.forEach((visit, v) => {
    console.log(`| ${visit.name} | ${results.map((r) => `${kb(r.bytes[v]!)} (${r.files[v]} files)`).join(" | ")} |`);
  });
  const code = await searchCodeBytes();
  if (code !== undefined)
    console.log(`\nThe search code, fetched with the start file at every size: ${kb(code)} gzip (minified with esbuild).`);
}

await main();
