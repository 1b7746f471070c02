// Walks the parsed Markdown and accepts only the node types a practice needs. Everything
// else is refused with a Swedish hint of what to write instead. The walk is iterative, so
// even a deeply nested file cannot overflow the stack here.
import type { Nodes, Root } from "mdast";
import type { SiteTarget } from "@kunskapsbanken/domain";
import { checkLinkTarget } from "./links.js";
import { limitMessages, limits, type LimitFinding } from "./limits.js";

/** Node types that render as plain text, structure or links, and nothing else. */
const allowed = new Set([
  "root",
  "paragraph",
  "heading",
  "text",
  "emphasis",
  "strong",
  "delete",
  "list",
  "listItem",
  "blockquote",
  "table",
  "tableRow",
  "tableCell",
  "code",
  "inlineCode",
  "break",
  "thematicBreak",
  "link",
  "linkReference",
  "definition",
]);

export const nodeMessages = {
  html: "HTML är inte tillåtet. Använd Markdown: **fet**, *kursiv*, [länktext](https://adress), - punktlista",
  comment: "HTML-kommentarer (<!-- -->) är inte tillåtna: de kan dölja text för granskaren. Ta bort kommentaren",
  script: "<script> är inte tillåtet: sidor i kunskapsbanken får inte köra kod. Beskriv i text i stället",
  embed: "inbäddade sidor (<iframe>, <object>, <embed>) är inte tillåtna. Länka i stället till sidan med [text](https://adress)",
  style: "<style> och style= är inte tillåtna: utseendet styrs av webbplatsen. Skriv ren Markdown",
  handler: "HTML-attribut som onclick= eller onerror= kör kod och är inte tillåtna. Skriv ren Markdown",
  vector: "SVG och MathML är inte tillåtna. Beskriv bilden i text eller länka till den med [text](https://adress)",
  component: "komponenter som <Namn> (JSX/MDX) är inte tillåtna. Skriv vanlig text",
  image:
    "bilder stöds inte: en bild i texten kan hämta filer som inte hör till exemplet. Länka till bilden med [beskrivning](https://adress)",
  directive: "rader som börjar med : eller ::: (direktiv och rutor) stöds inte. Skriv vanlig text, eller > för ett citat",
  footnote: "fotnoter ([^1]) stöds inte. Skriv källan i avsnittet Källa eller inom parentes i texten",
  other: (type: string) => `${type} stöds inte i texten. Använd stycken, rubriker, listor, länkar, tabeller och citat`,
} as const;

/** Picks the message for an HTML node by what it holds; any HTML is refused either way. */
function htmlMessage(value: string): string {
  // Stryker disable next-line MethodExpression: equivalent, the parser's HTML nodes start at the `<`; trimStart is a guard
  const html = value.trimStart();
  if (html.startsWith("<!--")) return nodeMessages.comment;
  const tag = /^<\/?([A-Za-z][\w:.-]*)/.exec(html)?.[1] ?? "";
  const lower = tag.toLowerCase();
  if (lower === "script") return nodeMessages.script;
  if (["iframe", "object", "embed", "frame", "frameset", "portal"].includes(lower)) return nodeMessages.embed;
  if (lower === "style" || /\sstyle\s*=/i.test(html)) return nodeMessages.style;
  if (/\son[a-z]+\s*=/i.test(html)) return nodeMessages.handler;
  if (lower === "svg" || lower === "math") return nodeMessages.vector;
  if (/^[A-Z]/.test(tag)) return nodeMessages.component;
  return nodeMessages.html;
}

function refusal(node: Nodes): string | undefined {
  switch (node.type) {
    case "html":
      return htmlMessage(node.value);
    case "comment" as Nodes["type"]:
      return nodeMessages.comment;
    case "image":
    case "imageReference":
      return nodeMessages.image;
    case "footnoteDefinition":
    case "footnoteReference":
      return nodeMessages.footnote;
    case "containerDirective":
    case "leafDirective":
      return nodeMessages.directive;
    case "textDirective":
      // A bare `:word` is shown as the text it is (the site turns it back into text);
      // with a [label] or {attributes} it would become an element.
      return node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0 ? nodeMessages.directive : undefined;
    default:
      return allowed.has(node.type) ? undefined : nodeMessages.other(node.type);
  }
}

export interface TextBlock {
  /** Line within the text where the block starts. */
  line: number;
  /** The block's text as a reader sees it: entities decoded, escapes and emphasis gone. */
  text: string;
}

export interface TreeCheck {
  findings: LimitFinding[];
  /** Links to the site's own pages, checked against the content once all files are read. */
  siteLinks: { line: number; target: SiteTarget }[];
  textBlocks: TextBlock[];
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

/** Blocks whose text is read as one piece, so a number split by emphasis or a line break is seen whole. */
const textBlockTypes = new Set(["paragraph", "heading", "tableCell", "code", "html", "definition"]);

function plainText(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, only literal nodes have a value, always a string, and join() drops undefined
    if ("value" in current && typeof current.value === "string") parts.push(current.value);
    if (current.type === "textDirective") parts.push(`:${current.name}`);
    if ((current.type === "link" || current.type === "definition") && current.url.startsWith("mailto:"))
      parts.push(` ${current.url.slice(7)} `);
    if ("children" in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
    if (current.type === "break") parts.push("\n");
  }
  return parts.join("");
}

/** 1 for a fenced code block, whose text starts on the line after its opening fence; 0 otherwise. */
function fenceLines(node: Nodes): number {
  if (node.type !== "code" || !node.position) return 0;
  const spanned = node.position.end.line - node.position.start.line + 1;
  return spanned > node.value.split("\n").length ? 1 : 0;
}

export function checkTree(root: Root): TreeCheck {
  const findings: LimitFinding[] = [];
  const siteLinks: TreeCheck["siteLinks"] = [];
  const textBlocks: TextBlock[] = [];
  let links = 0;
  let cells = 0;
  let tooDeep = false;
  const stack: { node: Nodes; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const message = refusal(node);
    if (message) findings.push({ line: lineOf(node), message });
    if (node.type === "link" || node.type === "definition") {
      if (++links === limits.links + 1) findings.push({ line: lineOf(node), message: limitMessages.links() });
      const verdict = checkLinkTarget(node.url);
      if (!verdict.ok) findings.push({ line: lineOf(node), message: verdict.message });
      else if (verdict.site) siteLinks.push({ line: lineOf(node), target: verdict.site });
    }
    if (node.type === "tableCell" && ++cells === limits.tableCells + 1)
      findings.push({ line: lineOf(node), message: limitMessages.tableCells() });
    if (textBlockTypes.has(node.type)) textBlocks.push({ line: lineOf(node) + fenceLines(node), text: plainText(node) });
    const nests = node.type === "list" || node.type === "blockquote" || node.type === "containerDirective";
    const childDepth = nests ? depth + 1 : depth;
    if (childDepth > limits.nestingDepth && !tooDeep) {
      tooDeep = true;
      findings.push({ line: lineOf(node), message: limitMessages.nestingDepth() });
    }
    if ("children" in node && !tooDeep) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, depth: childDepth });
    }
  }
  // The walk is depth-first in document order, so the blocks come in the order of their lines.
  return { findings, siteLinks, textBlocks };
}
