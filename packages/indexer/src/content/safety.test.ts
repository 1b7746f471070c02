// Contributed Markdown is checked on the parser's own tree: every rule of the allow-list, every
// way around it that has been tried, and the bounds that keep one file from stalling a build.
import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile } from "./load.js";
import { linkMessages, nodeMessages } from "./markdown/index.js";
import { limitMessages, limits } from "./markdown/limits.js";
import { practiceFileLines } from "../../test/support/practice-file.js";

const frontmatter = practiceFileLines({
  summary: "Ett exempel som finns för att pröva att osäker Markdown stoppas.",
  body: ["", "## Vad är det?", ""],
});
/** The line in the file of the first body line after the frontmatter above. */
const FIRST = frontmatter.length + 1;

const checkBody = (lines: string[]) =>
  checkFile(
    "content/practices/exempel.md",
    [...frontmatter, "Vanlig text först.", "", ...lines, "", "Vanlig text sist.", ""].join("\n"),
    validatePractice,
  ).problems;
/** Problems as `LINE: message`, lines counted from the first line of `lines`. */
const problemsIn = (...lines: string[]) => checkBody(lines).map((p) => `${p.line - FIRST - 2}: ${p.field}: ${p.message}`);

describe("the allow-list: each refused construct has its own message, at its line", () => {
  it.each([
    ["script", "<script>alert(1)</script>", nodeMessages.script],
    ["script, upper case", "<SCRIPT src=https://example.com/x.js></SCRIPT>", nodeMessages.script],
    ["iframe", '<iframe src="https://example.com"></iframe>', nodeMessages.embed],
    ["object", '<object data="x.swf"></object>', nodeMessages.embed],
    ["style element", "<style>body { display: none }</style>", nodeMessages.style],
    ["style attribute", '<a href="https://evil.example" style="position:fixed;inset:0">Logga in igen</a>', nodeMessages.style],
    ["onerror attribute", "<img src=x onerror=alert(1)>", nodeMessages.handler],
    ["onclick on a link", '<a href="https://example.com" onclick="steal()">länk</a>', nodeMessages.handler],
    ["SVG", '<svg><animate attributeName="href" to="javascript:alert(1)"/></svg>', nodeMessages.vector],
    ["JSX component", "<Foo bar={1} />", nodeMessages.component],
    ["raw HTML", "<div>text</div>", nodeMessages.html],
    ["inline HTML", "Text med <b>fetstil</b> i HTML.", nodeMessages.html],
    ["HTML comment", "<!-- dold text -->", nodeMessages.comment],
    ["image", "![d](https://example.com/bild.png)", nodeMessages.image],
    ["image from the build machine", "![d](../../../../../../../../proc/self/environ)", nodeMessages.image],
    ["reference image", "![d][bild]\n\n[bild]: https://example.com/bild.png", nodeMessages.image],
    ["container directive", ":::danger\nVarning\n:::", nodeMessages.directive],
    ["leaf directive", "::youtube[Video]{vid=01ab2cd3efg}", nodeMessages.directive],
    ["text directive with attributes", "Se :abbr[FN]{title=x} här.", nodeMessages.directive],
    ["footnote", "Text[^1].\n\n[^1]: Fotnot.", nodeMessages.footnote],
    ["javascript: link", "[Klicka här](javascript:alert(1))", linkMessages.script],
    ["javascript: link, mixed case", "[Klicka här](JaVaScRiPt:alert(1))", linkMessages.script],
    ["javascript: link with a tab in the scheme", "[x](java&#9;script:alert(1))", linkMessages.script],
    ["javascript: reference definition", "[x]: javascript:alert(1)", linkMessages.script],
    ["vbscript: link", "[x](vbscript:msgbox(1))", linkMessages.script],
    ["data: HTML link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", linkMessages.script],
    ["file: link", "[x](file:///etc/passwd)", linkMessages.scheme("file:")],
    ["relative file", "[bilaga](../../package-lock.json)", linkMessages.file],
    ["git config", "[konfig](../../.git/config)", linkMessages.file],
    ["bare file name", "[x](bilaga.pdf)", linkMessages.file],
    ["protocol-relative", "[x](//evil.example/x)", linkMessages.file],
    ["anchor", "[x](#vad-ar-det)", linkMessages.anchor],
    ["unknown site page", "[x](/assets/files/x.json)", linkMessages.unknownPage("/assets/files/x.json")],
    ["http without host", "[x](https:relative)", linkMessages.noHost],
    ["mailto without address", "[x](mailto:)", linkMessages.mail],
  ])("%s", (_name, markdown, message) => {
    const problems = checkBody(markdown.split("\n"));
    expect(problems.map((p) => p.message)).toContain(message);
    expect(problems.find((p) => p.message === message)).toMatchObject({
      file: "content/practices/exempel.md",
      field: "text",
      severity: "error",
    });
    expect(problems.every((p) => p.line >= FIRST + 2 && p.line < FIRST + 2 + markdown.split("\n").length)).toBe(true);
  });
});

