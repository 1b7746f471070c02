// /bidra from anywhere in Sweden and without GitHub: a place chosen from all 290 municipalities
// with the keyboard, a form started from a municipality's page, the e-mail to the editors, a
// tip or a download from a form that is not finished, and the message for a missing place.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { siteAddress } from "../../apps/site/src/lib/siteAddress.ts";
import { useBrowser } from "../setup/browser.ts";
import { choose, choosePlace, descriptionOf, downloadedText, kbValidate, lastOpened, openForm, placeBox, wcag } from "./bidra-helpers.ts";

/** The editors' address the site under test was built with: the same configuration the build reads. */
const editors = siteAddress(process.env).editorsEmail;

/** The labels of the suggestions the place search shows now. */
const suggestions = (page: Page) => page.getByRole("listbox", { name: "Förslag på platser" }).getByRole("option").allTextContents();

/** The parts of a mailto: address, as a mail program reads them. */
function readMailto(href: string): { address: string; subject: string; body: string } {
  const url = new URL(href);
  const params = new Map(
    url.search
      .slice(1)
      .split("&")
      .map((pair) => pair.split("=").map(decodeURIComponent) as [string, string]),
  );
  return { address: decodeURIComponent(url.pathname), subject: params.get("subject") ?? "", body: params.get("body") ?? "" };
}

/** Everything but the place: a short practice, so that its file fits in an e-mail address. */
async function fillAllButThePlace(page: Page): Promise<void> {
  await page.getByLabel("Rubrik", { exact: true }).fill("Språkcafé i Malmö");
  await page.getByLabel("Sammanfattning", { exact: true }).fill("Nyanlända övar svenska över en kopp kaffe varje vecka.");
  await choose(page.getByRole("radio", { name: "Pågående", exact: true }));
  await page.getByLabel("Startår", { exact: true }).fill("2019");
  await choose(page.getByRole("checkbox", { name: /^Språkvänner och språkträning/ }));
  await choose(page.getByRole("checkbox", { name: /^Nyanlända vuxna/ }));
  await choose(page.getByRole("checkbox", { name: /^Kommunens egen budget/ }));
  await page.getByLabel("Roll", { exact: true }).fill("samordnare");
  await page.getByLabel("Organisation", { exact: true }).fill("Malmö stad");
  await page.getByLabel(/^Vem driver arbetet\?/).selectOption({ label: "Civilsamhället" });
  await page.getByLabel("Titel", { exact: true }).fill("Språkcafé");
  await page.getByLabel("Webbadress", { exact: true }).fill("https://malmo.se/sprakcafe");
  await page.getByLabel("År", { exact: true }).fill("2024");
  await page.getByLabel("Vad är det?", { exact: true }).fill("Ett språkcafé.");
}

