// Measuring a built site: its size on disk, and what a first page load fetches in Chromium
// (every response's body, gzip-compressed, grouped as JS, data, HTML and CSS). Used by
// site.ts (one build) and site-bench.ts (builds at several sizes).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { type Browser, chromium } from "playwright-core";

const contentTypes: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

export function diskUsage(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    bytes += entry.isDirectory() ? diskUsage(path) : statSync(path).size;
  }
  return bytes;
}

export const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;

export interface PageLoad {
  page: string;
  js: number;
  data: number;
  html: number;
  css: number;
  other: number;
  total: number;
  /** The three largest responses, gzip bytes and file name. */
  largest: [number, string][];
}

/** A page to load and, optionally, the element whose appearance ends the measurement (e.g. the first search result). */
export interface PageSpec {
  path: string;
  until?: string;
}

function serve(out: string): Server {
  return createServer((req, res) => {
    // As the site is served: a file, else PATH.html (/praktiker → praktiker.html, even beside the
    // folder praktiker/sida/), else a folder's index.html.
    let path = join(out, decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname));
    const isFile = (candidate: string) => existsSync(candidate) && statSync(candidate).isFile();
    if (!isFile(path)) path = isFile(`${path}.html`) ? `${path}.html` : join(path, "index.html");
    if (!isFile(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": contentTypes[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
  }).listen(0);
}

const kindOf = (url: string, resourceType: string): keyof Omit<PageLoad, "page" | "total" | "largest"> =>
  url.endsWith(".js")
    ? "js"
    : url.endsWith(".json")
      ? "data"
      : url.endsWith(".css")
        ? "css"
        : resourceType === "document"
          ? "html"
          : "other";

async function load(browser: Browser, base: string, spec: PageSpec): Promise<PageLoad> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const result: PageLoad = { page: spec.path, js: 0, data: 0, html: 0, css: 0, other: 0, total: 0, largest: [] };
  const pending: Promise<void>[] = [];
  let counting = true;
  tab.on("response", (response) => {
    if (!counting) return;
    pending.push(
      response
        .body()
        .then((body) => {
          const bytes = gzipSync(body).length;
          const url = new URL(response.url()).pathname;
          result[kindOf(url, response.request().resourceType())] += bytes;
          result.largest.push([bytes, url.split("/").pop() || url]);
        })
        .catch(() => undefined),
    );
  });
  if (spec.until) {
    // Everything fetched until the element appears, and nothing the page fetches after it.
    await tab.goto(`${base}${spec.path}`, { waitUntil: "commit" });
    await tab.waitForSelector(spec.until, { timeout: 300_000 });
  } else {
    await tab.goto(`${base}${spec.path}`, { waitUntil: "networkidle", timeout: 300_000 });
    await tab.waitForTimeout(1000); // chunks the page fetches while hydrating
  }
  counting = false;
  await Promise.all(pending);
  result.largest = result.largest.sort((a, b) => b[0] - a[0]).slice(0, 3);
  result.total = result.js + result.data + result.html + result.css + result.other;
  await context.close();
  return result;
}

/** Serves OUT and loads each page in a fresh Chromium context. */
export async function measurePages(out: string, pages: readonly PageSpec[]): Promise<PageLoad[]> {
  const server = serve(out);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const results: PageLoad[] = [];
    for (const spec of pages) results.push(await load(browser, `http://localhost:${port}`, spec));
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}
