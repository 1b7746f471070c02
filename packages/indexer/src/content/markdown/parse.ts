// Parses a Markdown body the way the site does: CommonMark with the syntax extensions that
// Docusaurus' Markdown loader enables (GFM, directives and its comment syntax). Checking the
// same tree that the site renders leaves no gap between what we validate and what we publish.
import remarkComment from "@slorber/remark-comment";
import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified, type Plugin } from "unified";

// The package's type declarations omit its `ast` option, which the code does support.
const remarkCommentNodes = remarkComment as unknown as Plugin<[{ ast: boolean }], Root>;

const processor = unified().use(remarkParse).use(remarkDirective).use(remarkGfm).use(remarkCommentNodes, { ast: true });

// `ast: true` keeps comments in the tree (the site drops them), so they can be refused.
export function parseMarkdown(body: string): Root {
  return processor.parse(body);
}
