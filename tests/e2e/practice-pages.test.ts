// Practice pages are static HTML outside Docusaurus' client route table (apps/site/src/
// plugins/static-pages): the JavaScript every page loads does not grow with the practices,
// a practice opened directly is whole and interactive without fetching anything more, and a
// link inside the site fetches just that practice's data.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../setup/browser";
import { buildDir } from "../setup/paths";

const browser = useBrowser();
const { baseUrl } = browser;

const practiceIds = async () =>
  (JSON.parse(await readFile(join(buildDir, "data/praktiker.json"), "utf8")) as { id: string }[]).map((p) => p.id);

describe("practice pages", () => {
  it("keep practices out of the JavaScript every page loads, while each has its HTML page and its data", async () => {
    const scripts = (await readdir(join(buildDir, "assets/js"))).filter((name) => /^(main|runtime~main)\.[0-9a-f]+\.js$/.test(name));
    expect(scripts).toHaveLength(2);
    const code = (await Promise.all(scripts.map((name) => readFile(join(buildDir, "assets/js", name), "utf8")))).join("\n");
    const ids = await practiceIds();
    expect(ids.length).toBeGreaterThan(60);
    // Nor do a listing's further pages (/praktiker/sida/2), which are static pages the same way.
    expect(code).not.toContain("/sida/2");
    const sitemap = await readFile(join(buildDir, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("/praktiker/sida/2</loc>");
    expect(sitemap).not.toContain(":id");
    for (const id of ids) {
      expect(code, id).not.toContain(`/praktik/${id}`);
      expect(code, id).not.toContain(`/p/${id}`);
      expect(code, id).not.toContain(`"${id}"`);
      await expect(readFile(join(buildDir, `praktik/${id}.html`), "utf8")).resolves.toContain("facts-panel");
      await expect(readFile(join(buildDir, `data/sidor/praktik/${id}.json`), "utf8")).resolves.toContain(`"id":"${id}"`);
      expect(sitemap, id).toContain(`/praktik/${id}</loc>`);
    }
  });

  it("a practice opened directly hydrates from its own HTML: no data request, no errors, the list button works", async () => {
    const page = await browser.page();
    const dataRequests: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => request.url().includes("/data/sidor/") && dataRequests.push(request.url()));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/praktik/flen-sprakvanner`);
    await page.locator("html[data-has-hydrated='true']").waitFor();
    // The everyday words readers use for the practice, in the facts as "Kallas också".
    const alsoCalled = page.locator(".facts-panel dt", { hasText: "Kallas också" }).locator("xpath=following-sibling::dd[1]");
    expect(await alsoCalled.textContent()).toContain("språkkompis, svenskträning");
    await page.getByRole("button", { name: /^Lägg till i lista/ }).click();
    await page.getByRole("button", { name: /^Ta bort ur listan/ }).waitFor();
    expect(dataRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("a link inside the site opens a practice with its facts, table of contents and related practices", async () => {
    const page = await browser.page();
    await page.goto(`${baseUrl}/amne/bostad`);
    await page.locator("html[data-has-hydrated='true']").waitFor();
    const link = page.locator("main a[href^='/praktik/']").first();
    const href = (await link.getAttribute("href"))!;
    const title = (await link.textContent())!;
    const data = page.waitForResponse((response) => response.url().endsWith(`/data/sidor${href}.json`));
    await link.click();
    expect((await data).status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: title, exact: true }).waitFor();
    await page.locator(".facts-panel").waitFor();
    expect(await page.locator(".theme-doc-toc-desktop a").count()).toBeGreaterThan(2);
    expect(await page.title()).toBe(`${title} | Kunskapsbanken`);
    // Back and forward again: the data came once and is kept for the visit.
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: /Bostad/ }).waitFor();
    await page.goForward();
    await page.getByRole("heading", { level: 1, name: title, exact: true }).waitFor();
  });

  it("an address with no practice says the page was not found, also when reached inside the site", async () => {
    const page = await browser.page();
    await page.goto(`${baseUrl}/praktik/finns-inte-alls`);
    await page.getByRole("heading", { name: "Sidan hittades inte" }).waitFor();
    await page.locator("html[data-has-hydrated='true']").waitFor();
    // After hydration the client route /praktik/:id has asked for the data, been told 404, and says so too.
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Sidan hittades inte");
  });
});
