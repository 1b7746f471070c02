// /sok with the keyboard, without JavaScript, and when the search did not find what the reader
// wanted: real key presses, and where focus is after each (document.activeElement).
import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../setup/browser.ts";
import { waitForResults } from "./search-helpers.ts";

const widths: [string, BrowserContextOptions][] = [
  ["desktop", { viewport: { width: 1280, height: 900 } }],
  ["phone", { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }],
];

/** What has focus: its id, tag, text, the data-id of the hit it belongs to, or of the answering page. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      id: element?.id ?? "",
      tag: element?.tagName.toLowerCase() ?? "",
      text: element?.textContent?.trim() ?? "",
      hit: element?.closest(".practice-card__title") ? (element.closest(".search-results > li")?.getAttribute("data-id") ?? "") : "",
      answer: element?.closest(".search-pages > li")?.getAttribute("data-id") ?? "",
      checkbox: element instanceof HTMLInputElement && element.type === "checkbox",
    };
  });

const firstHitId = (page: Page) => page.locator(".search-results > li").first().getAttribute("data-id");

/** Presses Tab until the first hit's title link has focus; how many presses it took (at most `limit`). */
async function tabsToFirstHit(page: Page, limit: number): Promise<number> {
  const first = await firstHitId(page);
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if ((await focused(page)).hit === first) return presses;
  }
  return Number.POSITIVE_INFINITY;
}

