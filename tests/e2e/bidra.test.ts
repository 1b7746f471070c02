// /bidra as a contributor uses it: mistakes first, each message beside its field, then a
// corrected practice whose downloaded file `kb validate` accepts unchanged and whose GitHub
// address carries the same file; the draft survives a reload; a phone and a keyboard suffice.
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../setup/browser.ts";
import {
  choose,
  choosePlace,
  descriptionOf,
  downloadedText,
  kbValidate,
  lastOpened,
  openForm,
  recordOpenedWindows,
  wcag,
} from "./bidra-helpers.ts";

const PERSONNUMMER = "19850709-9805";

describe("contributing from the browser (/bidra)", () => {
  const browser = useBrowser();

  it("shows each mistake beside its field, and the corrected file passes kb validate unchanged", async () => {
    const first = await browser.page();
    const context = first.context();
    await first.close();
    const policyViolations: string[] = [];
    context.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    const page = await openForm(context, browser.baseUrl);

    // Everything but the title, with a personal identity number and a script tag in the text.
    await page
      .getByLabel("Sammanfattning", { exact: true })
      .fill("Gymnasieelever blir språkvänner med nyanlända elever. Det ger fler tillfällen att tala svenska.");
    await page.getByLabel(/^Ord som läsare använder/).fill("språkkompis\nsvenskträning");
    await choosePlace(page, "Strängnäs");
    await choose(page.getByRole("radio", { name: "Pågående", exact: true }));
    await page.getByLabel("Startår", { exact: true }).fill("2017");
    await choose(page.getByRole("checkbox", { name: /^Språkvänner och språkträning/ }));
    await choose(page.getByRole("checkbox", { name: /^Skola och förskola/ }));
    await choose(page.getByRole("checkbox", { name: /^Nyanlända barn och unga/ }));
    await choose(page.getByRole("checkbox", { name: /^§37-medel från Länsstyrelsen/ }));
    await page.getByLabel("Roll", { exact: true }).fill("integrationssamordnare");
    await page.getByLabel("Organisation", { exact: true }).fill("Strängnäs kommun");
    await page.getByLabel("Titel", { exact: true }).fill("Strängnäs integrationsplan 2024–2027");
    await page.getByLabel("Webbadress", { exact: true }).fill("https://www.strangnas.se/integrationsplan");
    await page.getByLabel("År", { exact: true }).fill("2024");
    await page.getByLabel("Vad är det?", { exact: true }).fill(`Eleven med personnummer ${PERSONNUMMER} var först ut.`);
    await page.getByLabel(/^Så fungerar det/).fill("1. Eleverna anmäler sig.\n\n<script>alert('hej')</script>");

    await page.getByRole("button", { name: "Skicka som förslag på GitHub" }).click();
    await page.getByText(/saker att rätta innan du skickar/).waitFor();
    expect(await lastOpened(page)).toBe("");
    expect(await descriptionOf(page, "Rubrik")).toContain("fältet saknas men måste fyllas i");
    expect(await descriptionOf(page, "Vad är det?")).toMatch(/personnummer/i);
    expect(await descriptionOf(page, /^Så fungerar det/)).toContain("<script> är inte tillåtet");
    expect(await page.getByLabel("Rubrik", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    // Nothing is shown as a machine id or as a problem of the file as a whole.
    expect(await page.locator("main form").textContent()).not.toContain("fil:");

    const axeWithErrors = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(axeWithErrors.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    // Correct the mistakes; the messages go as the checks pass.
    await page.getByLabel("Rubrik", { exact: true }).fill("Språkvän på gymnasiet");
    await page.getByLabel("Vad är det?", { exact: true }).fill("Gymnasieelever blir språkvänner med nyanlända elever på samma skola.");
    await page.getByLabel(/^Så fungerar det/).fill("1. Eleverna anmäler sig.\n2. Skolan matchar dem i par.");
    await page.getByText("Filen klarar kontrollen").waitFor();
    expect(await descriptionOf(page, "Rubrik")).toContain("/praktik/strangnas-sprakvan-pa-gymnasiet");
    expect(await descriptionOf(page, /^Så fungerar det/)).not.toContain("Fel:");

    // The preview shows the page: title, facts with labels, the body as Markdown.
    const preview = page.locator("section", { has: page.getByRole("heading", { name: "Förhandsvisning" }) });
    await preview.getByRole("heading", { name: "Språkvän på gymnasiet" }).waitFor();
    expect(await preview.textContent()).toContain("Språkvänner och språkträning");
    // The words readers use, under "Kallas också" in the facts.
    expect(await preview.locator("dt", { hasText: "Kallas också" }).locator("xpath=following-sibling::dd[1]").textContent()).toBe(
      "språkkompis, svenskträning",
    );
    expect(await preview.getByRole("link", { name: "Strängnäs integrationsplan 2024–2027" }).getAttribute("href")).toBe(
      "https://www.strangnas.se/integrationsplan",
    );
    expect(await preview.locator("ol li").count()).toBe(2);
    // The form, its checks and the preview run under the site's Content-Security-Policy.
    expect(policyViolations).toEqual([]);

    // Download: the file kb validate accepts, unchanged.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ladda ner filen" }).click()]);
    expect(download.suggestedFilename()).toBe("strangnas-sprakvan-pa-gymnasiet.md");
    const file = await downloadedText(download);
    const validated = await kbValidate(download.suggestedFilename(), file);
    expect(validated.output).toContain("Allt ser bra ut: 1 exempel");
    expect(validated.code).toBe(0);
    expect(file).toContain("id: strangnas-sprakvan-pa-gymnasiet\n");
    expect(file).toContain("\nsokord: [språkkompis, svenskträning]\n");

    // Copy: the same text on the clipboard.
    await page.getByRole("button", { name: "Kopiera texten" }).click();
    await page.getByText("Texten är kopierad").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file);

    // GitHub: the new-file page in the practices folder, carrying exactly that file.
    await page.getByRole("button", { name: "Skicka som förslag på GitHub" }).click();
    const link = page.getByRole("link", { name: "Öppna sidan på GitHub" });
    await link.waitFor();
    const href = (await link.getAttribute("href"))!;
    expect(await lastOpened(page)).toBe(href);
    const url = new URL(href);
    expect(url.origin).toBe("https://github.com");
    expect(url.pathname).toMatch(/^\/[^/]+\/[^/]+\/new\/main\/content\/practices\/sodermanlands-lan$/);
    expect(url.searchParams.get("filename")).toBe("strangnas-sprakvan-pa-gymnasiet.md");
    expect(url.searchParams.get("value")).toBe(file);
    expect(href.length).toBeLessThanOrEqual(8000);

    // The tip form, filled in by field id.
    await page.getByRole("button", { name: "Skicka som tips" }).click();
    await page.getByRole("link", { name: "Öppna tipsformuläret på GitHub" }).waitFor();
    const tip = new URL(await lastOpened(page));
    expect(tip.pathname).toMatch(/\/issues\/new$/);
    expect(tip.searchParams.get("template")).toBe("tipsa-om-ett-gott-exempel.yml");
    expect(tip.searchParams.get("rubrik")).toBe("Språkvän på gymnasiet");
    expect(tip.searchParams.get("fil")).toBe(file);

    // A long practice does not fit in an address GitHub accepts (it answers 414): the text goes
    // to the clipboard and GitHub gets only the file name.
    const results = page.getByLabel(/^Resultat/);
    const paragraph = "Under 2018 deltog 140 elever i 12 grupper på tre gymnasieskolor, och många fortsatte året därpå. ".repeat(10).trim();
    await results.fill(Array.from({ length: 8 }, () => paragraph).join("\n\n"));
    // The file is checked a moment after the last keystroke: wait until it holds the new text.
    await page.waitForFunction(() => (document.getElementById("filens-text") as HTMLTextAreaElement).value.includes("## Resultat"));
    await page.getByText("Filen klarar kontrollen").waitFor();
    await page.getByRole("button", { name: "Skicka som förslag på GitHub" }).click();
    await page.getByText("Texten är för lång för att skickas med adressen").waitFor();
    const short = new URL(await lastOpened(page));
    expect(short.href.length).toBeLessThanOrEqual(8000);
    expect(short.searchParams.get("filename")).toBe("strangnas-sprakvan-pa-gymnasiet.md");
    expect(short.searchParams.get("value")).toBeNull();
    const longFile = await page.evaluate(() => navigator.clipboard.readText());
    expect(longFile).toContain("## Resultat");
    expect((await kbValidate("strangnas-sprakvan-pa-gymnasiet.md", longFile)).code).toBe(0);
    await results.fill("");

    // Nothing typed is lost: a reload brings the draft back, until the form is cleared.
    await page.reload({ waitUntil: "networkidle" });
    await page.getByText("Ditt utkast är återställt").waitFor();
    expect(await page.getByLabel("Rubrik", { exact: true }).inputValue()).toBe("Språkvän på gymnasiet");
    expect(await page.getByLabel(/^Så fungerar det/).inputValue()).toBe("1. Eleverna anmäler sig.\n2. Skolan matchar dem i par.");
    await page.getByRole("button", { name: "Ta bort Strängnäs", exact: true }).waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Töm formuläret och ta bort utkastet" }).click();
    await page.getByText("Formuläret är tömt.").waitFor();
    await page.reload({ waitUntil: "networkidle" });
    await page.getByLabel("Rubrik", { exact: true }).waitFor();
    expect(await page.getByLabel("Rubrik", { exact: true }).inputValue()).toBe("");
    await context.close();
  });

  it("says when a new practice would get the id of a published one (the ids come as a file, not with every page)", async () => {
    const page = await openForm((await browser.page()).context(), browser.baseUrl);
    await choosePlace(page, "Flen");
    await page.getByLabel("Rubrik", { exact: true }).fill("Språkvänner");
    await page.getByRole("button", { name: "Skicka som förslag på GitHub" }).click();
    await page.getByText(/saker att rätta innan du skickar/).waitFor();
    expect(await descriptionOf(page, "Rubrik")).toContain('det finns redan ett exempel med id "flen-sprakvanner"');
    await page.getByLabel("Rubrik", { exact: true }).fill("Språkvänner på biblioteket");
    await page.waitForFunction(() => !document.body.textContent?.includes("det finns redan ett exempel"));
  });

  it("has no WCAG 2.1 AA violations on the empty form", async () => {
    const page = await browser.page();
    await page.goto(`${browser.baseUrl}/bidra`, { waitUntil: "networkidle" });
    await page.getByLabel("Rubrik", { exact: true }).waitFor();
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    await page.context().close();
  });

  it("starts from a published practice from Stämmer det här fortfarande?, and opens GitHub's edit page with the text to paste", async () => {
    const first = await browser.page();
    const context = first.context();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: browser.baseUrl });
    const page = first;
    // The longest practice: its file does not fit in an address GitHub accepts.
    await page.goto(`${browser.baseUrl}/praktik/lansstyrelsen-paragraf-37-medel`, { waitUntil: "networkidle" });
    const box = page.locator("aside", { has: page.getByRole("heading", { name: "Stämmer det här fortfarande?" }) });
    const tip = new URL((await box.getByRole("link", { name: "Tipsa redaktionen" }).getAttribute("href"))!);
    expect(tip.searchParams.get("exempel")).toMatch(/\/praktik\/lansstyrelsen-paragraf-37-medel$/);
    await box.getByRole("link", { name: "Föreslå en ändring" }).click();
    await page.waitForURL(/\/bidra\?uppdatera=lansstyrelsen-paragraf-37-medel$/);
    const title = page.getByLabel("Rubrik", { exact: true });
    await page.waitForFunction(() => (document.getElementById("falt-title") as HTMLInputElement | null)?.value.length);
    expect(await title.inputValue()).toMatch(/§ ?37|medel/i);
    // The practice's everyday words come back one per line.
    expect((await page.getByLabel(/^Ord som läsare använder/).inputValue()).split("\n")).toContain("pengar från staten");
    await page.getByText("Filen klarar kontrollen").waitFor();
    await recordOpenedWindows(page);

    // The file exists, so GitHub's edit page opens and the new text is on the clipboard to paste.
    await page.getByRole("button", { name: "Skicka som förslag på GitHub" }).click();
    await page.getByText("Den nya texten är kopierad").waitFor();
    const opened = new URL(await lastOpened(page));
    expect(opened.pathname).toMatch(/\/edit\/main\/content\/practices\/sodermanlands-lan\/lansstyrelsen-paragraf-37-medel\.md$/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator("#filens-text").inputValue());
    const validated = await kbValidate("lansstyrelsen-paragraf-37-medel.md", copied, true);
    expect(validated.output).toContain("Allt ser bra ut");
    expect(validated.code).toBe(0);
    await context.close();
  });

  it("works on a 375 px wide phone with the keyboard alone", async () => {
    const first = await browser.page();
    const context = first.context();
    await first.setViewportSize({ width: 375, height: 740 });
    const page = first;
    await page.goto(`${browser.baseUrl}/bidra`, { waitUntil: "networkidle" });
    await page.getByLabel("Rubrik", { exact: true }).waitFor();
    // Nothing in the form or the preview is wider than the phone (the site's own header and
    // footer are checked by the layout's tests).
    const overflowing = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll("main *"))
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`),
      );
    expect(await overflowing()).toEqual([]);

    /** Presses Tab until the element with `id` has focus, as a keyboard user would. */
    const tabTo = async (id: string) => {
      for (let presses = 0; presses < 150; presses++) {
        if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await tabTo("falt-title");
    await page.keyboard.type("Läxhjälp på biblioteket");
    await tabTo("falt-summary");
    await page.keyboard.type("Frivilliga hjälper nyanlända elever med läxorna på biblioteket. Det ger bättre betyg.");
    await tabTo("falt-municipalities");
    await page.keyboard.type("Flen");
    await page.getByRole("option", { name: "Flen – Södermanlands län" }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Ta bort Flen", exact: true }).waitFor();
    await tabTo("falt-status-pagaende");
    await page.keyboard.press("Space");
    await tabTo("falt-period-start");
    await page.keyboard.type("2018");
    await tabTo("falt-topics-skola");
    await page.keyboard.press("Space");
    await tabTo("falt-targetGroups-barn-unga");
    await page.keyboard.press("Space");
    await tabTo("falt-funding-egen-budget");
    await page.keyboard.press("Space");
    await tabTo("falt-contact-role");
    await page.keyboard.type("bibliotekschef");
    await tabTo("falt-contact-organisation");
    await page.keyboard.type("Flens kommun");
    await tabTo("falt-sources-0-title");
    await page.keyboard.type("Bibliotekets verksamhetsberättelse");
    await tabTo("falt-sources-0-url");
    await page.keyboard.type("https://www.flen.se/bibliotek");
    await tabTo("falt-sources-0-year");
    await page.keyboard.type("2019");
    await tabTo("falt-section-0");
    await page.keyboard.type("Frivilliga hjälper till med läxorna två kvällar i veckan.");
    await page.getByText("Filen klarar kontrollen").waitFor();

    const downloadButton = page.getByRole("button", { name: "Ladda ner filen" });
    const buttonId = await downloadButton.evaluate((button) => (button.id ||= "ladda-ner"));
    await tabTo(buttonId);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("flen-laxhjalp-pa-biblioteket.md");
    expect((await kbValidate(download.suggestedFilename(), await downloadedText(download))).code).toBe(0);
    expect(await overflowing()).toEqual([]);
    await context.close();
  });

  it("explains the other ways in without JavaScript", async () => {
    const page = await browser.page();
    const context = page.context();
    await page.close();
    const noScript = await context.browser()!.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
    const plain = await noScript.newPage();
    await plain.goto(`${browser.baseUrl}/bidra`);
    const text = (await plain.locator("main").textContent()) ?? "";
    expect(text).toContain("Formuläret behöver JavaScript");
    expect(await plain.getByRole("link", { name: "Tipsa om ett gott exempel" }).first().getAttribute("href")).toMatch(
      /\/issues\/new\?template=tipsa-om-ett-gott-exempel\.yml$/,
    );
    await noScript.close();
    await context.close();
  });
});
