// Markdown that slipped past validation still reaches the page inert: run it through the
// same steps as Docusaurus' CommonMark pipeline (remark → rehype → rehype-raw) and then
// our plugin, and look at what would be rendered.
import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeRaw from "rehype-raw";
import rehypeInert from "../src/plugins/rehype-inert";

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

function render(markdown: string): Node[] {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeInert);
  const tree = processor.runSync(processor.parse(markdown)) as Node;
  const elements: Node[] = [];
  const walk = (node: Node) => {
    if (node.type === "element") elements.push(node);
    node.children?.forEach(walk);
  };
  walk(tree);
  return elements;
}

describe("rehype-inert", () => {
  it.each([
    ["<script>alert(1)</script>", "script"],
    ["<style>body { display: none }</style>", "style"],
    ['<iframe src="https://example.com"></iframe>', "iframe"],
    ['<object data="x.swf"></object>', "object"],
    ['<form action="https://example.com"><input></form>', "form"],
  ])("removes %s", (markdown, tag) => {
    expect(render(`Text.\n\n${markdown}\n\nMer text.`).map((e) => e.tagName)).not.toContain(tag);
  });

  it("strips event handlers", () => {
    const img = render('<img src="x.png" onerror="alert(1)" onLoad="alert(2)">').find((e) => e.tagName === "img");
    expect(img).toBeDefined();
    expect(Object.keys(img!.properties ?? {}).filter((name) => /^on/i.test(name))).toEqual([]);
  });

  it.each(["javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>"])(
    "drops the link target %j",
    (url) => {
      const link = render(`<a href="${url}">klicka</a>`).find((e) => e.tagName === "a");
      expect(link?.properties?.href).toBeUndefined();
    },
  );

  it("keeps ordinary Markdown and makes external links safe", () => {
    const elements = render("## Rubrik\n\n[Länsstyrelsen](https://www.lansstyrelsen.se) och [ett exempel](/praktik/flen-sprakvanner).");
    expect(elements.map((e) => e.tagName)).toEqual(["h2", "p", "a", "a"]);
    const [external, internal] = elements.filter((e) => e.tagName === "a");
    expect(external!.properties).toMatchObject({ href: "https://www.lansstyrelsen.se", rel: ["noopener", "noreferrer"] });
    expect(internal!.properties).toEqual({ href: "/praktik/flen-sprakvanner" });
  });
});
