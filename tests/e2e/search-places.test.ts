// Search knows the country, in the browser: the county filter on /sok (`lan`), the county
// page's link to it, and a municipality without practices answered honestly.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { restoreSearchIndex } from "@kunskapsbanken/indexer";
import type { SearchIndex, SerializedIndex } from "@kunskapsbanken/indexer/search";
import { useBrowser } from "../setup/browser.ts";
import { buildDir } from "../setup/paths.ts";
import { allResultIds, waitForResults } from "./search-helpers.ts";

describe("search and places", () => {
  const browser = useBrowser();
  let index: SearchIndex;
  beforeAll(async () => {
    index = await restoreSearchIndex(JSON.parse(await readFile(join(buildDir, "sokindex.json"), "utf8")) as SerializedIndex);
  });

  it("/sok?lan=sodermanlands-lan shows the county's practices, ticked, with a count that matches", async () => {
    const expected = index.search("", { filters: { county: ["sodermanlands-lan"] }, limit: 1000 }).map((hit) => hit.id);
    expect(expected.length).toBeGreaterThan(1);
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/sok?lan=sodermanlands-lan`);
    await waitForResults(page);
    expect(await page.isChecked("#filter-lan-sodermanlands-lan")).toBe(true);
    expect(await page.textContent('label[for="filter-lan-sodermanlands-lan"]')).toBe(`Södermanlands län (${expected.length})`);
    expect(await allResultIds(page)).toEqual(expected);
    expect(await page.textContent(".search-page__active")).toContain("län: Södermanlands län");
    // With a query, the county count is what ticking it gives.
    await page.fill("#sok-fraga", "bostad");
    await page.waitForURL((url) => url.searchParams.get("q") === "bostad" && url.searchParams.get("lan") === "sodermanlands-lan");
    const withQuery = index.search("bostad", { filters: { county: ["sodermanlands-lan"] }, limit: 1000 }).map((hit) => hit.id);
    await page.locator(".search-page__status", { hasText: `${withQuery.length} träffar` }).waitFor();
    expect(await allResultIds(page)).toEqual(withQuery);
    expect(await page.textContent('label[for="filter-lan-sodermanlands-lan"]')).toBe(`Södermanlands län (${withQuery.length})`);
    await page.context().close();
  });

  it("the county page links to its practices on /sok with the county filter", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/lan/sodermanlands-lan`);
    const link = page.locator(".search-link a");
    expect(await link.getAttribute("href")).toBe("/sok?lan=sodermanlands-lan");
    await link.click();
    await page.waitForURL("**/sok?lan=sodermanlands-lan");
    await waitForResults(page);
    expect(await page.isChecked("#filter-lan-sodermanlands-lan")).toBe(true);
    await page.context().close();
  });

  it("Malmö is named first as a kommun, with the honest answer that it has no practices yet", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/sok?q=${encodeURIComponent("Malmö")}`);
    await waitForResults(page);
    const first = page.locator(".search-pages > li").first();
    expect(await first.getAttribute("data-id")).toBe("kommun:malmo");
    expect(await first.locator("a").first().textContent()).toBe("Malmö – kommun, inga exempel ännu");
    expect(await first.locator(".search-pages__note").textContent()).toBe("Inga exempel från Malmö ännu. Inte heller från Skåne län.");
    await first.locator("a").first().click();
    await page.waitForURL("**/kommun/malmo");
    await page.context().close();
  });

  it("a typo in a place name is repaired, and a question using `vara` is not about Vara", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/sok?q=${encodeURIComponent("Mamlö")}`);
    await waitForResults(page);
    expect(await page.textContent(".search-notice--correction em")).toBe("Malmö");
    expect(await page.locator(".search-pages > li").first().getAttribute("data-id")).toBe("kommun:malmo");

    const question = "hur kan vi vara ett stöd för nyanlända";
    await page.goto(`${browser.baseUrl}/sok?q=${encodeURIComponent(question)}`);
    await waitForResults(page);
    expect(await page.locator('.search-pages > li[data-id="kommun:vara"]').count()).toBe(0);
    expect(await allResultIds(page)).toEqual(index.search(question, { limit: 1000 }).map((hit) => hit.id));
    await page.context().close();
  });
});
