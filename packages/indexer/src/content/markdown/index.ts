// Contributed Markdown is data, not code. The body is parsed with the site's own Markdown
// parser and checked on that tree against an allow-list; bounds keep the parse itself cheap.
import { checkTextBounds } from "./limits.js";
import { parseMarkdown } from "./parse.js";
import { checkTree, type TreeCheck } from "./allow-list.js";

export type MarkdownCheck = TreeCheck;

/** Every problem in a Markdown body (the first on each line), the links to site pages, and the text as read. */
export function checkMarkdown(body: string): MarkdownCheck {
  const bounds = checkTextBounds(body);
  if (bounds.fatal) return { findings: bounds.findings, siteLinks: [], textBlocks: [] };
  let tree: TreeCheck;
  try {
    tree = checkTree(parseMarkdown(body));
  } catch {
    // The parser is iterative; this only guards against an input we did not foresee.
    return {
      findings: [...bounds.findings, { line: 1, message: "texten kan inte läsas som Markdown. Förenkla den och försök igen" }],
      siteLinks: [],
      textBlocks: [],
    };
  }
  const seen = new Set<number>();
  const findings = [...bounds.findings, ...tree.findings]
    .sort((a, b) => a.line - b.line)
    .filter((finding) => {
      if (seen.has(finding.line)) return false;
      seen.add(finding.line);
      return true;
    });
  return { ...tree, findings };
}

export { limits } from "./limits.js";
export { nodeMessages } from "./allow-list.js";
export { linkMessages } from "./links.js";
