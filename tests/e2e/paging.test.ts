// Browse listings in pages: /praktiker lists 50 practices a page, the pages link to each
// other with a pager that works without JavaScript, every practice is on exactly one page,
// and a paged page has no WCAG 2.1 A/AA violations.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../setup/browser.ts";
import { buildDir } from "../setup/paths.ts";

const PAGE_SIZE = 50;

async function practiceIds(): Promise<string[]> {
  const data = JSON.parse(await readFile(join(buildDir, "data/praktiker.json"), "utf8")) as
    | { id: string }[]
    | { practices: { id: string }[] };
  return (Array.isArray(data) ? data : data.practices).map((practice) => practice.id);
}

/** The practices a page lists, the "Visar …" line and the pager's links as [text, href, aria-current]. */
async function pageState(page: Page) {
  const ids = await page.locator(".practice-list > li").evaluateAll((items) => items.map((li) => li.getAttribute("data-id")));
  const range = await page.locator(".pager__range").textContent();
  const links = await page
    .locator('nav[aria-label="Sidor"] a')
    .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("aria-current")]));
  return { ids, range: range?.replace(/\s/g, " "), links };
}

describe("/praktiker in pages", () => {
  const browser = useBrowser();

  it("without JavaScript: 50 a page, a pager between the pages, and every practice on exactly one page", async () => {
    const all = await practiceIds();
    expect(all.length).toBeGreaterThan(PAGE_SIZE);
    const pages = Math.ceil(all.length / PAGE_SIZE);
    const page = await browser.page({ javaScriptEnabled: false });

    await page.goto(`${browser.baseUrl}/praktiker`);
    const first = await pageState(page);
    expect(first.ids).toHaveLength(PAGE_SIZE);
    expect(first.range).toBe(`Visar 1–50 av ${all.length} exempel`);
    expect(await page.title()).toMatch(/^Alla exempel \|/);
    expect(first.links[0]).toEqual(["Sida 1", "/praktiker", "page"]);
    expect(first.links.at(-1)).toEqual(["Nästa sida", "/praktiker/sida/2", null]);
    expect(first.links.some(([text]) => text === "Föregående sida")).toBe(false);

    const seen = [...first.ids];
    for (let n = 2; n <= pages; n++) {
      await page.getByRole("link", { name: "Nästa sida" }).click();
      await page.waitForURL(`**/praktiker/sida/${n}`);
      const state = await pageState(page);
      expect(await page.title()).toMatch(new RegExp(`^Alla exempel – sida ${n} \\|`));
      await expect(page.locator("h1").textContent()).resolves.toBe(`Alla exempel – sida ${n}`);
      expect(state.links).toContainEqual([`Sida ${n}`, `/praktiker/sida/${n}`, "page"]);
      expect(state.links).toContainEqual(["Föregående sida", n === 2 ? "/praktiker" : `/praktiker/sida/${n - 1}`, null]);
      const last = Math.min(n * PAGE_SIZE, all.length);
      expect(state.range).toBe(`Visar ${(n - 1) * PAGE_SIZE + 1}–${last} av ${all.length} exempel`);
      seen.push(...state.ids);
    }
    expect(await page.getByRole("link", { name: "Nästa sida" }).count()).toBe(0);
    // No practice lost, none listed twice, and the pages in the order of the one list.
    expect(seen).toHaveLength(all.length);
    expect(new Set(seen)).toEqual(new Set(all));
    await page.getByRole("link", { name: "Sida 1", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/praktiker");
    await page.context().close();
  });

  it("with JavaScript: the pager moves between pages in the app, and the total and search link count every practice", async () => {
    const all = await practiceIds();
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/praktiker`, { waitUntil: "networkidle" });
    await expect(page.locator(".list-page__total").textContent()).resolves.toMatch(new RegExp(`^${all.length} exempel`));
    await expect(page.locator('.search-link a[href="/sok"]').textContent()).resolves.toBe(
      `Sök och filtrera bland de här ${all.length} exemplen`,
    );
    const firstIds = (await pageState(page)).ids;
    await page.locator('nav[aria-label="Sidor"] a[href="/praktiker/sida/2"]').first().click();
    await page.waitForURL("**/praktiker/sida/2");
    await page.locator('nav[aria-label="Sidor"] a[aria-current="page"][href="/praktiker/sida/2"]').waitFor();
    const second = await pageState(page);
    expect(second.ids).toHaveLength(Math.min(PAGE_SIZE, all.length - PAGE_SIZE));
    expect(second.ids.filter((id) => firstIds.includes(id))).toEqual([]);
    await expect(page.title()).resolves.toMatch(/^Alla exempel – sida 2 \|/);
    await page.context().close();
  });

  it("a county's further pages list the rest of its practices and lead back to the county", async () => {
    const page = await browser.page({ javaScriptEnabled: false });
    await page.goto(`${browser.baseUrl}/lan/sodermanlands-lan`);
    const first = await pageState(page);
    expect(first.ids).toHaveLength(PAGE_SIZE);
    expect(first.links).toContainEqual(["Nästa sida", "/lan/sodermanlands-lan/sida/2", null]);
    await page.getByRole("link", { name: "Nästa sida" }).click();
    await page.waitForURL("**/lan/sodermanlands-lan/sida/2");
    const second = await pageState(page);
    expect(second.ids.length).toBeGreaterThan(0);
    expect(second.ids.filter((id) => first.ids.includes(id))).toEqual([]);
    await expect(page.locator("h1").textContent()).resolves.toBe("Exempel från Södermanlands län – sida 2");
    await expect(page.locator('main a[href="/lan/sodermanlands-lan"]').first().textContent()).resolves.toBe("Södermanlands län");
    await page.context().close();
  });

  it("a short listing has no pager", async () => {
    const page = await browser.page({ javaScriptEnabled: false });
    await page.goto(`${browser.baseUrl}/amne/bostad`);
    expect(await page.locator('nav[aria-label="Sidor"]').count()).toBe(0);
    expect(await page.locator(".pager__range").count()).toBe(0);
    await page.context().close();
  });

  it.each(["/praktiker", "/praktiker/sida/2"])("%s has no WCAG 2.1 A/AA violations", async (path) => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}${path}`, { waitUntil: "networkidle" });
    await page.locator('nav[aria-label="Sidor"]').waitFor();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    await page.context().close();
  });
});
