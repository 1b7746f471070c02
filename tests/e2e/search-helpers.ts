// /sok in the browser: waiting for a result and reading every hit, page after page.
import type { Page } from "playwright-core";

export const resultIds = (page: Page) =>
  page.$$eval(".search-results > li", (items) => items.map((li) => li.getAttribute("data-id") ?? ""));

/** The status line says neither that the index nor that the hits are loading. */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForSelector(".search-page__status:not(:has-text('Laddar'))");
}

/** Every hit of the current search: "Visa fler träffar" is clicked until all are shown. */
export async function allResultIds(page: Page): Promise<string[]> {
  await waitForResults(page);
  const more = page.locator(".search-page__more");
  while ((await more.count()) > 0) {
    const shown = (await resultIds(page)).length;
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll(".search-results > li").length > n, shown);
    await waitForResults(page);
  }
  return resultIds(page);
}
