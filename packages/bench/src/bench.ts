// npm run bench [-- --sizes 50,10000 --seed 1 --rounds 10]
//
// Builds our FlexSearch index (through @kunskapsbanken/indexer, as the site does), lunr with
// Swedish stemming and MiniSearch on the same generated corpus, runs the same queries on
// each, and prints one table per corpus size. It measures and prints; it asserts nothing.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { counties, municipalities } from "@kunskapsbanken/content-schema";
import { fold } from "@kunskapsbanken/content-schema/text";
import { buildSearchIndex, evaluateRelevance, formatReport, loadContent, relevanceQueries } from "@kunskapsbanken/indexer";
import { bundledGzipBytes } from "./bundle-size.js";
import { lunrSwedish, miniSearch, ours, type Corpus, type Engine, type Shipped } from "./engines.js";
import { parseArgs, writeCorpus } from "./generate.js";
import { adjectives, nameHeads, nameTails, nouns } from "./words.js";

const here = dirname(fileURLToPath(import.meta.url));
const gz = (text: string) => (text === "" ? 0 : gzipSync(Buffer.from(text)).length);
const raw = (text: string) => Buffer.byteLength(text);

// ---------------------------------------------------------------------------
// Queries: what people type, from one word to three, with prefixes (typing), inflected and
// compound forms, words typed without å ä ö, place names, rare names and misses.

function queries(): string[] {
  const pick = (i: number, step: number, offset: number) => nouns[(i * step + offset) % nouns.length]!;
  return [
    ...nouns.slice(0, 40).map((noun, i) => noun.forms[i % 4]!),
    ...nouns.slice(0, 20).map((noun) => noun.forms[0].slice(0, 4)),
    ...nouns.slice(0, 15).map((noun, i) => `${adjectives[i % adjectives.length]![2]} ${noun.forms[2]}`),
    ...nouns.slice(0, 10).map((noun, i) => `${noun.forms[1]} ${pick(i, 7, 3).forms[0]} ${pick(i, 11, 5).forms[3]}`),
    ...nouns.slice(0, 15).map((noun, i) => noun.joint + pick(i, 5, 2).forms[2]),
    // Typed without å, ä and ö.
    ...[
      "föreningar",
      "språkvän",
      "bostäder",
      "skolorna",
      "trångboddhet",
      "samhällsorientering",
      "förälder",
      "läxor",
      "församling",
      "äldreboende",
    ].map(fold),
    // Place names from all over the country: nine municipalities and a county.
    ...municipalities.filter((_, i) => i % 33 === 0).map((m) => m.name),
    counties[Math.floor(counties.length / 2)]!.name,
    ...nameHeads.slice(0, 10).map((head, i) => head + nameTails[i % nameTails.length]!),
    ...["kvantdator", "xylofon", "zeppelinare", "pingvinkoloni", "vulkanutbrott"],
  ];
}

// ---------------------------------------------------------------------------
// Measuring

const now = () => performance.now();
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapUsed = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

interface Result {
  engine: string;
  buildMs: number;
  heapBytes: number;
  shipped: Shipped;
  loadMs: number;
  p50: number;
  p95: number;
  p99: number;
  meanHits: number;
}