describe("/sok with the keyboard", () => {
  const browser = useBrowser();

  for (const [name, options] of widths) {
    it.each(["språkvän", "bostad"])(
      `${name}: from the search box, “Hoppa till träffarna” leads to the first hit of %s in 2 Tab presses`,
      async (query) => {
        const page = await browser.page(options);
        await page.goto(`${browser.baseUrl}/sok?q=${encodeURIComponent(query)}`);
        await waitForResults(page);
        // Both queries also list pages that answer them (a topic …), after the hits; the phone has the filter button before them.
        await page.locator(".search-pages a").first().waitFor();
        await page.focus("#sok-fraga");
        await page.keyboard.press("Tab");
        expect((await focused(page)).text).toBe("Hoppa till träffarna");
        const box = await page.locator(".search-page__skip").boundingBox();
        expect(box?.width).toBeGreaterThan(20);
        await page.keyboard.press("Enter");
        expect(await tabsToFirstHit(page, 1)).toBe(1);
        await page.context().close();
      },
    );

    // Each query has pages that answer it (a topic, a collection, a municipality) or, with
    // few hits, links to browse instead: none of them stands between the box and the hits.
    it.each([
      ["bostad", ".search-pages a"],
      ["Vingåker", ".search-pages a"],
      ["språkvän", ".search-pages a"],
      ["fritidsbanken", ".search-dead-end a"],
    ])(`${name}: from the search box, Tab alone reaches the first hit of %s in at most 3 presses`, async (query, links) => {
      const page = await browser.page(options);
      await page.goto(`${browser.baseUrl}/sok?q=${encodeURIComponent(query)}`);
      await waitForResults(page);
      await page.locator(links).first().waitFor();
      await page.focus("#sok-fraga");
      // The skip link, the filter button on a phone, the first hit.
      expect(await tabsToFirstHit(page, 3)).toBeLessThanOrEqual(name === "phone" ? 3 : 2);
      await page.context().close();
    });

    it(`${name}: the pages that answer the query follow the hits and come before the filters, seen and tabbed`, async () => {
      const page = await browser.page(options);
      await page.goto(`${browser.baseUrl}/sok?q=bostad`);
      await waitForResults(page);
      const pages = page.locator(".search-page__pages");
      await pages.locator(".search-pages a").first().waitFor();
      await expect(pages.locator("h2").textContent()).resolves.toBe("Sidor som svarar på sökningen");
      // Shown without opening the filters, also on a phone.
      await expect(pages.isVisible()).resolves.toBe(true);
      const order = await page.evaluate(() => {
        const at = (selector: string) => document.querySelector(selector)!;
        const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        const pagesList = at(".search-pages");
        return { afterHits: follows(at(".search-results"), pagesList), beforeFilters: follows(pagesList, at(".search-page__filters")) };
      });
      expect(order).toEqual({ afterHits: true, beforeFilters: true });
      const hits = (await page.locator(".search-page__results").boundingBox())!;
      const box = (await pages.boundingBox())!;
      if (name === "desktop") {
        // The top of the column to the right of the hits, above the filters.
        const filters = (await page.locator(".search-page__filters").boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(hits.x + hits.width);
        expect(Math.abs(box.y - hits.y)).toBeLessThan(5);
        expect(box.y + box.height).toBeLessThanOrEqual(filters.y);
      } else {
        expect(box.y).toBeGreaterThanOrEqual(hits.y + hits.height);
      }
      await page.context().close();
    });

    it(`${name}: with no hits, the pages that answer the query come where the hits would be`, async () => {
      const page = await browser.page(options);
      await page.goto(`${browser.baseUrl}/sok?q=${encodeURIComponent("Malmö")}`);
      await waitForResults(page);
      const answer = page.locator('.search-page__results .search-pages > li[data-id="kommun:malmo"]');
      await answer.waitFor();
      expect(await page.locator(".search-results > li").count()).toBe(0);
      await expect(answer.isVisible()).resolves.toBe(true);
      // Before the way on ("Inga exempel matchar sökningen") and the tip, not below them.
      const above = (await answer.boundingBox())!;
      expect(above.y + above.height).toBeLessThanOrEqual((await page.locator(".search-dead-end").boundingBox())!.y);
      expect(await page.locator(".search-page__side .search-pages").count()).toBe(0);
      await page.context().close();
    });

    it(`${name}: every hit comes before the filters in the tab order`, async () => {
      const page = await browser.page(options);
      await page.goto(`${browser.baseUrl}/sok?q=bostad`);
      await waitForResults(page);
      const hitIds = await page.$$eval(".search-results > li", (items) => items.map((li) => li.getAttribute("data-id") ?? ""));
      expect(hitIds.length).toBeGreaterThan(1);
      if (name === "phone") {
        // On a phone the filters are behind the button; opened, they follow the hits.
        await page.getByRole("button", { name: /^Filter/ }).click();
        await page.locator(".search-facets input[type=checkbox]").first().waitFor();
      }
      await page.focus("#sok-fraga");
      const answerIds = await page.$$eval(".search-pages > li", (items) => items.map((li) => li.getAttribute("data-id") ?? ""));
      expect(answerIds.length).toBeGreaterThan(0);
      // Hits, then the pages that answer the query, then the filters.
      const reached: string[] = [];
      let state = await focused(page);
      for (let presses = 0; presses < 300 && !state.checkbox; presses++) {
        await page.keyboard.press("Tab");
        state = await focused(page);
        const stop = state.hit ? `hit ${state.hit}` : state.answer ? `page ${state.answer}` : "";
        if (stop && stop !== reached.at(-1)) reached.push(stop);
      }
      expect(state.checkbox).toBe(true);
      expect(reached).toEqual([...hitIds.map((id) => `hit ${id}`), ...answerIds.map((id) => `page ${id}`)]);
      if (name === "desktop") {
        // Seen as well as tabbed: the filters are the column to the right of the hits.
        const hits = (await page.locator(".search-page__results").boundingBox())!;
        const filters = (await page.locator(".search-page__filters").boundingBox())!;
        expect(filters.x).toBeGreaterThanOrEqual(hits.x + hits.width);
      }
      await page.context().close();
    });
  }

  it("typing keeps focus in the field; Enter moves it to the heading that says how many hits", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/sok`);
    await page.click("#sok-fraga");
    await page.keyboard.type("bostad");
    await page.waitForURL((url) => url.searchParams.get("q") === "bostad");
    await page.locator(".search-page__status", { hasText: "för ”bostad”" }).waitFor();
    expect((await focused(page)).id).toBe("sok-fraga");
    await page.keyboard.press("Enter");
    const heading = await focused(page);
    expect(heading).toMatchObject({ id: "sok-resultat-rubrik", tag: "h2" });
    expect(heading.text).toMatch(/^\d+ träffar för ”bostad”$/);
    expect(await tabsToFirstHit(page, 3)).toBeLessThanOrEqual(3);
    await page.context().close();
  });

  it("a search from the navbar lands on the results heading of /sok", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/praktiker`);
    await page.click("#navbar-sok");
    await page.keyboard.type("språkvän");
    await page.locator("#navbar-sok-traffar [role=option]").first().waitFor();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/sok" && url.searchParams.get("q") === "språkvän");
    await page.waitForFunction(() => document.activeElement?.id === "sok-resultat-rubrik");
    await page.locator(".search-page__status", { hasText: /\d+ träff(ar)? för ”språkvän”/ }).waitFor();
    await page.context().close();
  });

  it("on a phone, the filter button takes focus to the filters and “Visa … träffar” back to the heading", async () => {
    const page = await browser.page(widths[1]![1]);
    await page.goto(`${browser.baseUrl}/sok?q=bostad`);
    await waitForResults(page);
    await page.getByRole("button", { name: /^Filter/ }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "sok-filter-rubrik");
    await page.getByRole("button", { name: /^Visa \d+ träff/ }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "sok-resultat-rubrik");
    await expect(page.locator(".search-facets").isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe("“Hittade du inte det du sökte?” on /sok", () => {
  const browser = useBrowser();

  /** The tip link's address, parsed, after the hits (or the lack of them) are shown. */
  async function tipLink(page: Page, query: string): Promise<URL> {
    await page.goto(`${browser.baseUrl}/sok?q=${encodeURIComponent(query)}`);
    await waitForResults(page);
    const section = page.locator(".search-tip");
    await expect(section.locator("h2").textContent()).resolves.toBe("Hittade du inte det du sökte?");
    await expect(section.textContent()).resolves.toContain("Webbplatsen sparar inte vad någon söker efter");
    return new URL((await section.getByRole("link", { name: "Tipsa redaktionen om vad du letade efter" }).getAttribute("href"))!);
  }

  it("with no hits, opens the editors' tip form with the query, encoded, and says where the tip came from", async () => {
    const page = await browser.page();
    const query = 'zzqqxx & "qqzz" #?+%';
    const link = await tipLink(page, query);
    expect(await page.locator(".search-results > li").count()).toBe(0);
    expect(link.origin).toBe("https://github.com");
    expect(link.pathname).toMatch(/^\/[^/]+\/[^/]+\/issues\/new$/);
    expect(link.searchParams.get("template")).toBe("tipsa-om-ett-gott-exempel.yml");
    expect(link.searchParams.get("title")).toBe(`Tips från sökningen: ${query}`);
    const text = link.searchParams.get("beskrivning") ?? "";
    expect(text).toContain(`Jag sökte på ”${query}” i Kunskapsbanken och hittade inte det jag letade efter.`);
    const searchUrl = new URL(/Sökningen: (\S+)/.exec(text)![1]!);
    expect(searchUrl.pathname).toBe("/sok");
    expect(searchUrl.searchParams.get("q")).toBe(query);
    await page.context().close();
  });

  it("is under the hits as well, after the last one", async () => {
    const page = await browser.page();
    const link = await tipLink(page, "bostad");
    expect(link.searchParams.get("title")).toBe("Tips från sökningen: bostad");
    const below = await page.evaluate(() => {
      const hits = document.querySelector(".search-results");
      const tip = document.querySelector(".search-tip");
      return Boolean(hits && tip && hits.compareDocumentPosition(tip) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(below).toBe(true);
    await page.context().close();
  });
});

describe("search without JavaScript", () => {
  const browser = useBrowser();

  it("Enter in the navbar search goes to /sok with the query, which says honestly what it cannot do", async () => {
    const page = await browser.page({ javaScriptEnabled: false });
    await page.goto(`${browser.baseUrl}/praktiker`);
    await page.fill("#navbar-sok", "språkvän");
    await page.press("#navbar-sok", "Enter");
    await page.waitForURL((url) => url.pathname === "/sok" && url.searchParams.get("q") === "språkvän");
    const note = page.locator(".search-page__noscript");
    await expect(note.textContent()).resolves.toContain("sökrutan är tom även när du har sökt");
    await expect(note.textContent()).resolves.toContain("Det du sökte på finns kvar i adressen");
    await expect(note.locator('a[href="/praktiker"]').isVisible()).resolves.toBe(true);
    // No empty results heading, no skip link to hits that cannot come.
    expect(await page.locator("main h2, .search-page__skip").count()).toBe(0);
    // The form on /sok works the same way: a GET to /sok with the query in the address.
    await page.fill("#sok-fraga", "bostad");
    await page.press("#sok-fraga", "Enter");
    await page.waitForURL((url) => url.pathname === "/sok" && url.searchParams.get("q") === "bostad");
    await page.context().close();
  });
});
