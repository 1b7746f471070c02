// The site and `kb search` rank with the same code: same ids, same order.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { restoreSearchIndex } from "@kunskapsbanken/indexer";
import type { SerializedIndex } from "@kunskapsbanken/indexer/search";
import { useBrowser } from "../setup/browser.ts";
import { buildDir, repoRoot } from "../setup/paths.ts";
import { allResultIds } from "./search-helpers.ts";

const queries = [
  "bostad",
  "språkvän",
  "föräldrastöd",
  "ensamkommande unga",
  "samhällsorientering",
  "arbete praktik",
  "fritidsbanken",
  // Thesaurus, typos, compounds, places and questions go through the same code too.
  "frivilliga",
  "language buddy",
  "fritidsbankn",
  "samhälsorientering",
  "budgetrådgivning",
  "idrottsutrustning",
  "vingåker",
  "hur får vi fler hyresvärdar att hyra ut till nyanlända",
];

function cliIds(query: string): string[] {
  const out = execFileSync("node", ["packages/indexer/bin/kb.js", "search", query, "--json", "--limit", "1000"], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return (JSON.parse(out) as { id: string }[]).map((hit) => hit.id);
}

describe("same results on the site and in the CLI", () => {
  const browser = useBrowser();

  it("the built index gives the CLI's ids", async () => {
    const index = await restoreSearchIndex(JSON.parse(await readFile(join(buildDir, "sokindex.json"), "utf8")) as SerializedIndex);
    for (const query of queries) {
      expect(
        index.search(query, { limit: 1000 }).map((hit) => hit.id),
        query,
      ).toEqual(cliIds(query));
    }
  });

  it("/sok shows the CLI's ids in the CLI's order, and the same pages", async () => {
    const index = await restoreSearchIndex(JSON.parse(await readFile(join(buildDir, "sokindex.json"), "utf8")) as SerializedIndex);
    const page = await browser.page();
    for (const query of queries) {
      await page.goto(`${browser.baseUrl}/sok?q=${encodeURIComponent(query)}`);
      const ids = await allResultIds(page);
      expect(ids, query).toEqual(cliIds(query));
      const pages = await page.$$eval(".search-pages > li", (items) => items.map((li) => li.getAttribute("data-id")));
      expect(pages, query).toEqual(index.run(query).pages.map((p) => p.id));
    }
    await page.context().close();
  });
});
