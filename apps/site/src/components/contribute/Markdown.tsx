// Renders the contributor's Markdown for the preview the way a published page keeps it:
// remark-rehype without allowDangerousHtml drops raw HTML, and the site's own sanitiser
// schema (the one its content plugins use) keeps only what CommonMark + GFM produce, so no
// typed HTML, image or script link becomes an element. Headings move one level down,
// because the preview sits under the page's own headings.
import type { Element, Nodes, Root } from "hast";
import { sanitize } from "hast-util-sanitize";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, type ReactNode, useMemo } from "react";
import { jsx, jsxs } from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { sanitizeSchema } from "../../plugins/sanitize/schema";

function lowerHeadings(node: Nodes): void {
  if (node.type === "element") {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level) (node as Element).tagName = `h${Math.min(Number(level) + 1, 6)}`;
  }
  if ("children" in node) for (const child of node.children) lowerHeadings(child as Nodes);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);

function renderMarkdown(markdown: string): ReactNode {
  const tree = sanitize(processor.runSync(processor.parse(markdown)) as Root, sanitizeSchema) as Root;
  lowerHeadings(tree);
  return toJsxRuntime(tree, { Fragment, jsx, jsxs });
}

export default function Markdown({ children }: { children: string }) {
  const rendered = useMemo(() => renderMarkdown(children), [children]);
  return <>{rendered}</>;
}
