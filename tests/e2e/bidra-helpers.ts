// What the tests of /bidra share: the real `kb validate` on a file the form made, the
// downloaded file's text, the GitHub tabs recorded instead of opened, and the keyboard ways
// to tick a box and choose a place.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { BrowserContext, Download, Locator, Page } from "playwright-core";
import { practiceFilePath } from "@kunskapsbanken/domain";
import { repoRoot } from "../setup/paths.ts";

const run = promisify(execFile);
const kb = join(repoRoot, "packages/indexer/bin/kb.js");
export const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs the real `kb validate` on a content folder holding just this file, or, for a changed
 * practice whose related practices must exist, the published content with this file in it.
 */
export async function kbValidate(name: string, text: string, withPublished = false): Promise<{ code: number; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), "kb-bidra-"));
  try {
    await mkdir(join(dir, "practices"));
    if (withPublished) {
      for (const folder of ["practices", "municipalities", "collections"]) {
        await cp(join(repoRoot, "content", folder), join(dir, folder), { recursive: true });
      }
    }
    // Where the layout puts the file: the folder of the county of its first municipality.
    const first = /^municipalities: \[([^,\]]+)/m.exec(text)?.[1] ?? "";
    const path = join(dir, practiceFilePath(name.replace(/\.md$/, ""), [first]));
    await mkdir(join(path, ".."), { recursive: true });
    await writeFile(path, text);
    try {
      const { stdout, stderr } = await run(process.execPath, [kb, "validate", dir], { cwd: repoRoot });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, output: failed.stdout + failed.stderr };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The downloaded file's text (the browser runs apart from the test, so it is streamed). */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

/** The form's GitHub pages open in a new tab; record the address instead of leaving the test site. */
export async function recordOpenedWindows(page: Page): Promise<void> {
  await page.evaluate(() => {
    const opened: string[] = [];
    (window as unknown as { opened: string[] }).opened = opened;
    window.open = (url?: string | URL) => {
      opened.push(String(url));
      return null;
    };
  });
}
export const lastOpened = (page: Page) => page.evaluate(() => (window as unknown as { opened: string[] }).opened.at(-1) ?? "");

/**
 * Ticks a checkbox or radio button with the keyboard, as a keyboard user does, and waits until
 * it shows as chosen. Messages appear under fields while the form checks itself, which can move
 * a box between where a mouse click is aimed and where it lands; the keyboard has no aim.
 */
export async function choose(box: Locator): Promise<void> {
  await box.focus();
  await box.press("Space");
  await box.page().waitForFunction((element) => (element as HTMLInputElement).checked, await box.elementHandle());
}

/** The text of everything a field's aria-describedby points to: its help and its messages. */
export async function descriptionOf(page: Page, label: string | RegExp): Promise<string> {
  const ids = (await page.getByLabel(label, { exact: true }).getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join("\n");
}

export async function openForm(context: BrowserContext, baseUrl: string, path = "/bidra"): Promise<Page> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  await page.getByLabel("Rubrik", { exact: true }).waitFor();
  await recordOpenedWindows(page);
  return page;
}

/** The place search of the form. */
export const placeBox = (page: Page) => page.getByRole("combobox", { name: /^Kommun, län eller hela Sverige/ });

/**
 * Chooses a place with the keyboard, as a keyboard user does: types into the search box,
 * arrows down to the suggestion whose name begins with `name` and presses Enter; waits until
 * the place shows among the chosen.
 */
export async function choosePlace(page: Page, typed: string, name = typed): Promise<void> {
  const box = placeBox(page);
  await box.focus();
  await box.fill("");
  await page.keyboard.type(typed);
  const options = page.getByRole("listbox", { name: "Förslag på platser" }).getByRole("option");
  await options.first().waitFor();
  const labels = await options.allTextContents();
  const index = labels.findIndex((label) => label === name || label.startsWith(`${name} – `) || label.startsWith(`${name} (`));
  if (index < 0) throw new Error(`"${typed}" offers no "${name}": ${labels.join(", ")}`);
  for (let step = 0; step <= index; step++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: `Ta bort ${name}`, exact: true }).waitFor();
}
