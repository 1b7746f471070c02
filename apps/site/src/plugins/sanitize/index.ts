// The rehype plugins of every content docs plugin: the site's second line of defence
// after `kb validate`. For format "md" Docusaurus' mdx-loader puts rehype-raw first and
// these after it, so they see raw HTML already parsed into elements.
//
// 1. `prepareForSanitize` takes out what is not HTML: JSX elements (Docusaurus turns a
//    link or image to a local file into `<a href={require(…)}>`, which would publish that
//    file) are replaced by their children, and the only ES module code allowed through is
//    Docusaurus' own table-of-contents export, whose HTML entries are sanitised too.
// 2. rehype-sanitize with `sanitizeSchema` keeps only what CommonMark + GFM produce.
// 3. `finishSanitize` puts the table of contents back (only entries whose heading kept its
//    id) and gives external links rel="noopener noreferrer".
//
// The site (docusaurus.config.ts) and the tests import `rehypePlugins` from here, so they
// run exactly the same steps.
import { createRequire } from "node:module";
import type { Element, ElementContent, Root, RootContent } from "hast";
import type * as HastSanitize from "hast-util-sanitize";
import type * as HastFromHtml from "hast-util-from-html";
import type * as HastToHtml from "hast-util-to-html";
import type RehypeSanitize from "rehype-sanitize";
import type { Pluggable } from "unified";
import type { VFile } from "vfile";
import { sanitizeSchema, tocSchema } from "./schema";

export { sanitizeSchema } from "./schema";

// Docusaurus loads the config through jiti, which has no dynamic import(); these ES-only
// packages are loaded with Node's own require() of ES modules instead (Node >= 20.19).
const nativeRequire = createRequire(import.meta.url);
const { sanitize } = nativeRequire("hast-util-sanitize") as typeof HastSanitize;
const { fromHtml } = nativeRequire("hast-util-from-html") as typeof HastFromHtml;
const { toHtml } = nativeRequire("hast-util-to-html") as typeof HastToHtml;
const rehypeSanitize = (nativeRequire("rehype-sanitize") as { default: typeof RehypeSanitize }).default;

/** Where the table-of-contents export waits (on the file's data) while the tree is sanitised. */
const TOC_KEY = "kunskapsbankenToc" as const;

/** Minimal ESTree shapes of Docusaurus' `export const toc = [{value, id, level}, …]`. */
interface EsNode {
  type: string;
  [key: string]: unknown;
}
interface EsmNode {
  type: "mdxjsEsm";
  value: string;
  data?: { estree?: EsNode };
}

/** The `[{value, id, level}]` array of a table-of-contents export, or undefined if `node` is anything else. */
function tocEntries(node: EsmNode): EsNode[] | undefined {
  const program = node.data?.estree;
  const body = program?.body as EsNode[] | undefined;
  if (program?.type !== "Program" || body?.length !== 1) return undefined;
  const exported = body[0]!;
  const declaration = exported.declaration as EsNode | undefined;
  if (exported.type !== "ExportNamedDeclaration" || exported.source || declaration?.type !== "VariableDeclaration") return undefined;
  const declarators = declaration.declarations as EsNode[];
  const declarator = declarators[0];
  const id = declarator?.id as EsNode | undefined;
  const init = declarator?.init as EsNode | undefined;
  if (declarators.length !== 1 || id?.type !== "Identifier" || id.name !== "toc" || init?.type !== "ArrayExpression") return undefined;
  const entries = init.elements as EsNode[];
  const literalObject = (entry: EsNode) =>
    entry?.type === "ObjectExpression" &&
    (entry.properties as EsNode[]).every((p) => p.type === "Property" && (p.value as EsNode).type === "Literal" && !p.computed);
  return entries.every(literalObject) ? entries : undefined;
}

function propertyOf(entry: EsNode, name: string): EsNode | undefined {
  const property = (entry.properties as EsNode[]).find((p) => {
    const key = p.key as EsNode;
    return (key.type === "Identifier" && key.name === name) || (key.type === "Literal" && key.value === name);
  });
  return property?.value as EsNode | undefined;
}

/** A table-of-contents entry's HTML with only inline formatting left. */
export function sanitizeTocHtml(html: string): string {
  return toHtml(sanitize(fromHtml(html, { fragment: true }), tocSchema));
}

type Parent = Root | Element;
type Child = RootContent | ElementContent;

/** Replaces JSX elements by their children and drops other MDX nodes, everywhere in `parent`. */
function unwrapMdx(parent: Parent): void {
  const children: Child[] = [];
  for (const child of parent.children as Child[]) {
    const type = child.type as string;
    if (type === "mdxJsxFlowElement" || type === "mdxJsxTextElement") {
      const inner = { type: "root", children: (child as unknown as Parent).children ?? [] } as Root;
      unwrapMdx(inner);
      children.push(...(inner.children as Child[]));
    } else if (type.startsWith("mdx")) {
      // Expressions and ES module code: Markdown in format "md" cannot write them.
    } else {
      if ("children" in child) unwrapMdx(child as Parent);
      children.push(child);
    }
  }
  (parent as Root).children = children as RootContent[];
}

/** Step 1: sets Docusaurus' table-of-contents export aside (sanitised) and removes all other MDX. */
function prepareForSanitize() {
  return (tree: Root, file: VFile) => {
    const toc: EsmNode[] = [];
    for (const child of tree.children as unknown as EsmNode[]) {
      if (child.type !== "mdxjsEsm") continue;
      const entries = tocEntries(child);
      if (!entries) continue;
      for (const entry of entries) {
        const value = propertyOf(entry, "value");
        if (value && typeof value.value === "string") {
          value.value = sanitizeTocHtml(value.value);
          delete value.raw;
        }
      }
      toc.push(child);
    }
    file.data[TOC_KEY] = toc;
    unwrapMdx(tree);
  };
}

/** A link that leaves the site: an absolute http(s) address or a protocol-relative one. */
function isExternalHref(href: unknown): boolean {
  return typeof href === "string" && /^(?:https?:)?\/\//i.test(href);
}

function finishElements(node: Parent, ids: Set<string>): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (/^h[1-6]$/.test(child.tagName) && typeof child.properties.id === "string") ids.add(child.properties.id);
    if (child.tagName === "a" && isExternalHref(child.properties.href)) child.properties.rel = ["noopener", "noreferrer"];
    finishElements(child, ids);
  }
}

/** Step 3: external links get rel="noopener noreferrer"; the table of contents comes back, listing only headings that kept their id. */
function finishSanitize() {
  return (tree: Root, file: VFile) => {
    const ids = new Set<string>();
    finishElements(tree, ids);
    const toc = (file.data[TOC_KEY] as EsmNode[] | undefined) ?? [];
    delete file.data[TOC_KEY];
    for (const node of toc) {
      const entries = tocEntries(node)!;
      const kept = entries.filter((entry) => {
        const id = propertyOf(entry, "id")?.value;
        return typeof id === "string" && ids.has(id);
      });
      entries.splice(0, entries.length, ...kept);
      tree.children.push(node as unknown as RootContent);
    }
  };
}

/** The site's rehype plugins, in order, as `rehypePlugins` of plugin-content-docs takes them. */
export const rehypePlugins: Pluggable[] = [prepareForSanitize, [rehypeSanitize, sanitizeSchema], finishSanitize];

declare module "vfile" {
  interface DataMap {
    kunskapsbankenToc: EsmNode[];
  }
}
