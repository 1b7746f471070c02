// A coordinator builds a list for a meeting in the browser: adds six practices from the
// search and from practice pages, gives the list a title and notes, reorders it with the
// keyboard, shares the link, reloads, prints it with QR codes and turns it into a
// collection file that passes the schema.
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { validateCollection } from "@kunskapsbanken/content-schema";
import { loadContent, type Content } from "@kunskapsbanken/indexer";
import { checkFile, formatProblem } from "@kunskapsbanken/indexer/check";
import { useBrowser } from "../setup/browser";
import { repoRoot } from "../setup/paths";
import { decodeQr } from "../setup/qr";

const browser = useBrowser();
const { baseUrl } = browser;
let content: Content;

beforeAll(async () => {
  content = await loadContent(join(repoRoot, "content"), repoRoot);
});

// A high device scale factor gives the QR decoder sharp modules to read.
const newContext = () => browser.context({ viewport: { width: 1100, height: 1000 }, deviceScaleFactor: 3 });

const titleOf = (id: string) => content.practices.find((p) => p.data.id === id)!.data.title;
const listIds = (page: Page) =>
  page.locator(".meeting-list > li").evaluateAll((items) => items.map((li) => li.getAttribute("data-id") ?? ""));
/** Waits until the list shows `count` practices by title: a row shows its bare id until the practices' data has loaded. */
const waitForTitles = (page: Page, count: number) =>
  page.waitForFunction((n) => {
    const rows = Array.from(document.querySelectorAll(".meeting-list > li"));
    const links = rows.map((row) => row.querySelector(".meeting-list__title a"));
    return rows.length === n && links.every((link, i) => link && link.textContent !== rows[i]!.getAttribute("data-id"));
  }, count);

