import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

/** Connects to the run's Chromium; closes the connection after the file. */
export function useBrowser(): { page: () => Promise<Page>; baseUrl: string } {
  let browser: Browser | undefined;
  const baseUrl = inject("baseUrl");
  beforeAll(async () => {
    browser = await chromium.connect(inject("wsEndpoint"));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl,
    page: async () => {
      if (!browser) throw new Error("browser not connected");
      const context = await browser.newContext({ locale: "sv-SE", viewport: { width: 1280, height: 900 } });
      return context.newPage();
    },
  };
}
