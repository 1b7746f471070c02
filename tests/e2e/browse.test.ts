// Browse pages lead to the search that narrows them; municipality pages lead with their
// practices; /sok without JavaScript; the 404 page; the favicon; small wording.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { restoreSearchIndex } from "@kunskapsbanken/indexer";
import type { SerializedIndex } from "@kunskapsbanken/indexer/search";
import { useBrowser } from "../setup/browser.ts";
import { buildDir } from "../setup/paths.ts";
import { allResultIds } from "./search-helpers.ts";

describe("browsing", () => {
  const browser = useBrowser();

  it.each([
    ["/amne/bostad", "/sok?amne=bostad"],
    ["/malgrupp/foraldrar", "/sok?malgrupp=foraldrar"],
    ["/praktiker", "/sok"],
    ["/kommun/nykoping", "/sok?kommun=nykoping"],
  ])("%s links to the search with the same practices, to narrow further", async (path, search) => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}${path}`, { waitUntil: "networkidle" });
    // A paged listing says how many it has in all ("Visar 1–50 av 70 exempel"); the search has them all.
    const range = page.locator(".pager__range");
    const listed =
      (await range.count()) > 0
        ? Number(/av ([\d\s]+) exempel/.exec((await range.textContent()) ?? "")![1]!.replace(/\s/g, ""))
        : await page.locator(".practice-list").first().locator("> li").count();
    const link = page.locator(`.search-link a[href="${search}"]`);
    await expect(link.textContent()).resolves.toBe(`Sök och filtrera bland de här ${listed} exemplen`);
    await link.click();
    await page.waitForURL(`**${search}`);
    expect((await allResultIds(page)).length).toBe(listed);
    await page.context().close();
  });

  it("a municipality page leads with its practices and their count, also first in the table of contents", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/kommun/nykoping`, { waitUntil: "networkidle" });
    // Headings end in a hidden zero-width space before their anchor link.
    const headings = (await page.locator("article h2").allTextContents()).map((text) => text.replace(/\u200b/g, ""));
    const count = await page.locator(".profile-practices .practice-list > li").count();
    expect(count).toBeGreaterThan(1);
    expect(headings[0]).toBe(`Goda exempel från Nyköping (${count})`);
    expect(headings.indexOf("Mottagandet i siffror")).toBe(1);
    const toc = await page.locator(".theme-doc-toc-desktop a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
    expect(toc[0]).toEqual(["#kommunens-exempel", `Goda exempel från Nyköping (${count})`]);
    expect(toc.map(([href]) => href)).toEqual(expect.arrayContaining(["#siffror", "#framgangsfaktorer"]));
    await page.locator('.theme-doc-toc-desktop a[href="#kommunens-exempel"]').click();
    await page.waitForURL("**#kommunens-exempel");
    await page.context().close();
  });

  it("the county page's chart headings carry their year", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/lan/sodermanlands-lan`);
    const headings = await page.locator('section[aria-labelledby="lansiffror"] h3').allTextContents();
    expect(headings.length).toBeGreaterThan(1);
    for (const heading of headings) expect(heading).toMatch(/\b20\d\d\b/);
    for (const caption of await page.locator(".bar-chart figcaption").allTextContents()) expect(caption).toMatch(/\b20\d\d\b/);
    await page.context().close();
  });

  it("a practice page shows its short link to share", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/praktik/flen-sprakvanner`);
    const link = page.locator(".practice-actions__shortlink a");
    await expect(link.getAttribute("href")).resolves.toMatch(/^https?:\/\/[^/]+\/p\/flen-sprakvanner$/);
    await page.context().close();
  });
});

describe("/sok without JavaScript", () => {
  const browser = useBrowser();

  it("is a plain GET form that keeps the query in the address, says filtering needs JavaScript and links to the browse pages", async () => {
    const context = await (await browser.page()).context().browser()!.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
    const page = await context.newPage();
    await page.goto(`${browser.baseUrl}/sok`);
    await expect(page.locator("body").textContent()).resolves.not.toContain("Laddar");
    await expect(page.locator(".search-page__noscript").textContent()).resolves.toContain("Sökningen och filtren behöver JavaScript");
    for (const href of ["/praktiker", "/kommuner", "/amne", "/malgrupp"]) {
      await expect(page.locator(`.search-page__noscript a[href="${href}"]`).isVisible()).resolves.toBe(true);
    }
    await page.fill("#sok-fraga", "språkvän");
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/sok" && url.searchParams.get("q") === "språkvän");
    await expect(page.locator("body").textContent()).resolves.not.toContain("Laddar");
    await context.close();
  });
});

describe("small things", () => {
  const browser = useBrowser();

  it("the 404 page is in Swedish sentence case and offers a search", async () => {
    const page = await browser.page();
    const response = await page.goto(`${browser.baseUrl}/finns-inte-alls`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("main h1").textContent()).resolves.toBe("Sidan hittades inte");
    await expect(page.title()).resolves.toMatch(/^Sidan hittades inte/);
    await page.fill("#hittades-inte-sok", "bostad");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/sok?q=bostad");
    await page.locator(".search-results > li").first().waitFor();
    await page.context().close();
  });

  it("no page asks for a file that is missing: the favicon is there", async () => {
    const page = await browser.page();
    const missing: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) missing.push(response.url());
    });
    await page.goto(`${browser.baseUrl}/praktik/flen-sprakvanner`, { waitUntil: "networkidle" });
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    expect((await fetch(new URL(icon!, browser.baseUrl))).status).toBe(200);
    expect(missing).toEqual([]);
    await page.context().close();
  });

  it("the navbar says '1 träff visas' for a single hit", async () => {
    const index = await restoreSearchIndex(JSON.parse(await readFile(join(buildDir, "sokindex.json"), "utf8")) as SerializedIndex);
    const word = index
      .documents()
      .flatMap((doc) => doc.title.split(/\s+/))
      .find((w) => w.length > 6 && index.search(w, { limit: 8 }).length === 1);
    expect(word).toBeDefined();
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/`);
    await page.fill("#navbar-sok", word!);
    await page.locator(".navbar-search__status", { hasText: "1 träff visas." }).waitFor();
    await page.context().close();
  });
});
