// On a phone (375 × 812, and the narrowest common width, 320): no page scrolls sideways,
// the first search hit is on the first screen with the filters behind one button, the
// facts panel wraps, the navbar search leaves the site name readable, chart text is
// at least 12 px and the maps fit.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

const baseUrl = inject("baseUrl");
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await chromium.connect(inject("wsEndpoint"));
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function phone(width = 375, height = 812): Promise<Page> {
  const context = await browser.newContext({
    locale: "sv-SE",
    viewport: { width, height },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  contexts.push(context);
  return context.newPage();
}

/** One page of every kind, and what shows that it has finished rendering. */
const pageTypes: [string, string][] = [
  ["/", "main h1"],
  ["/praktiker", ".practice-list li"],
  ["/praktik/eskilstuna-foreningsmassa", ".facts-panel"],
  ["/kommun/nykoping", "#kommunens-exempel"],
  ["/amne/bostad", ".practice-list li"],
  ["/lan", "main svg a"],
  ["/lan/sodermanlands-lan", ".bar-chart"],
  ["/lan/vastra-gotalands-lan", "main svg a"],
  ["/kommun/malmo", "#kommunens-exempel"],
  ["/sok?q=bostad", ".search-results > li"],
  ["/samlingar", "main h1"],
  ["/samling/exempel-bostad-for-nyanlanda", "main ol li"],
  ["/lista?p=flen-sprakvanner,eskilstuna-foreningsmassa,nykoping-fritidsbanken&rubrik=M%C3%B6te", ".meeting-list__title a"],
  ["/finns-inte-har", "main h1"],
];

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("on a phone", () => {
  for (const width of [375, 320]) {
    it.each(pageTypes)(`%s does not scroll sideways at ${width} px`, async (path, ready) => {
      const page = await phone(width);
      await page.goto(`${baseUrl}${path}`);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState("networkidle");
      expect(await sidewaysScroll(page)).toBe(0);
      await page.close();
    });
  }

  it("/sok shows the first hit on the first screen; the filters wait behind one button that counts the chosen ones", async () => {
    const page = await phone();
    await page.goto(`${baseUrl}/sok?q=bostad&kommun=strangnas&amne=bostad`);
    const first = page.locator(".search-results > li").first();
    await first.waitFor();
    const title = (await first.locator("h2").boundingBox())!;
    expect(title.y + title.height).toBeLessThanOrEqual(812);
    await expect(page.locator(".search-facets").isVisible()).resolves.toBe(false);

    const toggle = page.getByRole("button", { name: "Filter (2 valda)" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("checkbox", { name: /^Strängnäs/ }).waitFor();
    await page.getByRole("checkbox", { name: /^Strängnäs/ }).uncheck();
    await page.getByRole("button", { name: "Filter (1 valt)" }).waitFor();
    await page.getByRole("button", { name: /^Visa \d+ träff/ }).click();
    await expect(page.locator(".search-facets").isVisible()).resolves.toBe(false);
    expect(new URL(page.url()).searchParams.getAll("kommun")).toEqual([]);
    await page.close();
  });

  it("the facts panel wraps long values instead of cutting them off", async () => {
    const page = await phone();
    await page.goto(`${baseUrl}/praktik/eskilstuna-foreningsmassa`);
    const link = page.locator(".facts-panel a", { hasText: "Fritid, kultur och idrott" });
    await link.waitFor();
    const panel = (await page.locator(".facts-panel").boundingBox())!;
    for (const box of await link.evaluate((a) => Array.from(a.getClientRects()).map((r) => ({ x: r.x, right: r.right })))) {
      expect(box.x).toBeGreaterThanOrEqual(panel.x);
      expect(box.right).toBeLessThanOrEqual(panel.x + panel.width);
    }
    await page.close();
  });

  for (const width of [320, 375, 1000]) {
    it(`the navbar search leaves the whole site name readable at ${width} px`, async () => {
      const page = await phone(width, 700);
      await page.goto(`${baseUrl}/`);
      await page.waitForLoadState("networkidle");
      const name = page.locator(".navbar__inner .navbar__title");
      const nameBox = (await name.boundingBox())!;
      const searchBox = (await page.locator("#navbar-sok").boundingBox())!;
      expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(searchBox.x);
      expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      expect(await name.textContent()).toBe("Kunskapsbanken");
      await page.close();
    });
  }

  it.each(["/lan/sodermanlands-lan", "/kommun/nykoping"])("chart text on %s is at least 12 px", async (path) => {
    const page = await phone();
    await page.goto(`${baseUrl}${path}`);
    await page.locator(".bar-chart").first().waitFor();
    const sizes = await page.locator(".bar-chart__label, .bar-chart__value").evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent,
        size: parseFloat(getComputedStyle(el).fontSize),
        height: el.getBoundingClientRect().height,
      })),
    );
    expect(sizes.length).toBeGreaterThan(4);
    for (const { text, size, height } of sizes) {
      expect(size, text ?? "").toBeGreaterThanOrEqual(12);
      expect(height, text ?? "").toBeGreaterThanOrEqual(12);
    }
    await page.close();
  });
});