describe("contributing from anywhere, without GitHub (/bidra)", () => {
  const browser = useBrowser();

  it("finds Malmö however it is typed, chooses it with the keyboard, and the file passes kb validate in Skåne's folder", async () => {
    const page = await openForm(await browser.context(), browser.baseUrl);
    const box = placeBox(page);

    // The arrow key in the empty box offers the whole country and the counties.
    await box.focus();
    await page.keyboard.press("ArrowDown");
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    const wide = await suggestions(page);
    expect(wide[0]).toBe("Hela Sverige");
    expect(wide).toContain("Skåne län (hela länet)");
    expect(wide).toHaveLength(22);
    // Escape closes the list, and the focus stays in the box.
    await page.keyboard.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

    // Without å, ä and ö, and with two letters swapped: Malmö, with its county.
    for (const typed of ["malmo", "Mamlö"]) {
      await box.fill("");
      await page.keyboard.type(typed);
      await page.getByRole("option", { name: "Malmö – Skåne län" }).waitFor();
      expect((await suggestions(page))[0]).toBe("Malmö – Skåne län");
    }
    // The arrow key points the box at the option; Escape twice closes the list and empties the box.
    await page.keyboard.press("ArrowDown");
    const activeId = await box.getAttribute("aria-activedescendant");
    expect(await page.locator(`[id="${activeId}"]`).textContent()).toBe("Malmö – Skåne län");
    expect(await page.locator(`[id="${activeId}"]`).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    expect(await box.inputValue()).toBe("");

    await choosePlace(page, "Mamlö", "Malmö");
    await choosePlace(page, "lund", "Lund");
    // A chosen place is offered no more, and its button removes it.
    await box.fill("Malm");
    expect(await suggestions(page)).not.toContain("Malmö – Skåne län");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Ta bort Lund", exact: true }).click();
    await page.getByRole("button", { name: "Ta bort Lund", exact: true }).waitFor({ state: "detached" });
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

    await fillAllButThePlace(page);
    await page.getByText("Filen klarar kontrollen").waitFor();

    // The preview's facts panel names the place's kind.
    const facts = page.locator(".facts-panel dl");
    expect(await facts.locator("dt").first().textContent()).toBe("Kommun");
    expect(await facts.locator("dd").first().textContent()).toBe("Malmö");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ladda ner filen" }).click()]);
    expect(download.suggestedFilename()).toBe("malmo-sprakcafe-i-malmo.md");
    const file = await downloadedText(download);
    expect(file).toContain("\nmunicipalities: [malmo]\n");
    expect(file).toContain("\norganiserType: civilsamhalle\n");
    expect(await page.getByText("content/practices/skane-lan/", { exact: true }).count()).toBe(1);
    // kb validate finds it where the layout puts it: content/practices/skane-lan/.
    const validated = await kbValidate(download.suggestedFilename(), file);
    expect(validated.output).toContain("Allt ser bra ut: 1 exempel");
    expect(validated.code).toBe(0);

    // By e-mail: the editors' address, and the same file in the message.
    const mailLink = page.getByRole("link", { name: "Skicka med e-post" });
    const mail = readMailto((await mailLink.getAttribute("href"))!);
    expect(mail.address).toBe(editors);
    expect(mail.subject).toBe("Gott exempel till Kunskapsbanken: Språkcafé i Malmö");
    expect(mail.body.replace(/\r\n/g, "\n")).toContain(`----\n${file.trimEnd()}\n----`);
    expect((await mailLink.getAttribute("href"))!.length).toBeLessThanOrEqual(1800);

    // A longer text does not fit in an address: a short message, and the advice to attach the file.
    await page
      .getByLabel(/^Resultat/)
      .fill("Fler deltagare varje termin, och många går vidare till studier och arbete. ".repeat(20).trim());
    await page.getByText("Filen är för lång för att få plats i meddelandet.").waitFor();
    const short = readMailto((await mailLink.getAttribute("href"))!);
    expect(short.address).toBe(editors);
    expect(short.body).toContain("Filen malmo-sprakcafe-i-malmo.md är bifogad.");
    expect(short.body).not.toContain("Fler deltagare");
    expect((await mailLink.getAttribute("href"))!.length).toBeLessThanOrEqual(1800);

    // The open list of suggestions and the chosen places meet WCAG 2.1 AA.
    await box.fill("sk");
    await page.keyboard.press("ArrowDown");
    const axe = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  it("starts from a municipality's page with that municipality chosen, and labels a county's or the country's practice", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/kommun/malmo`, { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "Tipsa om ett exempel från Malmö" }).click();
    await page.waitForURL(/\/bidra\?kommun=malmo$/);
    await page.getByRole("button", { name: "Ta bort Malmö", exact: true }).waitFor();
    // The file is made a moment after the form starts.
    await page.waitForFunction(() =>
      (document.getElementById("filens-text") as HTMLTextAreaElement | null)?.value.includes("municipalities: [malmo]"),
    );

    // The whole country: the facts panel says "Plats", not "Kommun".
    await page.getByRole("button", { name: "Ta bort Malmö", exact: true }).click();
    await choosePlace(page, "Hela", "Hela Sverige");
    expect(await page.locator(".facts-panel dt").first().textContent()).toBe("Plats");

    // A published practice of a whole county says "Län".
    await page.goto(`${browser.baseUrl}/praktik/lansstyrelsen-paragraf-37-medel`, { waitUntil: "networkidle" });
    expect(await page.locator(".facts-panel dt").first().textContent()).toBe("Län");
  });

  it("sends a tip, a download and an e-mail from an empty form, and asks for a place in words that fit the search box", async () => {
    const page = await openForm(await browser.context(), browser.baseUrl);

    await page.getByRole("button", { name: "Skicka som tips" }).click();
    await page.getByRole("link", { name: "Öppna tipsformuläret på GitHub" }).waitFor();
    const tip = new URL(await lastOpened(page));
    expect(tip.pathname).toMatch(/\/issues\/new$/);
    expect(tip.searchParams.get("template")).toBe("tipsa-om-ett-gott-exempel.yml");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ladda ner filen" }).click()]);
    expect(download.suggestedFilename()).toBe("exempel.md");
    expect(await downloadedText(download)).toMatch(/^---\nid: exempel\n/);

    expect(readMailto((await page.getByRole("link", { name: "Skicka med e-post" }).getAttribute("href"))!).address).toBe(editors);
    // The other ways in, also shown without JavaScript, include a plain e-mail to the editors.
    expect(readMailto((await page.getByRole("link", { name: editors, exact: true }).getAttribute("href"))!).address).toBe(editors);

    // Only the pull request waits for a file that passes; it says what is missing, in the form's words.
    await page.getByRole("button", { name: "Skicka som förslag på GitHub" }).click();
    await page.getByText(/saker att rätta innan du skickar/).waitFor();
    const description = await descriptionOf(page, "Kommun, län eller hela Sverige");
    expect(description).toContain("Välj minst en kommun, ett län eller hela Sverige.");
    expect(description).not.toContain("listan är tom");
    expect(await placeBox(page).getAttribute("aria-invalid")).toBe("true");
    const summaryLink = page.getByRole("link", { name: /^Plats: Välj minst en kommun/ });
    await summaryLink.click();
    expect(await placeBox(page).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(new URL(await lastOpened(page)).href).toBe(tip.href);
  });
});