describe("a list for a meeting", () => {
  let page: Page;
  let added: string[] = [];
  let siteOrigin = "";

  it("adds three search hits and three practices from their pages, then opens the list", async () => {
    const context = await newContext();
    page = await context.newPage();
    await page.goto(`${baseUrl}/sok?q=bostad`);
    const hits = page.locator(".search-results > li");
    await hits.nth(2).locator(".add-to-list button").waitFor();
    for (let i = 0; i < 3; i++) {
      const hit = hits.nth(i);
      added.push((await hit.getAttribute("data-id"))!);
      await hit.getByRole("button", { name: /^Lägg till i lista/ }).click();
      await hit.getByRole("button", { name: /^Ta bort ur listan/ }).waitFor();
    }
    const others = content.practices
      .map((p) => p.data.id)
      .filter((id) => !added.includes(id))
      .slice(0, 3);
    for (const id of others) {
      await page.goto(`${baseUrl}/praktik/${id}`);
      await page
        .locator(".practice-actions")
        .getByRole("button", { name: `Lägg till i lista: ${titleOf(id)}` })
        .click();
      added.push(id);
    }
    await expect(page.locator(".practice-actions .add-to-list__link").textContent()).resolves.toBe("Visa listan (6 exempel)");
    siteOrigin = new URL((await page.locator(".practice-actions__shortlink a").getAttribute("href"))!).origin;
    await page.locator(".practice-actions .add-to-list__link").click();
    await page.waitForURL(`**/lista?p=${added.join(",")}`);
    await waitForTitles(page, 6);
    expect(await listIds(page)).toEqual(added);
    expect(await page.locator(".meeting-list__title").allTextContents()).toEqual(added.map(titleOf));
  });

  it("takes a title and a note per practice, kept in the address", async () => {
    await page.fill("#listans-rubrik", "Nätverksmöte om bostäder");
    for (const [i, id] of added.entries())
      await page.fill(`#anteckning-${id}`, `Anteckning ${i + 1}: fråga om ${titleOf(id).slice(0, 20)}`);
    await page.waitForFunction(() => new URLSearchParams(location.search).get("rubrik") === "Nätverksmöte om bostäder");
    const params = new URL(page.url()).searchParams;
    expect(params.get(`not.${added[0]}`)).toMatch(/^Anteckning 1: fråga om/);
    await expect(page.title()).resolves.toContain("Nätverksmöte om bostäder");
  });

  it("reorders with the keyboard; focus stays on the moved practice and the new place is announced", async () => {
    const first = added[0]!;
    const down = page.getByRole("button", { name: `Flytta ner: ${titleOf(first)}` });
    await down.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => document.querySelectorAll(".meeting-list > li")[2]?.getAttribute("data-id") === id, first);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(`Flytta ner: ${titleOf(first)}`);
    await expect(page.locator(".list-page [role=status]").first().textContent()).resolves.toBe(`${titleOf(first)} är nu nummer 3 av 6.`);
    // The last practice to the top: at the top "Flytta upp" is disabled, so focus moves to "Flytta ner".
    const last = added[5]!;
    await page.getByRole("button", { name: `Flytta upp: ${titleOf(last)}` }).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("Enter");
    await page.waitForFunction((id) => document.querySelector(".meeting-list > li")?.getAttribute("data-id") === id, last);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(`Flytta ner: ${titleOf(last)}`);
    added = [last, added[1]!, added[2]!, first, added[3]!, added[4]!];
    expect(await listIds(page)).toEqual(added);
    expect(new URL(page.url()).searchParams.get("p")).toBe(added.join(","));
    // Notes move with their practice.
    await expect(page.inputValue(`#anteckning-${last}`)).resolves.toMatch(/^Anteckning 6:/);
  });

  it("survives a reload, and /lista alone shows the list saved in this browser", async () => {
    const url = page.url();
    await page.reload();
    await waitForTitles(page, 6);
    expect(await listIds(page)).toEqual(added);
    await expect(page.inputValue("#listans-rubrik")).resolves.toBe("Nätverksmöte om bostäder");
    await page.goto(`${baseUrl}/lista`);
    await page.waitForURL(url);
    await waitForTitles(page, 6);
    expect(await listIds(page)).toEqual(added);
  });

  it("shares as a link that shows the same list in another browser", async () => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const shared = await page.inputValue("#listans-lank");
    expect(shared).toBe(`${siteOrigin}${new URL(page.url()).pathname}${new URL(page.url()).search}`);
    await page.getByRole("button", { name: "Kopiera länken" }).click();
    await page.getByText("Länken är kopierad.").waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(shared);

    const other = await (await newContext()).newPage();
    await other.goto(`${baseUrl}${shared.slice(siteOrigin.length)}`);
    await waitForTitles(other, 6);
    expect(await listIds(other)).toEqual(added);
    await expect(other.inputValue("#listans-rubrik")).resolves.toBe("Nätverksmöte om bostäder");
    await expect(other.inputValue(`#anteckning-${added[1]}`)).resolves.toBe(await page.inputValue(`#anteckning-${added[1]}`));
  });

  it("prints as a handout: title, practices in order with notes, a QR code to each short link and one to the list", async () => {
    await page.emulateMedia({ media: "print" });
    const sheet = page.locator(".list-sheet");
    await page.waitForFunction(() => document.querySelectorAll(".list-sheet [data-qr-link]").length === 7);
    await expect(sheet.locator("h1").textContent()).resolves.toBe("Nätverksmöte om bostäder");
    for (const hidden of [".navbar", ".footer", "#listans-rubrik", ".meeting-list", ".list-share"]) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    const rows = sheet.locator("li[data-practice-id]");
    expect(await rows.evaluateAll((items) => items.map((li) => li.getAttribute("data-practice-id")))).toEqual(added);
    await expect(
      rows
        .nth(0)
        .getByText(/^Anteckning 6:/)
        .isVisible(),
    ).resolves.toBe(true);

    const codes = sheet.locator("[data-qr-link]");
    for (const [index, id] of added.entries()) {
      const expected = `${siteOrigin}/p/${id}`;
      expect(await codes.nth(index).getAttribute("data-qr-link")).toBe(expected);
      expect(decodeQr(await codes.nth(index).screenshot()), `QR ${index + 1}`).toBe(expected);
      await expect(rows.nth(index).getByText(expected).isVisible()).resolves.toBe(true);
    }
    const listLink = decodeQr(await codes.nth(6).screenshot());
    const decoded = new URL(listLink!);
    expect(decoded.origin + decoded.pathname).toBe(`${siteOrigin}/lista`);
    expect(decoded.searchParams.get("p")).toBe(added.join(","));
    expect(decoded.searchParams.get("rubrik")).toBe("Nätverksmöte om bostäder");
    await page.emulateMedia({ media: "screen" });
    await expect(sheet.isVisible()).resolves.toBe(false);
  });

  it("becomes a collection file that passes the schema, to download or to propose on GitHub", async () => {
    await page.locator(".list-export summary").click();
    await page.getByText("Innan filen kan bli en samling:").waitFor();
    await page.fill("#samling-event", "Länsstyrelsens nätverksmöte om bostäder");
    await page.fill("#samling-date", "2027-03-04");
    await page.fill("#samling-introduction", "Exempel att diskutera: hur kommunerna ordnar bostäder för nyanlända.");
    await page.getByText("Filen följer reglerna för samlingar.").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Ladda ner / }).click()]);
    expect(download.suggestedFilename()).toBe("natverksmote-om-bostader.md");
    const saved = join(tmpdir(), `lista-${process.pid}.md`);
    await download.saveAs(saved);
    const text = await readFile(saved, "utf8");
    const { entry, problems } = checkFile("content/collections/natverksmote-om-bostader.md", text, validateCollection);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entry!.data.title).toBe("Nätverksmöte om bostäder");
    expect(entry!.data.date).toBe("2027-03-04");
    expect(entry!.data.practices.map((item) => item.id)).toEqual(added);
    expect(entry!.data.practices[0]!.note).toMatch(/^Anteckning 6:/);
    const known = new Set(content.practices.map((p) => p.data.id));
    expect(entry!.data.practices.every((item) => known.has(item.id))).toBe(true);

    const github = new URL((await page.getByRole("link", { name: /Föreslå samlingen på GitHub/ }).getAttribute("href"))!);
    expect(github.pathname).toMatch(/\/new\/[^/]+$/);
    expect(github.searchParams.get("filename")).toBe("content/collections/natverksmote-om-bostader.md");
    expect(github.searchParams.get("value")).toBe(text);
  });

  it("collections and the list are linked from the navbar and the start page", async () => {
    const start = await (await newContext()).newPage();
    await start.goto(`${baseUrl}/`);
    await expect(start.locator('.navbar a[href="/samlingar"]').count()).resolves.toBeGreaterThan(0);
    await expect(start.locator('main a[href="/lista"]').count()).resolves.toBeGreaterThan(0);
    await start.locator('main a[href="/lista"]').first().click();
    await start.getByText("Listan är tom.").waitFor();
  });
});
