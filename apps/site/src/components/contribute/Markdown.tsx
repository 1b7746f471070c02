// Renders the contributor's Markdown for the preview without ever turning typed HTML into
// elements: remark-rehype without allowDangerousHtml drops raw HTML, and links that are not
// web, mail or site addresses lose their href. Headings move one level down, because the
// preview sits under the page's own headings.
import { Fragment, useMemo, type ReactNode } from "react";
import { jsx, jsxs } from "react/jsx-runtime";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { Element, Nodes, Root } from "hast";

const safeHref = /^(https?:|mailto:|\/|#)/i;

function tidy(node: Nodes): void {
  if (node.type === "element") adjust(node);
  if ("children" in node) for (const child of node.children) tidy(child as Nodes);
}

function adjust(element: Element): void {
  const level = /^h([1-6])$/.exec(element.tagName)?.[1];
  if (level) element.tagName = `h${Math.min(Number(level) + 1, 6)}`;
  const href = element.properties.href;
  if (element.tagName === "a" && (typeof href !== "string" || !safeHref.test(href.trim()))) delete element.properties.href;
  if (element.tagName === "img") {
    const src = element.properties.src;
    if (typeof src !== "string" || !/^https:/i.test(src)) delete element.properties.src;
  }
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);

function renderMarkdown(markdown: string): ReactNode {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  tidy(tree);
  return toJsxRuntime(tree, { Fragment, jsx, jsxs });
}

export default function Markdown({ children }: { children: string }) {
  const rendered = useMemo(() => renderMarkdown(children), [children]);
  return <>{rendered}</>;
}
