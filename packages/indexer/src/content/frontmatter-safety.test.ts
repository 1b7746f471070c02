// Frontmatter that would pass a lenient reader but break the site build, a file format or a terminal.
import { describe, expect, it } from "vitest";
import { MAX_ID_LENGTH, textSafetyMessages, validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile } from "./load.js";
import { formatProblem } from "./problem.js";
import { practiceFileLines } from "../../test/support/practice-file.js";

const file = "content/practices/exempel.md";
const check = (lines: string[], name = file) => checkFile(name, `${lines.join("\n")}\n`, validatePractice);
const withLine = (find: string, replace: string) =>
  practiceFileLines({ body: ["", "Text."] }).map((line) => (line.startsWith(find) ? replace : line));

describe("frontmatter strings", () => {
  it.each([
    ["a control character", 'title: "Ett exempel\\u0007 med klocka"'],
    ["a newline that starts a CI command", 'title: "Ett exempel\\n::error file=x::falskt fel"'],
    ["a terminal escape sequence", 'title: "Ett exempel \\e[31mrött"'],
    ["a bidirectional override", 'title: "Ett exempel \\u202e gnirts"'],
  ])("refuses %s, at the field's line", (_name, line) => {
    expect(check(withLine("title:", line)).problems.map(formatProblem)).toEqual([`${file}:3: title: ${textSafetyMessages.control}`]);
  });

  it("refuses a lone surrogate", () => {
    expect(check(withLine("title:", 'title: "Ett exempel \\ud800 halvt"')).problems.map(formatProblem)).toEqual([
      `${file}:3: title: ${textSafetyMessages.surrogate}`,
    ]);
  });

  it("refuses YAML tags, which other YAML readers in the build reject", () => {
    expect(check(withLine("title:", "title: !!binary SGVq")).problems.map(formatProblem)).toEqual([
      `${file}:3: fil: YAML-taggar som !!binary eller !namn stöds inte; skriv värdet som vanlig text, eventuellt inom citattecken`,
    ]);
    expect(check(withLine("title:", "title: !egen Ett exempel")).problems).toHaveLength(1);
  });

  it("refuses an id longer than the limit", () => {
    const id = `flen-${"a".repeat(MAX_ID_LENGTH)}`;
    const problems = check(withLine("id:", `id: ${id}`), `content/practices/${id}.md`).problems.map(formatProblem);
    expect(problems).toEqual([`content/practices/${id}.md:2: id: är för långt: högst ${MAX_ID_LENGTH} tecken`]);
  });

  it("explains what replaced lastReviewed", () => {
    const lines = practiceFileLines({ extra: ["lastReviewed: 2026-11-28"], body: ["", "Text."] });
    const problems = check(lines).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 15, field: "lastReviewed" });
    expect(problems[0]?.message).toContain("asOf:");
    expect(problems[0]?.message).toContain("confirmed:");
  });
});

describe("Windows line endings", () => {
  it("accept a valid file saved with CRLF, with the same line numbers", () => {
    const lines = practiceFileLines({ body: ["", "Text med <b>HTML</b>."] });
    const crlf = checkFile(file, `${lines.join("\r\n")}\r\n`, validatePractice);
    const lf = checkFile(file, `${lines.join("\n")}\n`, validatePractice);
    expect(crlf.problems.map(formatProblem)).toEqual(lf.problems.map(formatProblem));
    expect(crlf.problems.map((p) => p.line)).toEqual([lines.length]);
  });
});
