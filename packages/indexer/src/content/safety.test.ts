// Every unsafe construct issue 6 lists is rejected by `kb validate` (checkFile), on its line.
import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile } from "./load.js";
import { formatProblem } from "./problem.js";
import { practiceFileLines } from "../../test/support/practice-file.js";

const frontmatter = practiceFileLines({
  summary: "Ett exempel som finns för att pröva att osäker Markdown stoppas.",
  body: ["", "## Vad är det?", ""],
});
/** The line in the file of the first body line after the frontmatter above. */
const FIRST = frontmatter.length + 1;

const check = (line: string) => {
  const text = [...frontmatter, "Vanlig text först.", line, "Vanlig text sist.", ""].join("\n");
  return checkFile("content/practices/exempel.md", text, validatePractice).problems;
};

describe("unsafe Markdown is rejected with FILE:LINE", () => {
  it.each([
    ["script", "<script>alert(1)</script>"],
    ["script, upper case", "<SCRIPT src=https://example.com/x.js></SCRIPT>"],
    ["script, spaced", "< script >alert(1)</script>"],
    ["onerror attribute", '<img src="x" onerror="alert(1)">'],
    ["onerror without quotes", "<img src=x onerror=alert(1)>"],
    ["onclick on a link", '<a href="https://example.com" onclick="steal()">länk</a>'],
    ["javascript: link", "[Klicka här](javascript:alert(1))"],
    ["javascript: link, mixed case", "[Klicka här](JaVaScRiPt:alert(1))"],
    ["javascript: link, spaced", "[Klicka här]( javascript:alert(document.cookie) )"],
    ["javascript: autolink", "<javascript:alert(1)>"],
    ["javascript: reference link", "[x]: javascript:alert(1)"],
    ["vbscript: link", "[x](vbscript:msgbox(1))"],
    ["data: HTML link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["iframe", '<iframe src="https://example.com"></iframe>'],
    ["style", "<style>body { display: none }</style>"],
    ["MDX import", "import Foo from './foo'"],
    ["MDX export", "export const meta = 1"],
    ["JSX component", "<Foo bar={1} />"],
    ["JSX component with a dot", "<Tabs.Item>x</Tabs.Item>"],
    ["MDX expression", "Summan är {1 + 1}."],
    ["MDX expression calling code", "{globalThis.alert(1)}"],
    ["MDX comment", "{/* kommentar */}"],
    ["raw HTML", "<div>text</div>"],
  ])("%s", (_name, line) => {
    const problems = check(line);
    expect(problems.map(formatProblem)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/practices/exempel.md", line: FIRST + 1, field: "text", severity: "error" });
  });

  it("lets the same text through inside inline code and code blocks", () => {
    expect(check("Skriv aldrig `<script>` eller `{x}` i en text.")).toEqual([]);
    const fenced = [...frontmatter, "```", "<script>alert(1)</script>", "import x from 'y'", "```", ""].join("\n");
    expect(checkFile("content/practices/exempel.md", fenced, validatePractice).problems).toEqual([]);
  });

  it("lets ordinary Markdown and https links through", () => {
    expect(check("Läs mer på [Migrationsverket](https://www.migrationsverket.se) om **asyl** och *etablering* – 37 §.")).toEqual([]);
  });
});
