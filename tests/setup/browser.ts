import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

/**
 * How long a Playwright wait (a navigation, an element, a URL) may take before it fails
 * with what it waited for. Tests wait for states, not for time; this only bounds a wait
 * that will never end, and is generous because the suite shares two cores with builds.
 */
const WAIT_LIMIT_MS = 120_000;

/** Applies WAIT_LIMIT_MS to every page of a context. */
function withWaitLimit(context: BrowserContext): BrowserContext {
  context.setDefaultTimeout(WAIT_LIMIT_MS);
  context.setDefaultNavigationTimeout(WAIT_LIMIT_MS);
  return context;
}

/**
 * Connects to the run's Chromium for one test file. `context` and `page` open a Swedish
 * desktop context (options override the defaults); all of them are closed after the file.
 */
export function useBrowser(): {
  context: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  page: (options?: BrowserContextOptions) => Promise<Page>;
  baseUrl: string;
} {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const baseUrl = inject("baseUrl");
  beforeAll(async () => {
    browser = await chromium.connect(inject("wsEndpoint"));
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });
  const context = async (options: BrowserContextOptions = {}) => {
    if (!browser) throw new Error("browser not connected");
    const opened = withWaitLimit(await browser.newContext({ locale: "sv-SE", viewport: { width: 1280, height: 900 }, ...options }));
    contexts.push(opened);
    return opened;
  };
  return { baseUrl, context, page: async (options) => (await context(options)).newPage() };
}
