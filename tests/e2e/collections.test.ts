// Collections in the built site: every QR code on a printed agenda sheet decodes
// to the practice's short permanent link, and that link leads to the practice, with or
// without JavaScript. Also: the collection page and the published editor schemas.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type Content } from "@kunskapsbanken/indexer";
import { useBrowser } from "../setup/browser";
import { repoRoot } from "../setup/paths";
import { decodeQr } from "../setup/qr";

const browser = useBrowser();
const { baseUrl } = browser;
let content: Content;

beforeAll(async () => {
  content = await loadContent(join(repoRoot, "content"), repoRoot);
});

// A high device scale factor gives the decoder sharp modules to read.
const newPage = (options: { javaScriptEnabled?: boolean } = {}) =>
  browser.page({ viewport: { width: 1000, height: 1400 }, deviceScaleFactor: 3, ...options });

describe("collections", () => {
  it("the project has at least one collection", () => {
    expect(content.collections.length).toBeGreaterThan(0);
  });

  it("each printable agenda has one QR code per practice, in order, decoding to the practice's /p/ link", async () => {
    for (const collection of content.collections) {
      const page = await newPage();
      await page.emulateMedia({ media: "print" });
      const response = await page.goto(`${baseUrl}/samling/${collection.data.id}/utskrift`);
      expect(response?.status()).toBe(200);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      const siteOrigin = new URL(canonical!).origin;

      const codes = page.locator("[data-qr-link]");
      const ids = collection.data.practices.map((item) => item.id);
      expect(await codes.count()).toBe(ids.length);
      for (const [index, id] of ids.entries()) {
        const code = codes.nth(index);
        const expected = `${siteOrigin}/p/${id}`;
        expect(await code.getAttribute("data-qr-link")).toBe(expected);
        expect(decodeQr(await code.screenshot()), `QR ${index + 1} on ${collection.file}`).toBe(expected);
      }
      // The navigation is hidden on paper; the agenda and its notes are not.
      await expect(page.locator(".navbar").isVisible()).resolves.toBe(false);
      await expect(page.getByText(collection.data.practices[0]!.note).isVisible()).resolves.toBe(true);
      await page.close();
    }
  });

  it("the collection page lists the practices in order with their notes and links to the sheet", async () => {
    const collection = content.collections[0]!;
    const page = await newPage();
    await page.goto(`${baseUrl}/samling/${collection.data.id}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(collection.data.title);
    const links = await page.locator("main ol > li h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(collection.data.practices.map((item) => `/praktik/${item.id}`));
    await expect(page.getByText(collection.data.practices[1]!.note).count()).resolves.toBe(1);
    await expect(page.locator(`a[href="/samling/${collection.data.id}/utskrift"]`).count()).resolves.toBe(1);
  });

  it("/p/ID leads to the practice, without JavaScript too", async () => {
    const ids = [content.practices[0]!.data.id, content.collections[0]!.data.practices[0]!.id];
    for (const javaScriptEnabled of [true, false]) {
      const page = await newPage({ javaScriptEnabled });
      for (const id of ids) {
        // /p/ID moves on by itself (the router with JavaScript, a meta refresh without), so
        // goto waits only until the first response is committed; the test then waits for the
        // practice page at its final address.
        await page.goto(`${baseUrl}/p/${id}`, { waitUntil: "commit" });
        await page.waitForURL(`${baseUrl}/praktik/${id}`, { waitUntil: "load" });
        const title = content.practices.find((p) => p.data.id === id)!.data.title;
        await expect(page.locator("h1").first().textContent()).resolves.toBe(title);
      }
    }
  });

  it("/p/ID shows a link to follow if the browser does not redirect", async () => {
    const id = content.practices[0]!.data.id;
    const html = await (await fetch(`${baseUrl}/p/${id}`)).text();
    expect(html).toMatch(new RegExp(`<meta[^>]*http-equiv="?refresh"?[^>]*content="0; url=/praktik/${id}"`));
    expect(html).toMatch(new RegExp(`<a[^>]*href="?/praktik/${id}"?`));
  });

  it("publishes the editor JSON Schemas", async () => {
    for (const name of ["praktik", "kollektion", "kommunprofil"]) {
      const response = await fetch(`${baseUrl}/schema/${name}.json`);
      expect(response.status).toBe(200);
      const schema = (await response.json()) as { title: string; properties: Record<string, unknown> };
      expect(schema.title).toContain("Kunskapsbanken");
      expect(Object.keys(schema.properties)).toContain("title");
    }
  });
});
