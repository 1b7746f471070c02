// The Content-Security-Policy in every built page lets the site's own scripts run and
// nothing else: each kind of page loads, hydrates and works in Chromium without a single
// policy violation, and a script injected into a page does not run.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../setup/browser.ts";

const pages = [
  "/",
  "/praktiker",
  "/praktik/eskilstuna-foreningsmassa",
  "/kommuner",
  "/kommun/flen",
  "/kommun/sodermanlands-lan",
  "/amne",
  "/amne/bostad",
  "/malgrupp",
  "/malgrupp/foraldrar",
  "/lan",
  "/sok?q=bostad",
  "/lista",
  "/samlingar",
  "/samling/exempel-bostad-for-nyanlanda",
  "/samling/exempel-bostad-for-nyanlanda/utskrift",
  "/p/alskade-barn",
  "/finns-inte",
];

interface Watched {
  page: Page;
  /** Violations reported to the page (securitypolicyviolation) and to the console. */
  violations: () => Promise<string[]>;
}

/** A page that records every CSP violation, from its first script on. */
async function watchedPage(open: () => Promise<Page>): Promise<Watched> {
  const page = await open();
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective}: ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    page,
    violations: async () => [
      ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
      ...console,
    ],
  };
}

const hydrated = (page: Page) => page.waitForSelector("html[data-has-hydrated=true]", { state: "attached" });

describe("Content-Security-Policy", () => {
  const browser = useBrowser();

  it.each(pages)("%s carries the policy, hydrates and reports no violation", async (path) => {
    const { page, violations } = await watchedPage(browser.page);
    const response = await page.goto(`${browser.baseUrl}${path}`, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(path === "/finns-inte" ? 404 : 200);
    await hydrated(page);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it("search on /sok finds practices, so the site's own scripts run under the policy", async () => {
    const { page, violations } = await watchedPage(browser.page);
    await page.goto(`${browser.baseUrl}/sok?q=bostad`);
    await page.locator(".search-results > li").first().waitFor();
    expect(await page.locator(".search-results > li").count()).toBeGreaterThan(0);
    await page.fill("#navbar-sok", "språkvän");
    await page.locator("#navbar-sok-traffar [role=option]").first().waitFor();
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it("a meeting list validates its collection file in the browser without a violation", async () => {
    const { page, violations } = await watchedPage(browser.page);
    await page.goto(`${browser.baseUrl}/lista?p=eskilstuna-foreningsmassa,alskade-barn`, { waitUntil: "networkidle" });
    await hydrated(page);
    await page.locator(".list-export summary").click();
    await page.fill("#samling-event", "Nätverksmöte");
    await page.getByRole("button", { name: /^Ladda ner / }).waitFor();
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it("moving between pages inside the app reports no violation", async () => {
    const { page, violations } = await watchedPage(browser.page);
    await page.goto(`${browser.baseUrl}/praktiker`, { waitUntil: "networkidle" });
    await hydrated(page);
    // Client-side navigation: the start page (which has its own inline script in <head>),
    // a practice, and back.
    await page.click(".navbar__brand");
    await page.waitForURL(`${browser.baseUrl}/`);
    await page.locator("main a[href^='/praktik/']").first().click();
    await page.waitForURL(/\/praktik\//);
    await page.locator("article h1").waitFor();
    await page.goBack();
    await page.waitForURL(`${browser.baseUrl}/`);
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it("a script injected into a page does not run, and is reported as a violation", async () => {
    const { page, violations } = await watchedPage(browser.page);
    await page.goto(`${browser.baseUrl}/praktik/eskilstuna-foreningsmassa`, { waitUntil: "networkidle" });
    await hydrated(page);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
      const image = document.createElement("img");
      image.src = "x";
      image.setAttribute("onerror", "window.__injected = true");
      document.body.append(image);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length >= 2);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect((await violations()).join("\n")).toMatch(/script-src-elem: inline[\s\S]*script-src-attr: inline/);
    await page.context().close();
  });
});
