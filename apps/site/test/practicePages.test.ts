// The practices plugin's side of a practice page: a broken practice stops the build with the
// lines `kb validate` prints, and each page's data says how old its facts are and where the
// file is edited. Checked on copies of the real content, loaded the way the build loads it.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile, formatProblem } from "@kunskapsbanken/indexer";

const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const dirs: string[] = [];

/** Loads the site's modules afresh on a copy of the content, changed by `change`. */
async function withContent(change: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), "kb-practice-pages-"));
  dirs.push(dir);
  await cp(join(repoRoot, "content"), dir, { recursive: true, filter: (path) => !path.includes("node_modules") });
  await change(dir);
  vi.stubEnv("KB_CONTENT_DIR", dir);
  vi.resetModules();
  return {
    content: await import("../src/plugins/kunskapsbanken/content"),
    pageData: await import("../src/plugins/practices/pageData"),
  };
}

afterEach(async () => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("practice pages at build", () => {
  it("a broken practice stops the build with the same FILE:LINE: FIELD: message lines as kb validate", async () => {
    const broken = await readFile(join(repoRoot, "tests/fixtures/trasig-praktik.md"), "utf8");
    const { content } = await withContent((dir) => writeFile(join(dir, "practices/sodermanlands-lan/trasig-praktik.md"), broken));
    const expected = checkFile("trasig-praktik.md", broken, validatePractice).problems.map(formatProblem);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const error = await content.getContent().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(content.ContentError);
    const lines = error!.message.split("\n");
    // Same problems, each named by the file's path in the content folder.
    for (const line of expected)
      expect(
        lines.some((shown) => shown.endsWith(`/practices/sodermanlands-lan/${line}`)),
        line,
      ).toBe(true);
    expect(error!.message).toMatch(/practices\/sodermanlands-lan\/trasig-praktik\.md:3: title: /);
  }, 120_000);

  it("says plainly when a practice's facts are older than 18 months and unconfirmed, and not once confirmed", async () => {
    const { content, pageData } = await withContent(async () => {});
    const loaded = await content.getContent();
    const entry = loaded.content.practices.find((e) => e.data.id === "nykoping-fritidsbanken")!;
    const against = pageData.pageContext(loaded, "https://example.org/edit");
    const pageOf = (data: object) => pageData.practicePageData({ ...entry, data: { ...entry.data, ...data } }, against);
    const old = (await pageOf({ asOf: "2019-01-15" })).extras;
    expect(old.freshnessNotice).toBe("Uppgifterna är från vintern 2018/2019 och har inte bekräftats sedan dess.");
    expect(old.status).toMatch(/ enligt uppgifter från januari 2019$/);
    const today = new Date().toISOString().slice(0, 10);
    const confirmed = { date: today, role: "integrationsstrateg", organisation: "Nyköpings kommun" };
    expect((await pageOf({ asOf: "2019-01-15", confirmed })).extras.freshnessNotice).toBeNull();
  }, 120_000);

  it("links the page to its file in its county's folder on GitHub, and carries the body as HTML", async () => {
    const { content, pageData } = await withContent(async () => {});
    const loaded = await content.getContent();
    const entry = loaded.content.practices.find((e) => e.data.id === "nykoping-fritidsbanken")!;
    const page = await pageData.practicePageData(entry, pageData.pageContext(loaded, "https://example.org/edit/main/content"));
    expect(page.editUrl).toBe("https://example.org/edit/main/content/practices/sodermanlands-lan/nykoping-fritidsbanken.md");
    expect(page.toc.map((item) => item.id)).toContain("vad-är-det");
    expect(page.body).toContain('<h2 class="anchor" id="vad-är-det">');
  }, 120_000);
});