describe("ways around a pattern-based check are closed on the parser's tree", () => {
  it("an empty comment <!--> does not hide the next line", () => {
    expect(problemsIn("<!-->", "", "<svg><set attributeName=href to=javascript:alert(1) /></svg>")).toEqual([
      `0: text: ${nodeMessages.comment}`,
      `2: text: ${nodeMessages.vector}`,
    ]);
  });

  it("an escaped backtick does not open a code span", () => {
    expect(problemsIn("\\` <img src=x onerror=alert(1)> `")).toEqual([`0: text: ${nodeMessages.handler}`]);
  });

  it("a fence whose info string holds a backtick is no fence", () => {
    expect(problemsIn("```js`", "<script>alert(1)</script>")).toEqual([`1: text: ${nodeMessages.script}`]);
  });

  it("HTML inside a list, a quote or a table cell is found at its line", () => {
    expect(problemsIn("- punkt", "  - <b>x</b>", "", "> citat <i>y</i>", "", "| a | b |", "|---|---|", "| <u>z</u> | 1 |")).toEqual([
      `1: text: ${nodeMessages.html}`,
      `3: text: ${nodeMessages.html}`,
      `7: text: ${nodeMessages.html}`,
    ]);
  });
});

describe("what renders as plain text is accepted", () => {
  it("code spans and code blocks, whatever they hold", () => {
    expect(problemsIn("Skriv aldrig `<script>` eller `{x}` i en text.", "", "```html", "<script>alert(1)</script>", "```")).toEqual([]);
  });

  it("MDX-looking text, which the site compiles as CommonMark", () => {
    expect(
      problemsIn(
        "import Foo from './foo'",
        "",
        "Summan är {1 + 1}.",
        "",
        "Klockan 10:30 börjar vi.",
        "",
        "<Tabs.Item>x</Tabs.Item>",
        "",
        "::error file=x::hej",
      ),
    ).toEqual([]);
  });

  it("ordinary Markdown, web and e-mail links and links to the site's pages", () => {
    expect(
      problemsIn(
        "Läs mer på [Migrationsverket](https://www.migrationsverket.se) om **asyl** och *etablering* – 37 §.",
        "",
        "Se [språkvännerna](/praktik/flen-sprakvanner), [Flen](/kommun/flen), [sök](/sok?q=bostad) eller skriv till <integration@flen.se>.",
        "",
        "| Kommun | Antal |",
        "|---|---|",
        "| Flen | 12 |",
      ),
    ).toEqual([]);
  });
});

describe("bounds: one file cannot stall validation or the build", () => {
  it("a 300 KB line is refused in well under a second", () => {
    const started = performance.now();
    const problems = checkBody(["a".repeat(300_000)]);
    const elapsed = performance.now() - started;
    expect(problems).toEqual([expect.objectContaining({ line: 1, field: "fil", message: expect.stringContaining("filen är för lång") })]);
    expect(elapsed).toBeLessThan(1000);
  });

  it("refuses a line longer than the limit", () => {
    expect(problemsIn("x".repeat(limits.lineCharacters + 1))).toEqual([
      `0: text: ${limitMessages.lineCharacters(limits.lineCharacters + 1)}`,
    ]);
  });

  it("refuses a paragraph full of emphasis marks before parsing it", () => {
    expect(
      problemsIn(
        "*a_"
          .repeat(2_000)
          .match(/.{1,2000}/g)!
          .join("\n"),
      ),
    ).toEqual([`0: text: ${limitMessages.emphasisMarks()}`]);
  });

  it("refuses deep nesting without overflowing the stack", () => {
    expect(problemsIn(`${"> ".repeat(1_000)}text`)).toEqual([`0: text: ${limitMessages.nestingDepth()}`]);
    const list = Array.from({ length: 20 }, (_, depth) => `${"  ".repeat(depth)}- nivå ${depth}`);
    expect(problemsIn(...list)).toEqual([`8: text: ${limitMessages.nestingDepth()}`]);
  });

  it("refuses too many links and too large tables", () => {
    expect(problemsIn(...Array.from({ length: limits.links + 1 }, (_, i) => `[l](https://example.com/${i})`))).toContain(
      `${limits.links}: text: ${limitMessages.links()}`,
    );
    const row = `|${" x |".repeat(50)}`;
    const table = [row, `|${"---|".repeat(50)}`, ...Array.from({ length: 25 }, () => row)];
    // 50 cells a row: cell number 1 001 is in the 21st row, the 22nd line of the table.
    expect(problemsIn(...table)).toContain(`21: text: ${limitMessages.tableCells()}`);
  });
});