async function measure(makeEngine: () => Engine, corpus: Corpus, queryList: readonly string[], rounds: number): Promise<Result> {
  const builds: number[] = [];
  let engine = makeEngine();
  let heapBytes = 0;
  for (let i = 0; i < (corpus.length <= 2000 ? 3 : 1); i++) {
    engine = makeEngine();
    const before = heapUsed();
    const start = now();
    await engine.build(corpus);
    builds.push(now() - start);
    heapBytes = heapUsed() - before;
  }
  const shipped = await engine.ship();

  // What the browser does before the first result: parse the fetched JSON and import it.
  const loaded = makeEngine();
  const loadStart = now();
  await loaded.load(shipped);
  const loadMs = now() - loadStart;

  let hits = 0;
  for (const q of queryList) hits += loaded.search(q).length; // warm-up, and a sanity count
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queryList) {
      const start = now();
      loaded.search(q);
      samples.push(now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  builds.sort((a, b) => a - b);
  return {
    engine: engine.name,
    buildMs: builds[Math.floor(builds.length / 2)]!,
    heapBytes,
    shipped,
    loadMs,
    p50: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    p99: quantile(samples, 0.99),
    meanHits: hits / queryList.length,
  };
}

/** Minified + gzip size of each engine's browser search code, bundled with esbuild. */
async function searchCodeBytes(): Promise<Record<string, number | undefined>> {
  const entries: Record<string, string> = {
    "FlexSearch (ours)": `export { SearchIndex } from "@kunskapsbanken/indexer/search";`,
    "lunr + lunr-languages sv": [
      `import lunr from "lunr";`,
      `import support from "lunr-languages/lunr.stemmer.support.js";`,
      `import sv from "lunr-languages/lunr.sv.js";`,
      `support(lunr); sv(lunr);`,
      `export default lunr;`,
    ].join("\n"),
    MiniSearch: `export { default } from "minisearch";`,
  };
  const sizes: Record<string, number | undefined> = {};
  try {
    for (const [name, contents] of Object.entries(entries)) sizes[name] = await bundledGzipBytes(contents);
  } catch (error) {
    console.warn(`(search code size not measured: ${(error as Error).message})`);
  }
  return sizes;
}

// ---------------------------------------------------------------------------
// Printing

const kb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} KB`);
const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(1)} s` : value >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ms`;
const ratio = (value: number, base: number) => (base > 0 ? `${(value / base).toFixed(1)}×` : "–");

function table(results: readonly Result[], code: Record<string, number | undefined>): string {
  const base = results[0]!;
  const total = (r: Result) => gz(r.shipped.index) + gz(r.shipped.store);
  const firstSearch = (r: Result) => total(r) + (code[r.engine] ?? 0);
  const firstSearchCell = (r: Result) =>
    r.shipped.firstPart === undefined
      ? kb(firstSearch(r))
      : `${kb(firstSearch(r))}; start file: ${kb(gz(r.shipped.firstPart) + (code[r.engine] ?? 0))}`;
  const rows = [
    "| engine | build | heap | index raw / gzip | store raw / gzip | load | p50 | p95 | p99 | hits/query | search JS gzip | first search gzip | vs ours: build / data gzip / p95 |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of results) {
    const storeCell = r.shipped.store === "" ? "in index" : `${kb(raw(r.shipped.store))} / ${kb(gz(r.shipped.store))}`;
    rows.push(
      `| ${r.engine} | ${ms(r.buildMs)} | ${kb(r.heapBytes)} | ${kb(raw(r.shipped.index))} / ${kb(gz(r.shipped.index))} | ${storeCell} | ${ms(r.loadMs)} | ` +
        `${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.meanHits.toFixed(1)} | ${code[r.engine] === undefined ? "–" : kb(code[r.engine]!)} | ${firstSearchCell(r)} | ` +
        `${r === base ? "1× / 1× / 1×" : `${ratio(r.buildMs, base.buildMs)} / ${ratio(total(r), total(base))} / ${ratio(r.p95, base.p95)}`} |`,
    );
  }
  return rows.join("\n");
}

/** Gzip of the thesaurus and pages our start file carries. */
function extrasGzip(r: Result): number {
  if (r.shipped.firstPart === undefined) return 0;
  const { thesaurus, pages } = JSON.parse(r.shipped.firstPart) as { thesaurus: unknown; pages: unknown };
  return gz(JSON.stringify({ thesaurus, pages }));
}

function verdict(size: number, results: readonly Result[], code: Record<string, number | undefined>): string[] {
  const [our, lunrResult, mini] = results as [Result, Result, Result];
  const data = (r: Result) => gz(r.shipped.index) + gz(r.shipped.store);
  const first = data(our) + (code[our.engine] ?? 0);
  const firstSplit = our.shipped.firstPart === undefined ? first : gz(our.shipped.firstPart) + (code[our.engine] ?? 0);
  const yes = (ok: boolean) => (ok ? "met" : "NOT met");
  return [
    `Targets at ${size} practices:`,
    `- query p95 < 2 ms: ${yes(our.p95 < 2)} (${ms(our.p95)})`,
    `- faster than both (p95): ${yes(our.p95 < lunrResult.p95 && our.p95 < mini.p95)} (lunr ${ms(lunrResult.p95)}, MiniSearch ${ms(mini.p95)})`,
    `- index smaller than lunr's (gzip, index + store): ${yes(data(our) < data(lunrResult))} (${kb(data(our))} vs ${kb(data(lunrResult))}; raw ${kb(raw(our.shipped.index) + raw(our.shipped.store))} vs ${kb(raw(lunrResult.shipped.index) + raw(lunrResult.shipped.store))})`,
    `- first search ≤ 1 MB gzip: one file ${yes(first <= 1e6)} (${kb(first)}); sharded start file + code ${yes(firstSplit <= 1e6)} (${kb(firstSplit)}; per query: npm run bench:search-size)`,
    `- of the first search: thesaurus + pages ${kb(extrasGzip(our))} gzip, search code ${kb(code[our.engine] ?? 0)} gzip`,
  ];
}

