// axe-core: no WCAG 2.1 A/AA violations on the main kinds of page.
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../setup/browser.ts";

const pages = [
  "/",
  "/praktik/eskilstuna-foreningsmassa",
  "/kommun/flen",
  "/amne/bostad",
  "/sok?q=bostad&kommun=eskilstuna",
  "/lan",
  "/lan/skane-lan",
  "/lan/sodermanlands-lan",
  "/kommun/malmo",
  "/bidra",
];

describe("accessibility", () => {
  const browser = useBrowser();

  it.each(pages)("%s has no WCAG 2.1 A/AA violations", async (path) => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}${path}`, { waitUntil: "networkidle" });
    if (path.startsWith("/sok")) await page.waitForSelector(".search-results > li");
    // The contribution form is drawn in the browser.
    if (path === "/bidra") await page.waitForSelector('[role="combobox"]');
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(summary).toEqual([]);
    await page.context().close();
  });
});
