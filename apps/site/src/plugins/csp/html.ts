// Adds the Content-Security-Policy to one built HTML page: parses the page with a real
// HTML parser (parse5, through hast-util-from-html), hashes every inline script the way a
// browser does (SHA-256 of the script's text after parsing), and inserts the meta element
// into <head> before any script, so the policy is in force before anything runs.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { Element, Root, RootContent } from "hast";
import type * as HastFromHtml from "hast-util-from-html";
import { policyWithScriptHashes } from "./policy";

// Loaded with Node's require() of ES modules: Docusaurus loads plugins through jiti,
// which has no dynamic import().
const { fromHtml } = createRequire(import.meta.url)("hast-util-from-html") as typeof HastFromHtml;

function elements(node: Root | Element, found: Element[] = []): Element[] {
  for (const child of node.children as RootContent[]) {
    if (child.type === "element") {
      found.push(child);
      elements(child, found);
    }
  }
  return found;
}

const textOf = (element: Element) => element.children.map((child) => (child.type === "text" ? child.value : "")).join("");

/** The "sha256-…" source of an inline script's text. */
function scriptHash(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

/** Hashes of the inline scripts among `all`, in order of first appearance, each once. */
function hashesOf(all: Element[]): string[] {
  const scripts = all.filter((element) => element.tagName === "script" && element.properties.src === undefined);
  return [...new Set(scripts.map((script) => scriptHash(textOf(script))))];
}

/** Hashes of the page's inline scripts, in order of first appearance, each once. */
export function inlineScriptHashes(html: string): string[] {
  return hashesOf(elements(fromHtml(html)));
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/**
 * The page with `<meta http-equiv="Content-Security-Policy">` as the first element of
 * <head>, or right after `<meta charset>` when that comes first (the charset should stay
 * in the first bytes). Throws if the page has no <head> in its source, already has a
 * policy, or has a script before the insertion point: a page must never go out without it.
 */
export function addContentSecurityPolicy(html: string): string {
  const tree = fromHtml(html);
  const all = elements(tree);
  const head = all.find((element) => element.tagName === "head");
  if (!head?.position) throw new Error("page has no <head> element in its source");
  const headChildren = head.children.filter((child): child is Element => child.type === "element");
  if (
    headChildren.some(
      (child) => child.tagName === "meta" && String(child.properties.httpEquiv ?? "").toLowerCase() === "content-security-policy",
    )
  ) {
    throw new Error("page already has a Content-Security-Policy meta element");
  }
  const first = headChildren[0];
  let at: number | undefined;
  if (first?.tagName === "meta" && first.properties.charSet !== undefined) at = first.position?.end.offset;
  else if (first) at = first.position?.start.offset;
  else at = head.position.end.offset === undefined ? undefined : html.lastIndexOf("</head>", head.position.end.offset);
  if (at === undefined || at < 0) throw new Error("cannot find where <head> begins in the page's source");
  const firstScript = all.find((element) => element.tagName === "script");
  if (firstScript?.position?.start.offset !== undefined && firstScript.position.start.offset < at) {
    throw new Error("page has a script before the place for the Content-Security-Policy");
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policyWithScriptHashes(hashesOf(all)))}">`;
  return html.slice(0, at) + meta + html.slice(at);
}
