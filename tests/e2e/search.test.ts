// Search in the browser: navbar, keyboard, filters and shareable URLs.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { SearchIndex, type SerializedIndex } from "@kunskapsbanken/indexer/search";
import { useBrowser } from "../setup/browser.ts";
import { buildDir } from "../setup/paths.ts";

const resultIds = (page: Page) => page.$$eval(".search-results > li", (items) => items.map((li) => li.getAttribute("data-id") ?? ""));

async function waitForResults(page: Page) {
  await page.waitForSelector(".search-page__status:not(:has-text('Laddar'))");
}

describe("search", () => {
  const browser = useBrowser();

  it("typing in the navbar shows highlighted hits with municipality; clicking one opens it", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/`);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.waitForLoadState("networkidle");
    expect(requests.some((url) => url.endsWith("/sokindex-forsta.json"))).toBe(false);
    await page.fill("#navbar-sok", "bostad");
    const first = page.locator("#navbar-sok-traffar [role=option]").first();
    await first.waitFor();
    expect(requests.some((url) => url.endsWith("/sokindex-forsta.json"))).toBe(true);
    expect(await page.getAttribute("#navbar-sok", "aria-expanded")).toBe("true");
    expect((await first.locator("mark").allTextContents()).join(" ").toLowerCase()).toContain("bostad");
    expect((await first.locator(".navbar-search__meta").textContent())?.trim()).not.toBe("");
    const id = await first.getAttribute("data-id");
    const title = await first.locator(".navbar-search__title").textContent();
    await first.click();
    await page.waitForURL(`**/praktik/${id}`);
    await page.locator("h1", { hasText: title ?? "" }).waitFor();
    await page.context().close();
  });

  it("works with the keyboard alone", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/praktiker`, { waitUntil: "networkidle" });
    let focused = "";
    for (let i = 0; i < 40 && focused !== "navbar-sok"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focused).toBe("navbar-sok");
    await page.keyboard.type("språkvän");
    await page.locator("#navbar-sok-traffar [role=option]").nth(1).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.getAttribute("#navbar-sok", "aria-activedescendant")).toBe("navbar-sok-traff-1");
    const second = page.locator("#navbar-sok-traff-1");
    expect(await second.getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowUp");
    expect(await page.getAttribute("#navbar-sok", "aria-activedescendant")).toBe("navbar-sok-traff-0");
    await page.keyboard.press("Escape");
    expect(await page.getAttribute("#navbar-sok", "aria-expanded")).toBe("false");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const id = await page.locator("#navbar-sok-traff-1").getAttribute("data-id");
    const title = await page.locator("#navbar-sok-traff-1 .navbar-search__title").textContent();
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/praktik/${id}`);
    await page.locator("h1", { hasText: title ?? "" }).waitFor();
    // Enter with no hit chosen opens the search page with the query.
    await page.focus("#navbar-sok");
    await page.keyboard.type("bostad");
    await page.locator("#navbar-sok-traffar [role=option]").first().waitFor();
    await page.keyboard.press("Enter");
    await page.waitForURL("**/sok?q=bostad");
    await page.context().close();
  });

  it("changing a filter on /sok updates the results and the URL", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/sok?q=bostad`);
    await waitForResults(page);
    const before = await resultIds(page);
    expect(before.length).toBeGreaterThan(1);
    expect(await page.textContent('label[for="filter-kommun-eskilstuna"]')).toMatch(/Eskilstuna \(\d+\)/);
    await page.check("#filter-kommun-eskilstuna");
    await page.waitForURL((url) => url.searchParams.getAll("kommun").includes("eskilstuna"));
    expect(new URL(page.url()).searchParams.get("q")).toBe("bostad");
    const after = await resultIds(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    const metas = await page.$$eval(".search-results .practice-card__meta", (items) => items.map((p) => p.textContent ?? ""));
    for (const meta of metas) expect(meta).toContain("Eskilstuna");
    await page.fill("#sok-fraga", "språkvän");
    await page.waitForURL((url) => url.searchParams.get("q") === "språkvän");
    await page.uncheck("#filter-kommun-eskilstuna");
    await page.waitForURL((url) => !url.searchParams.has("kommun"));
    await page.context().close();
  });

  it("opening a search URL restores the search", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/sok?q=bostad&kommun=eskilstuna&kommun=strangnas&amne=bostad`);
    await waitForResults(page);
    expect(await page.inputValue("#sok-fraga")).toBe("bostad");
    expect(await page.isChecked("#filter-kommun-eskilstuna")).toBe(true);
    expect(await page.isChecked("#filter-kommun-strangnas")).toBe(true);
    expect(await page.isChecked("#filter-amne-bostad")).toBe(true);
    const index = await SearchIndex.fromSerialized(JSON.parse(await readFile(join(buildDir, "sokindex.json"), "utf8")) as SerializedIndex);
    const expected = index
      .search("bostad", { filters: { municipality: ["eskilstuna", "strangnas"], topic: ["bostad"] }, limit: 1000 })
      .map((hit) => hit.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await resultIds(page)).toEqual(expected);
    await page.context().close();
  });

  it("shows title hits from the first half of the index before the rest has arrived", async () => {
    const page = await browser.page();
    let release: () => void = () => undefined;
    const restHeld = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/sokindex-resten.json", async (route) => {
      await restHeld;
      await route.continue();
    });
    await page.goto(`${browser.baseUrl}/sok?q=fritidsbanken`);
    const status = page.locator(".search-page__status");
    await status.filter({ hasText: "i rubrikerna" }).waitFor();
    expect(await resultIds(page)).toContain("nykoping-fritidsbanken");
    release();
    await status.filter({ hasNotText: /laddar/i }).waitFor();
    const index = await SearchIndex.fromSerialized(JSON.parse(await readFile(join(buildDir, "sokindex.json"), "utf8")) as SerializedIndex);
    expect(await resultIds(page)).toEqual(index.search("fritidsbanken", { limit: 1000 }).map((hit) => hit.id));
    await page.context().close();
  });

  it("understands what people type: synonyms, typos, places and counts, as the index does", async () => {
    const index = await SearchIndex.fromSerialized(JSON.parse(await readFile(join(buildDir, "sokindex.json"), "utf8")) as SerializedIndex);
    const page = await browser.page();

    // A synonym: no practice says "frivilliga", yet it is no dead end.
    await page.goto(`${browser.baseUrl}/sok?q=frivilliga`);
    await waitForResults(page);
    const frivilliga = await resultIds(page);
    expect(frivilliga.length).toBeGreaterThan(0);
    expect(frivilliga).toEqual(index.search("frivilliga", { limit: 1000 }).map((hit) => hit.id));
    expect(await page.textContent(".search-page__status")).not.toMatch(/^0 träffar/);

    // A typo: corrected, and the page says so.
    await page.goto(`${browser.baseUrl}/sok?q=fritidsbankn`);
    await waitForResults(page);
    expect((await resultIds(page))[0]).toBe("nykoping-fritidsbanken");
    expect(await page.textContent(".search-notice--correction")).toContain("Visar träffar för fritidsbanken");
    expect(await page.textContent(".search-notice--correction em")).toBe("fritidsbanken");

    // A municipality: its profile first, linked; its own practices before shared ones.
    await page.goto(`${browser.baseUrl}/sok?q=vingåker`);
    await waitForResults(page);
    const profile = page.locator(".search-pages > li").first();
    const inVingaker = index.search("", { filters: { municipality: ["vingaker"] }, limit: 1000 }).length;
    expect(await profile.textContent()).toBe(`Vingåker – kommunprofil, ${inVingaker} exempel`);
    const ids = await resultIds(page);
    const metas = await page.$$eval(".search-results .practice-card__meta", (items) => items.map((p) => p.textContent ?? ""));
    const own = metas.map((meta) => meta.startsWith("Vingåker ·"));
    expect(own.slice(0, 3)).toEqual([true, true, true]);
    expect(ids.length).toBeGreaterThan(3);
    await profile.locator("a").click();
    await page.waitForURL("**/kommun/vingaker");

    // More words never read as more hits: the status separates all the words from some.
    await page.goto(`${browser.baseUrl}/sok?q=${encodeURIComponent("bostad nyanlända")}`);
    await waitForResults(page);
    const result = index.run("bostad nyanlända");
    expect(await page.textContent(".search-page__status")).toContain(
      `${result.withAll} träffar med alla orden, ${result.withSome} till med några av dem`,
    );

    // A real dead end still offers a way on.
    await page.goto(`${browser.baseUrl}/sok?q=kvantdator`);
    await waitForResults(page);
    expect(await resultIds(page)).toEqual([]);
    await page.locator(".search-dead-end a", { hasText: "Alla ämnen" }).click();
    await page.waitForURL("**/amne");
    await page.context().close();
  });

  it("filter counts are exactly the hits that ticking the filter gives", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/sok?q=bostad&amne=bostad`);
    await waitForResults(page);
    const label = await page.textContent('label[for="filter-kommun-strangnas"]');
    const shown = Number(/\((\d+)\)/.exec(label ?? "")?.[1]);
    expect(shown).toBeGreaterThan(0);
    await page.check("#filter-kommun-strangnas");
    await page.waitForURL((url) => url.searchParams.getAll("kommun").includes("strangnas"));
    await page
      .locator(".search-results > li")
      .nth(shown - 1)
      .waitFor();
    expect((await resultIds(page)).length).toBe(shown);
    await page.context().close();
  });
});
