// A practice's body as its page shows it (plugins/practices/body.ts): anchors that keep the
// addresses the docs plugin gave them, a table of contents, and nothing from the Markdown
// that could run, style or embed anything, even if it got past `kb validate`.
import { describe, expect, it } from "vitest";
import { renderBody } from "../src/plugins/practices/body";

describe("a practice body", () => {
  it("gives headings the docs plugin's anchors, a # link each, and lists them for the table of contents", async () => {
    const { html, toc } = await renderBody("## Vad är det?\n\nText.\n\n## Att tänka på\n\n## Att tänka på\n\n### Små steg");
    expect(toc.map(({ id, level }) => [id, level])).toEqual([
      ["vad-är-det", 2],
      ["att-tänka-på", 2],
      ["att-tänka-på-1", 2],
      ["små-steg", 3],
    ]);
    expect(toc[0]!.value).toBe("Vad är det?");
    expect(html).toContain(
      '<h2 class="anchor" id="vad-är-det">Vad är det?<a href="#vad-är-det" class="hash-link" aria-label="Direktlänk till Vad är det?" title="Direktlänk till Vad är det?" translate="no">',
    );
  });

  it("drops a leading # title, which the page already shows from the frontmatter", async () => {
    const { html } = await renderBody("# Rubrik\n\n## Vad är det?\n\nText.");
    expect(html).not.toContain("<h1");
    expect(html).toContain("<p>Text.</p>");
  });

  it("keeps tables, lists, quotes and links, and opens links to other sites safely", async () => {
    const { html } = await renderBody(
      "| Kommun | Antal |\n|---|---|\n| Flen | 3 |\n\n- ett\n- två\n\n> citat\n\n[Flen](https://www.flen.se) och [exemplet](/praktik/flen-sprakvanner)",
    );
    expect(html).toMatch(/<table>[\s\S]*<td>Flen<\/td>[\s\S]*<\/table>/);
    expect(html).toContain("<li>två</li>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain('<a href="https://www.flen.se" rel="noopener noreferrer">Flen</a>');
    expect(html).toContain('<a href="/praktik/flen-sprakvanner">exemplet</a>');
  });

  it("publishes no HTML, script, handler, image or javascript: link written in the Markdown", async () => {
    const { html, toc } = await renderBody(
      [
        '## Rubrik <img src=x onerror="alert(1)">',
        "<script>alert(1)</script>",
        '<iframe src="https://evil.example"></iframe>',
        "![bild](https://evil.example/x.png)",
        "[klick](javascript:alert(1))",
        '<a href="/praktik/x" onclick="alert(1)">länk</a>',
        "<style>body{display:none}</style>",
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<script|<iframe|<style|<img|\son[a-z]+=|javascript:/i);
    expect(toc[0]!.value).not.toContain("<img");
  });
});
