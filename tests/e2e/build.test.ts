// The build itself: validation errors, Swedish HTML without a sidebar, open data.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../apps/site/src/plugins/kunskapsbanken/frontMatter.ts";
import { buildDir, repoRoot } from "../setup/paths.ts";

const read = (path: string) => readFile(join(buildDir, path), "utf8");

// A broken practice fails the build in the practices plugin: apps/site/test/practicePages.test.ts.
describe("frontmatter validation at build", () => {
  it("leaves other Markdown to Docusaurus", async () => {
    const result = await parseFrontMatter({
      filePath: join(repoRoot, "apps/site/src/pages/om.md"),
      fileContent: "---\ntitle: Om\n---\nText",
      defaultParseFrontMatter: async () => ({ frontMatter: { title: "Om" }, content: "Text" }),
    });
    expect(result.frontMatter).toEqual({ title: "Om" });
  });
});

describe("built HTML", () => {
  it("a printed agenda shows each practice's status with the date it describes", async () => {
    const html = await read("samling/exempel-bostad-for-nyanlanda/utskrift.html");
    expect(html).toMatch(/(Pågående|Avslutad|Planerad|Idé) enligt uppgifter från (september|oktober|december) 2017/);
  });

  it("a practice page is Swedish, has the facts panel and no sidebar of all practices", async () => {
    const html = await read("praktik/eskilstuna-foreningsmassa.html");
    expect(html).toMatch(/<html lang="?sv"?/);
    expect(html).toMatch(/class="?facts-panel"?/);
    expect(html).toContain("Uppgifterna gäller");
    expect(html).toMatch(/(Pågående|Avslutad|Planerad|Idé) enligt uppgifter från (september|oktober) 2017/);
    expect(html).toContain("Föreslå en ändring");
    expect(html).toContain("Permanent länk");
    expect(html).not.toContain("theme-doc-sidebar-container");
    const practices = JSON.parse(await read("data/praktiker.json")) as { id: string }[];
    const linked = new Set([...html.matchAll(/href="?\/praktik\/([a-z0-9-]+)/g)].map((m) => m[1]));
    expect(linked.size).toBeLessThan(practices.length / 2);
  });

  it("contributed text renders without scripts, frames, styles, handlers or javascript: links", async () => {
    const practices = JSON.parse(await read("data/praktiker.json")) as { id: string }[];
    const pages = [...practices.map((p) => `praktik/${p.id}.html`), "kommun/vingaker.html", "kommun/sodermanlands-lan.html"];
    for (const page of pages) {
      const article = /<article[\s\S]*<\/article>/.exec(await read(page))?.[0] ?? "";
      expect(article.length, page).toBeGreaterThan(500);
      expect(article, page).not.toMatch(/<script|<iframe|<style|<object|\son[a-z]+=|javascript:/i);
    }
  });

  it("links to other sites open safely, with rel=noopener, on every practice and profile page", async () => {
    const site = new URL(JSON.parse(await read("data/praktiker.json"))[0].url).host;
    const pages = [
      ...(await readdir(join(buildDir, "praktik"))).map((name) => `praktik/${name}`),
      ...(await readdir(join(buildDir, "kommun"))).map((name) => `kommun/${name}`),
    ].filter((name) => name.endsWith(".html"));
    const external: string[] = [];
    for (const name of pages) {
      for (const [link, host] of (await read(name)).matchAll(/<a[^>]*href="?https?:\/\/([^/"\s>]+)[^>]*>/g)) {
        if (host !== site) external.push(link);
      }
    }
    expect(external.length).toBeGreaterThan(0);
    for (const link of external) expect(link, link).toMatch(/rel="?[^">]*noopener/);
  });

  it("practice headings keep their anchors, and the table of contents links to each of them", async () => {
    const html = await read("praktik/eskilstuna-foreningsmassa.html");
    // Headings from the Markdown carry an id and a "#" link to it.
    const anchored = [...html.matchAll(/<h2[^>]*\sid="?([^"\s>]+)"?>[^<]*<a href="?#([^"\s>]+)"? class="?hash-link/g)];
    expect(anchored.length).toBeGreaterThanOrEqual(3);
    for (const [, id, target] of anchored) expect(target).toBe(id);
    const tocTargets = [...html.matchAll(/<a href="?#([^"\s>]+)"?[^>]*class="?table-of-contents__link/g)].map((m) => m[1]);
    expect(tocTargets).toEqual(anchored.map((m) => m[1]));
  });

  it("publishes no file from outside content/ and the site's own code", async () => {
    // Docusaurus copies a file that Markdown links or embeds into /assets/files or
    // /assets/images, or inlines a small image as a data: URI; the site's own build
    // writes only scripts and styles under /assets.
    const files = (await readdir(buildDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(buildDir, join(entry.parentPath, entry.name)).split(sep).join("/"));
    expect(files.filter((file) => file.startsWith("assets/") && !/^assets\/(?:js|css)\/[^/]+$/.test(file))).toEqual([]);
    // Nothing from the repository's own files outside content/ reaches the output.
    const lockIntegrity = /"integrity": "(sha512-[^"]+)"/.exec(await readFile(join(repoRoot, "package-lock.json"), "utf8"))![1]!;
    for (const file of files) expect(await read(file), file).not.toContain(lockIntegrity);
    const practices = JSON.parse(await read("data/praktiker.json")) as { id: string }[];
    for (const { id } of practices) {
      const article = /<article[\s\S]*<\/article>/.exec(await read(`praktik/${id}.html`))?.[0] ?? "";
      expect(article, id).not.toMatch(/<img|data:/i);
    }
  });

  it("every practice is reachable without JavaScript from /praktiker and its further pages", async () => {
    const further = (await readdir(join(buildDir, "praktiker/sida"))).filter((file) => file.endsWith(".html"));
    expect(further.length).toBeGreaterThan(0);
    const html = (await Promise.all(["praktiker.html", ...further.map((file) => `praktiker/sida/${file}`)].map(read))).join("\n");
    const practices = JSON.parse(await read("data/praktiker.json")) as { id: string }[];
    expect(practices.length).toBeGreaterThan(0);
    for (const { id } of practices) expect(html).toMatch(new RegExp(`href="?/praktik/${id}[" >]`));
  });
});

describe("open data", () => {
  it("JSON, JSON Lines, CSV and the Atom feed list every practice with its stable id, url, dates and body", async () => {
    const practices = JSON.parse(await read("data/praktiker.json")) as {
      id: string;
      url: string;
      asOf: string;
      body: string;
      schemaVersion: number;
    }[];
    for (const p of practices) {
      expect(p.url).toMatch(new RegExp(`/praktik/${p.id}$`));
      expect(p.asOf).toMatch(/^\d{4}-\d{2}/);
      expect(p.body.length).toBeGreaterThan(200);
      expect(p.schemaVersion).toBe(3);
    }
    const lines = (await read("data/praktiker.jsonl")).trimEnd().split("\n");
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(practices.map((p) => p.id));
    const csv = (await read("data/praktiker.csv")).trimEnd().split("\r\n");
    expect(csv[0]).toMatch(/^\uFEFFid;Rubrik;Sammanfattning;Kommuner;Kommun-id;/);
    expect(csv.length).toBe(practices.length + 1);
    const feed = await read("feed.xml");
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed.match(/<entry>/g)?.length).toBe(practices.length);
  });
});
