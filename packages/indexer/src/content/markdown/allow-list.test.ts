// The allow-list node by node: each construct a practice may use is accepted, each HTML
// element or attribute that would run code, embed or restyle a page gets its own message.
import { describe, expect, it } from "vitest";
import { checkMarkdown, limits } from "./index.js";
import type { Root } from "mdast";
import { checkTree, nodeMessages } from "./allow-list.js";
import { parseMarkdown } from "./parse.js";
import { linkMessages } from "./links.js";
import { limitMessages } from "./limits.js";

const findings = (...lines: string[]) => checkMarkdown(lines.join("\n")).findings.map((f) => `${f.line}: ${f.message}`);

describe("what a practice may write", () => {
  it("every allowed construct together is accepted", () => {
    expect(
      findings(
        "## Rubrik",
        "",
        "Ett stycke med *kursiv*, **fet**, ~~struken~~ och `kod`.  ",
        "Ny rad efter en hård radbrytning.",
        "",
        "- punkt",
        "1. numrerad",
        "",
        "> citat",
        "",
        "| a | b |",
        "|---|---|",
        "| 1 | 2 |",
        "",
        "```",
        "kod",
        "```",
        "",
        "---",
        "",
        "[länk](https://example.com) och [referens][r] och :ord i texten.",
        "",
        "[r]: https://example.com/r",
      ),
    ).toEqual([]);
  });

  it("the text as read, for the personal-data check: mailto addresses, :words and line breaks kept", () => {
    const { textBlocks } = checkMarkdown("Skriv till [oss](mailto:kalle.anka@flen.se) om :sak.  \nNästa rad.\n\n[r]: mailto:info@flen.se");
    expect(textBlocks).toEqual([
      { line: 1, text: "Skriv till  kalle.anka@flen.se oss om :sak.\nNästa rad." },
      { line: 4, text: " info@flen.se " },
    ]);
  });
});

describe("each refused HTML element or attribute has its message", () => {
  it.each([
    ["<frame src=x>", nodeMessages.embed],
    ["<frameset></frameset>", nodeMessages.embed],
    ["<portal src=x></portal>", nodeMessages.embed],
    ["<embed src=x>", nodeMessages.embed],
    ["<math><mi>x</mi></math>", nodeMessages.vector],
    ['<p STYLE = "color:red">x</p>', nodeMessages.style],
    ["<p\tonmouseover = x>x</p>", nodeMessages.handler],
    ["<p data-onclick=x>x</p>", nodeMessages.html],
    ["<p class=styled>x</p>", nodeMessages.html],
    ["</script>", nodeMessages.script],
    ["<x-widget>", nodeMessages.html],
    ["<Widget/>", nodeMessages.component],
    ["  <!-- kommentar -->", nodeMessages.comment],
    ["Text :abbr[FN] här.", nodeMessages.directive],
    ["Text :abbr{title=x} här.", nodeMessages.directive],
    ["::youtube", nodeMessages.directive],
    ["<?php echo 1; ?>", nodeMessages.html],
    ["<?x <Foo> ?>", nodeMessages.html],
    ["<fooBar>x</fooBar>", nodeMessages.html],
    ["[^1]: Fotnot.", nodeMessages.footnote],
  ])("%s", (markdown, message) => {
    expect(findings(markdown)).toEqual([`1: ${message}`]);
  });

  it("a link refused for its target, at its line", () => {
    expect(findings("Text.", "", "[x](ftp://example.com)")).toEqual([`3: ${linkMessages.scheme("ftp:")}`]);
  });
});

describe("bounds checked on the tree", () => {
  it("links up to the bound are fine; the one after is reported at its line, once", () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `[l](https://example.com/${i})`);
    expect(findings(...links(limits.links))).toEqual([]);
    expect(findings(...links(limits.links + 2))).toEqual([`${limits.links + 1}: ${limitMessages.links()}`]);
  });

  it("nesting by indentation: eight levels are fine, the ninth is reported once", () => {
    const list = (depth: number) => Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- nivå ${i}`);
    expect(findings(...list(limits.nestingDepth))).toEqual([]);
    expect(findings(...list(limits.nestingDepth + 3))).toEqual([`${limits.nestingDepth + 1}: ${limitMessages.nestingDepth()}`]);
  });
});

describe("the walk over the tree", () => {
  it("a footnote and its reference, each at its line", () => {
    expect(findings("Text[^1].", "", "[^1]: Fotnot.")).toEqual([`1: ${nodeMessages.footnote}`, `3: ${nodeMessages.footnote}`]);
  });

  it("only links to the site's pages are kept for the cross-check, at their lines", () => {
    expect(checkMarkdown("[a](https://example.com)\n[b](/kommun/flen) [c](mailto:a@b.se)").siteLinks).toEqual([
      { line: 2, target: expect.objectContaining({ id: "flen" }) },
    ]);
  });

  it("a web link's address is not part of the text as read; a mailto address is", () => {
    expect(checkMarkdown("[sidan](https://example.com/850709-9805)").textBlocks).toEqual([{ line: 1, text: "sidan" }]);
  });

  it("a node type it does not know is refused by name, at line 1 when it has no position", () => {
    const root = { type: "root", children: [{ type: "math", value: "x" }] } as unknown as Root;
    expect(checkTree(root).findings).toEqual([{ line: 1, message: nodeMessages.other("math") }]);
  });

  it("quotes count as levels, inside lists too", () => {
    const lines = ["- a", "  - b", "    - c", "      - d", `        ${"> ".repeat(5)}e`];
    expect(findings(...lines)).toEqual([`5: ${limitMessages.nestingDepth()}`]);
    expect(findings(...lines.slice(0, 4), `        ${"> ".repeat(4)}e`)).toEqual([]);
  });

  it("directive containers count as levels", () => {
    const nested = Array.from({ length: limits.nestingDepth + 1 }, (_, i) => `${":".repeat(3 + limits.nestingDepth - i)}d${i}`);
    const messages = checkTree(parseMarkdown(nested.join("\n"))).findings.map((f) => f.message);
    expect(messages).toContain(limitMessages.nestingDepth());
    const fewer = nested.slice(1);
    expect(checkTree(parseMarkdown(fewer.join("\n"))).findings.map((f) => f.message)).not.toContain(limitMessages.nestingDepth());
  });
});
