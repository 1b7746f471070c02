// axe-core on the views added for meetings and phones: the list page (on screen and
// printed), printed listings, the phone layout of /sok with its filters open, the
// collections and the 404 page. No WCAG 2.1 A/AA violations.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../setup/browser.ts";

const list =
  "/lista?p=flen-sprakvanner,eskilstuna-foreningsmassa,nykoping-fritidsbanken,gnesta-kulturdag,trosa-akutboende-brommagarden,strangnas-dukat-bord" +
  "&rubrik=N%C3%A4tverksm%C3%B6te&not.flen-sprakvanner=Fr%C3%A5ga+om+volont%C3%A4rerna&mote=L%C3%A4nsm%C3%B6te&datum=2027-03-04";

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const views: { name: string; path: string; ready: string; print?: boolean; phone?: boolean; prepare?: (page: Page) => Promise<void> }[] = [
  {
    name: "the list page",
    path: list,
    ready: ".list-share [data-qr-link]",
    prepare: async (page) => {
      await page.locator(".list-export summary").click();
      await page.locator(".list-export__problems").waitFor();
    },
  },
  { name: "the printed list", path: list, ready: ".list-sheet [data-qr-link] >> nth=6", print: true },
  { name: "the empty list page", path: "/lista", ready: ".meeting-list__empty" },
  { name: "a printed search", path: "/sok?q=bostad", ready: ".search-results .practice-card__shortlink", print: true },
  { name: "a printed topic", path: "/amne/bostad", ready: ".practice-list", print: true },
  { name: "a printed municipality", path: "/kommun/nykoping", ready: ".profile-practices", print: true },
  {
    name: "/sok on a phone with the filters open",
    path: "/sok?q=bostad&kommun=strangnas",
    ready: ".search-results > li",
    phone: true,
    prepare: async (page) => {
      await page.getByRole("button", { name: /^Filter/ }).click();
      await page.locator(".search-facets").waitFor();
    },
  },
  { name: "a practice page with its list button", path: "/praktik/flen-sprakvanner", ready: ".practice-actions .add-to-list button" },
  { name: "/samlingar", path: "/samlingar", ready: "main h1" },
  { name: "the 404 page", path: "/finns-inte-har", ready: "#hittades-inte-sok" },
];

describe("accessibility of the meeting and phone views", () => {
  const browser = useBrowser();

  it.each(views)("$name has no WCAG 2.1 A/AA violations", async ({ path, ready, print, phone, prepare }) => {
    const page = await browser.page();
    if (phone) await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${browser.baseUrl}${path}`, { waitUntil: "networkidle" });
    if (print) await page.emulateMedia({ media: "print" });
    await page.locator(ready).first().waitFor({ state: "attached" });
    await prepare?.(page);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
