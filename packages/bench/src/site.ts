// What a first page load of the built site fetches, measured in Chromium: every response's
// body, gzip-compressed, grouped as JS, data, HTML and CSS; plus the size of the build.
//
//   KB_CONTENT_DIR=/tmp/corpus npx docusaurus build --out-dir /tmp/site   (in apps/site)
//   node packages/bench/dist/site.js --out /tmp/site --pages /,/praktiker,/praktik/nykoping-fritidsbanken
//
// `npm run bench:site` (site-bench.ts) does the whole round at several sizes.
import { resolve } from "node:path";
import { parseArgs } from "./generate.js";
import { diskUsage, kb, measurePages } from "./measure.js";

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.out) {
    console.error("usage: node dist/site.js --out BUILD_DIR [--pages /,/praktiker]");
    process.exitCode = 2;
    return;
  }
  const out = resolve(args.out);
  const pages = (args.pages ?? "/,/praktiker").split(",").map((path) => ({ path }));
  console.log(`build: ${(diskUsage(out) / 1e6).toFixed(0)} MB in ${out}`);
  console.log("| page | JS | data | HTML | CSS | total (gzip) | largest |\n|---|--:|--:|--:|--:|--:|---|");
  for (const load of await measurePages(out, pages)) {
    const largest = load.largest.map(([bytes, name]) => `${name} ${kb(bytes)}`).join(", ");
    console.log(
      `| ${load.page} | ${kb(load.js)} | ${kb(load.data)} | ${kb(load.html)} | ${kb(load.css)} | ${kb(load.total)} | ${largest} |`,
    );
  }
}

await main();