// ---------------------------------------------------------------------------
// Relevance: the indexer's relevance set (queries staff would type, with the practices they
// want) on the real content, for our search and for lunr and MiniSearch as configured above.

async function relevance(): Promise<void> {
  const contentDir = join(here, "..", "..", "..", "content");
  const content = await loadContent(contentDir, contentDir);
  const index = buildSearchIndex(content.practices, content);
  console.log(`\n## Relevance: ${relevanceQueries.length} queries on the real content (${content.practices.length} practices)\n`);
  console.log(
    formatReport(
      "FlexSearch (ours)",
      evaluateRelevance((query) => {
        const result = index.run(query, { limit: 10 });
        return { ids: result.hits.map((hit) => hit.id), firstPage: result.pages[0]?.id };
      }),
    ),
  );
  for (const make of [lunrSwedish, miniSearch]) {
    const engine = make();
    await engine.build(content.practices);
    // lunr and MiniSearch show no pages, so a query that expects a municipality's page first fails for them.
    const report = evaluateRelevance((query) => ({ ids: (engine.search(query) as { id: string }[]).map((hit) => hit.id) }));
    console.log(`\n${formatReport(engine.name, report)}`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sizes = (args.sizes ?? "50,10000")
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const seed = Number(args.seed ?? 1);
  const rounds = Number(args.rounds ?? 10);
  const queryList = queries();
  const code = await searchCodeBytes();
  if (!(globalThis as { gc?: unknown }).gc) console.warn("(run node with --expose-gc for the heap column)");

  console.log(`# Search benchmark — Node ${process.version}, ${queryList.length} queries × ${rounds} rounds, seed ${seed}`);
  console.log("Sizes are UTF-8 bytes of the JSON a browser fetches; gzip at zlib's default level. Heap: retained after build.");
  for (const size of sizes) {
    const dir = args.corpus ? join(args.corpus, String(size)) : await mkdtemp(join(tmpdir(), `kb-bench-${size}-`));
    const corpusBytes = await writeCorpus({ count: size, seed, out: dir });
    const content = await loadContent(dir, dir);
    const errors = content.problems.filter((p) => p.severity === "error");
    if (errors.length > 0) throw new Error(`generated corpus has ${errors.length} problems, e.g. ${JSON.stringify(errors[0])}`);
    const results: Result[] = [];
    for (const make of [ours, lunrSwedish, miniSearch]) results.push(await measure(make, content.practices, queryList, rounds));
    console.log(`\n## ${size} practices (${kb(corpusBytes)} of Markdown)\n`);
    console.log(table(results, code));
    console.log("");
    for (const line of verdict(size, results, code)) console.log(line);
    if (!args.corpus) await rm(dir, { recursive: true, force: true });
  }
  if (args.relevance !== "no") await relevance();
}

await main();
