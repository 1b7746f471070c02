import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

/**
 * How long a Playwright wait (a navigation, an element, a URL) may take before it fails
 * with what it waited for. Tests wait for states, not for time; this only bounds a wait
 * that will never end, and is generous because the suite shares two cores with builds.
 */
export const WAIT_LIMIT_MS = 120_000;

/** Applies WAIT_LIMIT_MS to every page of a context. */
export function withWaitLimit(context: BrowserContext): BrowserContext {
  context.setDefaultTimeout(WAIT_LIMIT_MS);
  context.setDefaultNavigationTimeout(WAIT_LIMIT_MS);
  return context;
}

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
      const context = withWaitLimit(await browser.newContext({ locale: "sv-SE", viewport: { width: 1280, height: 900 } }));
      return context.newPage();
    },
  };
}
