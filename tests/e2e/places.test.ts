// The whole country: a map of the counties on /lan and of a county's municipalities on its
// page, every area a link, drawn at build time so it works without JavaScript; a page for
// every municipality, honest when it has no practices yet.
import { counties, municipalities } from "@kunskapsbanken/content-schema";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../setup/browser.ts";

describe("places", () => {
  const browser = useBrowser();

  it("/lan maps all 21 counties as links, with the same numbers in a table, without JavaScript", async () => {
    const page = await browser.page({ javaScriptEnabled: false });
    await page.goto(`${browser.baseUrl}/lan`);
    const areas = page.locator("main svg a");
    expect(await areas.count()).toBe(counties.length);
    const hrefs = await areas.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(new Set(hrefs)).toEqual(new Set(counties.map((c) => `/lan/${c.id}`)));
    const sodermanland = page.locator('main svg a[href="/lan/sodermanlands-lan"]');
    const label = await sodermanland.getAttribute("aria-label");
    expect(label).toMatch(/^Södermanlands län: \d+ exempel$/);
    const count = label!.match(/(\d+) exempel/)![1];
    const row = page.locator("main table tr", { has: page.locator('a[href="/lan/sodermanlands-lan"]') });
    expect(await row.locator("td").last().textContent()).toBe(count);
    expect(await page.locator("main").textContent()).toContain("Valmyndigheten och Open Knowledge Sweden");
  });

  it("a county page maps its municipalities and leads on to each", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/lan/skane-lan`);
    const areas = page.locator("main svg a");
    expect(await areas.count()).toBe(municipalities.filter((m) => m.county === "skane-lan").length);
    await page.locator('main svg a[href="/kommun/malmo"]').click();
    await page.waitForURL(`${browser.baseUrl}/kommun/malmo`);
    expect(await page.locator("h1").textContent()).toBe("Malmö");
  });

  it("Malmö's page says honestly that it has no practices yet, names its county and code, and offers to contribute", async () => {
    const page = await browser.page({ javaScriptEnabled: false });
    await page.goto(`${browser.baseUrl}/kommun/malmo`);
    const main = page.locator("main");
    expect(await main.textContent()).toContain("Inga exempel från Malmö ännu");
    expect(await main.textContent()).toContain("kommunkod 1280");
    expect(await main.locator('a[href="/lan/skane-lan"]').first().textContent()).toBe("Skåne län");
    expect(await main.locator('a[href="/bidra?kommun=malmo"]').count()).toBe(1);
  });

  it("Södermanland's 2017 figures, once on /lan, are on its county page, and /lan says where they went", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/lan`);
    await page.locator('main a[href="/lan/sodermanlands-lan#lansiffror"]').click();
    await page.waitForURL(`${browser.baseUrl}/lan/sodermanlands-lan#lansiffror`);
    expect(await page.locator("#lansiffror").textContent()).toBe("Mottagandet i siffror");
    expect(await page.locator("main svg a").count()).toBe(9);
    // A full page of the county's practices, "Visar 1–50 av N exempel", and the rest on further pages.
    expect(await page.locator(".practice-list li").count()).toBe(50);
    const total = /^Visar 1–50 av (\d+) exempel$/.exec((await page.locator(".pager__range").textContent()) ?? "")?.[1];
    expect(Number(total)).toBeGreaterThan(50);
  });
});
