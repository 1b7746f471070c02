// A practice's Markdown body as the HTML its page shows. Practices are rendered here, at
// build time, rather than by the docs plugin's MDX loader: the page gets the HTML with its
// data (see ../static-pages), so the browser needs no per-practice code chunk. The steps are
// the ones Docusaurus takes for format "md" and the same sanitiser (../sanitize) runs last
// before headings get their ids and "#" links, as the theme's headings have them.
import { createRequire } from "node:module";
import type { Element, ElementContent, Root } from "hast";
import type * as HastToHtml from "hast-util-to-html";
import type RemarkGfm from "remark-gfm";
import type RemarkParse from "remark-parse";
import type RemarkRehype from "remark-rehype";
import type * as Unified from "unified";
import { rehypePlugins } from "../sanitize/index";

// ES-only packages, loaded with Node's require() as ../sanitize explains.
const nativeRequire = createRequire(import.meta.url);
const { unified } = nativeRequire("unified") as typeof Unified;
const remarkParse = (nativeRequire("remark-parse") as { default: typeof RemarkParse }).default;
const remarkGfm = (nativeRequire("remark-gfm") as { default: typeof RemarkGfm }).default;
const remarkRehype = (nativeRequire("remark-rehype") as { default: typeof RemarkRehype }).default;
const { toHtml } = nativeRequire("hast-util-to-html") as typeof HastToHtml;
// Docusaurus' own slugger, so heading anchors (#vad-är-det) stay what they were.
const { createSlugger } = nativeRequire("@docusaurus/utils") as { createSlugger: () => { slug: (text: string) => string } };

/** One heading in the page's table of contents, in the shape the theme's TOC component takes. */
interface TocItem {
  value: string;
  id: string;
  level: number;
}

export interface RenderedBody {
  html: string;
  toc: TocItem[];
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypePlugins);

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}

const isHeading = (node: ElementContent): node is Element => node.type === "element" && /^h[2-6]$/.test(node.tagName);

/** Gives each heading an id and a "#" link (the theme's `hash-link`), and lists it for the table of contents. */
function anchorHeadings(tree: Root): TocItem[] {
  const slugger = createSlugger();
  const toc: TocItem[] = [];
  for (const node of tree.children as ElementContent[]) {
    if (!isHeading(node)) continue;
    const text = textOf(node);
    const id = slugger.slug(text);
    toc.push({ value: toHtml({ type: "root", children: node.children }), id, level: Number(node.tagName[1]) });
    node.properties = { ...node.properties, className: ["anchor"], id };
    const label = `Direktlänk till ${text}`;
    node.children.push({
      type: "element",
      tagName: "a",
      properties: { href: `#${id}`, className: ["hash-link"], ariaLabel: label, title: label, translate: "no" },
      children: [{ type: "text", value: "\u200b" }],
    });
  }
  return toc;
}

/** Docusaurus takes a leading `# Title` as the page title; the practice's title comes from its frontmatter, so it is dropped. */
function dropLeadingTitle(tree: Root): void {
  const first = tree.children.findIndex((node) => node.type === "element");
  const node = tree.children[first];
  if (node?.type === "element" && node.tagName === "h1") tree.children.splice(first, 1);
}

export async function renderBody(markdown: string): Promise<RenderedBody> {
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  dropLeadingTitle(tree);
  const toc = anchorHeadings(tree);
  return { html: toHtml(tree), toc };
}
