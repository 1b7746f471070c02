// Search in the browser: navbar, keyboard, filters, shareable URLs, and an index fetched
// piece by piece.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { restoreSearchIndex } from "@kunskapsbanken/indexer";
import type { SerializedIndex } from "@kunskapsbanken/indexer/search";
import { useBrowser } from "../setup/browser.ts";
import { buildDir } from "../setup/paths.ts";
import { allResultIds, resultIds, waitForResults } from "./search-helpers.ts";

const shardRequests = (requests: readonly string[]) =>
  requests
    .filter((url) => new URL(url).pathname.includes("/sokindex"))
    .map((url) => new URL(url).pathname.replace(/^.*\/sokindex/, "sokindex"));

describe("search", () => {
  const browser = useBrowser();

  it("typing in the navbar shows highlighted hits with municipality; clicking one opens it", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/`);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.waitForLoadState("networkidle");
    expect(shardRequests(requests)).toEqual([]);
    await page.fill("#navbar-sok", "bostad");
    const first = page.locator("#navbar-sok-traffar [role=option]").first();
    await first.waitFor();
    expect(shardRequests(requests)).toContain("sokindex/start.json");
    expect(shardRequests(requests)).not.toContain("sokindex.json");
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
    await waitForResults(page);
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
    const index = await restoreSearchIndex(JSON.parse(await readFile(join(buildDir, "sokindex.json"), "utf8")) as SerializedIndex);
    const expected = index
      .search("bostad", { filters: { municipality: ["eskilstuna", "strangnas"], topic: ["bostad"] }, limit: 1000 })
      .map((hit) => hit.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await allResultIds(page)).toEqual(expected);
    await page.context().close();
  });

  it("fetches the start file and what the query needs, not the whole index; more hits on request", async () => {
    const index = await restoreSearchIndex(JSON.parse(await readFile(join(buildDir, "sokindex.json"), "utf8")) as SerializedIndex);
    const files = await readdir(join(buildDir, "sokindex"));
    const page = await browser.page();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${browser.baseUrl}/sok?q=bostad`);
    await waitForResults(page);
    const fetched = shardRequests(requests);
    expect(fetched[0]).toBe("sokindex/start.json");
    expect(fetched.some((file) => file.startsWith("sokindex/termer-"))).toBe(true);
    expect(fetched.some((file) => file.startsWith("sokindex/visning-"))).toBe(true);
    expect(fetched).not.toContain("sokindex.json");
    expect(fetched.filter((file) => file.startsWith("sokindex/ordforrad-"))).toEqual([]);
    expect(fetched.length).toBeLessThan(files.length / 2);
    const all = index.search("bostad", { limit: 1000 }).map((hit) => hit.id);
    expect(all.length).toBeGreaterThan(20);
    expect(await resultIds(page)).toEqual(all.slice(0, 20));
    expect(await page.textContent(".search-page__more")).toBe(`Visa fler träffar (${all.length - 20} till)`);
    expect(await allResultIds(page)).toEqual(all);
    // Filters alone need no term shard.
    const before = requests.length;
    await page.goto(`${browser.baseUrl}/sok?amne=bostad`);
    await waitForResults(page);
    expect(shardRequests(requests.slice(before)).filter((file) => file.includes("termer-"))).toEqual([]);
    expect(await resultIds(page)).toEqual(index.search("", { filters: { topic: ["bostad"] }, limit: 20 }).map((hit) => hit.id));
    await page.context().close();
  });

  it("understands what people type: synonyms, typos, places and counts, as the index does", async () => {
    const index = await restoreSearchIndex(JSON.parse(await readFile(join(buildDir, "sokindex.json"), "utf8")) as SerializedIndex);
    const page = await browser.page();

    // A synonym: no practice says "frivilliga", yet it is no dead end.
    await page.goto(`${browser.baseUrl}/sok?q=frivilliga`);
    await waitForResults(page);
    const frivilliga = await resultIds(page);
    expect(frivilliga.length).toBeGreaterThan(0);
    expect(await allResultIds(page)).toEqual(index.search("frivilliga", { limit: 1000 }).map((hit) => hit.id));
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

    // A real word that no practice uses is said so, not split into hem + löshet (HVB homes).
    await page.goto(`${browser.baseUrl}/sok?q=hemlöshet`);
    await waitForResults(page);
    expect(await resultIds(page)).toEqual([]);
    expect(await page.textContent(".search-notice--absent")).toBe("Inga exempel handlar om ”hemlöshet”.");
    expect(await page.locator(".search-notice--correction").count()).toBe(0);

    // One hit: practices about the same topics follow, apart and named as such.
    await page.goto(`${browser.baseUrl}/sok?q=fritidsbanken`);
    await waitForResults(page);
    const like = index.run("fritidsbanken");
    expect(await resultIds(page)).toEqual(["nykoping-fritidsbanken"]);
    expect(
      await page.$$eval(".search-page__related .search-related > li", (items) => items.map((li) => li.getAttribute("data-id"))),
    ).toEqual(like.related.map((hit) => hit.id));
    expect(await page.textContent(".search-page__related")).toContain("Fritid, kultur och idrott");

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
    expect((await allResultIds(page)).length).toBe(shown);
    await page.context().close();
  });
});
