// What a first page load of the built site fetches, measured in Chromium: every response's
// body, gzip-compressed, grouped as JS, data, HTML and CSS; plus the size of the build.
//
//   KB_CONTENT_DIR=/tmp/corpus npx docusaurus build --out-dir /tmp/site   (in apps/site)
//   node packages/bench/dist/site.js --out /tmp/site --pages /,/praktiker,/praktik/nykoping-fritidsbanken
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { parseArgs } from "./generate.js";

const contentTypes: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

function diskUsage(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    bytes += entry.isDirectory() ? diskUsage(path) : statSync(path).size;
  }
  return bytes;
}

const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.out) {
    console.error("usage: node dist/site.js --out BUILD_DIR [--pages /,/praktiker]");
    process.exitCode = 2;
    return;
  }
  const out = resolve(args.out);
  const pages = (args.pages ?? "/,/praktiker").split(",");
  const server = createServer((req, res) => {
    let path = join(out, decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    else if (!existsSync(path) && existsSync(`${path}.html`)) path = `${path}.html`;
    if (!existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": contentTypes[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
  }).listen(0);
  const { port } = server.address() as AddressInfo;
  console.log(`build: ${(diskUsage(out) / 1e6).toFixed(0)} MB in ${out}`);
  console.log("| page | JS | data | HTML | CSS | total (gzip) | largest |\n|---|--:|--:|--:|--:|--:|---|");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const page of pages) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const sizes = { js: 0, data: 0, html: 0, css: 0, other: 0 };
      const files: [number, string][] = [];
      const pending: Promise<void>[] = [];
      tab.on("response", (response) => {
        pending.push(
          response
            .body()
            .then((body) => {
              const bytes = gzipSync(body).length;
              const url = new URL(response.url()).pathname;
              const kind = url.endsWith(".js")
                ? "js"
                : url.endsWith(".json")
                  ? "data"
                  : url.endsWith(".css")
                    ? "css"
                    : response.request().resourceType() === "document"
                      ? "html"
                      : "other";
              sizes[kind] += bytes;
              files.push([bytes, url.split("/").pop() ?? url]);
            })
            .catch(() => undefined),
        );
      });
      await tab.goto(`http://localhost:${port}${page}`, { waitUntil: "networkidle" });
      await tab.waitForTimeout(1000); // chunks the page fetches while hydrating
      await Promise.all(pending);
      files.sort((a, b) => b[0] - a[0]);
      const total = Object.values(sizes).reduce((a, b) => a + b, 0);
      const largest = files
        .slice(0, 3)
        .map(([bytes, name]) => `${name} ${kb(bytes)}`)
        .join(", ");
      console.log(`| ${page} | ${kb(sizes.js)} | ${kb(sizes.data)} | ${kb(sizes.html)} | ${kb(sizes.css)} | ${kb(total)} | ${largest} |`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
