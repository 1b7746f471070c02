// Printing a search, a topic or a municipality gives a clean list: titles, summaries,
// municipalities and short links, without the search form, filters or buttons.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../setup/browser.ts";

const visible = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll(
      (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === "fixed").length,
    );

/** For each listed practice: is its title, summary, place line and short link visible on paper? */
async function printedCards(page: Page, list: string) {
  return page.locator(`${list} > li`).evaluateAll((items) =>
    items.map((li) => {
      const shown = (selector: string) => {
        const el = li.querySelector(selector) as HTMLElement | null;
        return el !== null && el.offsetParent !== null && (el.textContent ?? "").trim() !== "";
      };
      return {
        id: li.getAttribute("data-id"),
        title: shown(".practice-card__title"),
        summary: shown(".practice-card__summary"),
        places: shown(".practice-card__meta"),
        shortLink: (li.querySelector(".practice-card__shortlink") as HTMLElement | null)?.offsetParent
          ? li.querySelector(".practice-card__shortlink")!.textContent
          : null,
      };
    }),
  );
}

function expectCleanCards(cards: Awaited<ReturnType<typeof printedCards>>) {
  expect(cards.length).toBeGreaterThan(1);
  for (const card of cards) {
    expect(card, card.id ?? "").toMatchObject({ title: true, summary: true, places: true });
    expect(card.shortLink).toMatch(new RegExp(`^https?://[^/]+/p/${card.id}$`));
  }
}

describe("printing", () => {
  const browser = useBrowser();

  it("a search prints its hits with short links and no form, filters or buttons", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/sok?q=bostad&amne=bostad`);
    await page.locator(".search-results > li .practice-card__shortlink").first().waitFor({ state: "attached" });
    await page.emulateMedia({ media: "print" });
    expectCleanCards(await printedCards(page, ".search-results"));
    for (const hidden of ["#sok-fraga", ".search-facets", ".search-page__filter-toggle", ".add-to-list button", ".navbar", ".footer"]) {
      expect(await visible(page, hidden), hidden).toBe(0);
    }
    // What was searched for stays on the paper.
    await expect(page.locator(".search-page__status").isVisible()).resolves.toBe(true);
    await expect(page.locator(".search-page__active").textContent()).resolves.toContain("ämne: Bostad och boende");
    await page.context().close();
  });

  it.each(["/amne/bostad", "/praktiker"])("%s prints as a list with short links and without the search link", async (path) => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}${path}`, { waitUntil: "networkidle" });
    await page.emulateMedia({ media: "print" });
    expectCleanCards(await printedCards(page, ".practice-list"));
    for (const hidden of [".search-link", ".add-to-list button", ".navbar", ".footer"]) expect(await visible(page, hidden), hidden).toBe(0);
    await page.context().close();
  });

  it("a municipality prints its practices first, with short links", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/kommun/nykoping`, { waitUntil: "networkidle" });
    await page.emulateMedia({ media: "print" });
    expectCleanCards(await printedCards(page, ".profile-practices .practice-list"));
    expect(await visible(page, ".add-to-list button"), "list buttons").toBe(0);
    await expect(page.locator(".profile-practices h2").isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
