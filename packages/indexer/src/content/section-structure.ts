// A practice's body is an optional introduction and then sections, each under one `## `
// heading at the start of a line (the headings of `kb new`'s template, `bodySections`, plus
// any the editors allow). The update form on /bidra splits a file at exactly those lines, so
// any other heading would put text in the wrong section when the file is opened again:
// a setext heading (a line of `---` or `===` under text), a section that appears twice, or a
// heading of another kind or inside a quote or a list. Checked on the same Markdown tree the
// site renders, so code blocks and the like never count as headings.
import type { Heading, Nodes, Root } from "mdast";
import { parseMarkdown } from "./markdown/parse.js";
import { bodySections } from "./new-practice.js";

/** A problem in a body, `line` counted from the body's first line (1-based). */
export interface SectionFinding {
  line: number;
  message: string;
}

/** The heading text of a line that starts a section, `## Heading` (a closing `#` run is allowed), else undefined. */
export function sectionHeadingOf(line: string): string | undefined {
  return /^## (.+?)\s*#*\s*$/.exec(line)?.[1];
}

const templateHeadings = new Set(bodySections.map((section) => section.heading));
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** "skriv den som `## Resultat`" when the text is one of the template's headings. */
const asSection = (text: string) =>
  templateHeadings.has(text) ? ` Menar du avsnittet ”${text}”, skriv rubriken som ## ${text} först på en egen rad.` : "";

const sectionMessages = {
  setext: (text: string) =>
    `raden med --- eller === under texten gör texten ovanför till en rubrik, som inte är ett av exemplets avsnitt. Lämna en tom rad före raden om du menar en linje.${asSection(text)}`,
  twice: (text: string, first: number) =>
    `avsnittet ”${text}” finns redan på rad ${first}. Varje avsnitt får bara finnas en gång; skriv texten under den första rubriken`,
  notSection: (text: string) =>
    `rubriken ”${text}” är inte en avsnittsrubrik: exemplen har bara rubriker som börjar med ## och ett mellanslag först på raden. Skriv texten som ett vanligt stycke.${asSection(text)}`,
  nested: () => "rubriker får inte stå i citat eller listor. Skriv texten som ett vanligt stycke",
  inText: (text: string) =>
    `raden blir en rubrik (”${text}”), men avsnittet har redan sin rubrik och texten skulle hamna i ett annat avsnitt. Ta bort # i början av raden, eller lämna en tom rad före --- om du menar en linje.${asSection(text)}`,
} as const;

/** The heading's words as a reader sees them. */
function headingText(node: Heading): string {
  const parts: string[] = [];
  const stack: Nodes[] = [...node.children].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    if ("value" in child && typeof child.value === "string") parts.push(child.value);
    if ("children" in child) stack.push(...[...child.children].reverse());
  }
  return parts.join("").trim();
}

/** Every heading in the tree with whether it stands directly in the body (not in a quote or a list). */
function headings(tree: Root): { node: Heading; topLevel: boolean }[] {
  const found: { node: Heading; topLevel: boolean }[] = [];
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node.type === "heading") found.push({ node, topLevel: depth === 1 });
    if ("children" in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return found.sort((a, b) => (a.node.position?.start.line ?? 0) - (b.node.position?.start.line ?? 0));
}

/** Headings in a practice's body that do not follow its section structure. */
export function checkSectionStructure(body: string): SectionFinding[] {
  const lines = body.split(/\r?\n/);
  const findings: SectionFinding[] = [];
  const seen = new Map<string, number>();
  for (const { node, topLevel } of headings(parseMarkdown(body))) {
    const start = node.position?.start.line ?? 1;
    const end = node.position?.end.line ?? start;
    const text = headingText(node);
    const line = lines[start - 1] ?? "";
    if (!ATX.test(line)) {
      findings.push({ line: end, message: sectionMessages.setext(text) });
      continue;
    }
    if (!topLevel) {
      findings.push({ line: start, message: sectionMessages.nested() });
      continue;
    }
    const heading = sectionHeadingOf(line);
    if (node.depth !== 2 || heading === undefined) {
      findings.push({ line: start, message: sectionMessages.notSection(text) });
      continue;
    }
    const first = seen.get(heading);
    if (first !== undefined) findings.push({ line: start, message: sectionMessages.twice(heading, first) });
    else seen.set(heading, start);
  }
  return findings;
}

/**
 * Headings in the text of one section as the form on /bidra holds it: there, every heading
 * is wrong, since the section's own heading is written by the form.
 */
export function checkSectionText(text: string): SectionFinding[] {
  const lines = text.split(/\r?\n/);
  return headings(parseMarkdown(text)).map(({ node }) => {
    const start = node.position?.start.line ?? 1;
    const end = node.position?.end.line ?? start;
    const words = headingText(node);
    return ATX.test(lines[start - 1] ?? "")
      ? { line: start, message: sectionMessages.inText(words) }
      : { line: end, message: sectionMessages.setext(words) };
  });
}
