// Hostile bodies are refused on the raw text, before the Markdown parser sees them: each of
// these took the parser from seconds to minutes, and each is reported at its file:line in Swedish.
import { describe, expect, it, vi } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { practiceFileLines } from "../../../test/support/practice-file.js";
import { checkFile } from "../check-file.js";
import { checkTextBounds, leadingMarks, limitMessages, limits } from "./limits.js";
import * as parse from "./parse.js";

vi.mock("./parse.js", { spy: true });

const BODY_BEFORE = ["", "## Vad är det?", ""];
const head = practiceFileLines({ body: BODY_BEFORE });
/** The file line of the body line `n` (1-based) after the heading above. */
const fileLine = (n: number) => head.length + n;

function check(bodyLines: string[]) {
  vi.mocked(parse.parseMarkdown).mockClear();
  const { problems } = checkFile("content/practices/sodermanlands-lan/exempel.md", [...head, ...bodyLines].join("\n"), validatePractice);
  return {
    problems: problems.map((p) => `${p.line}: ${p.field}: ${p.message}`),
    parsed: vi.mocked(parse.parseMarkdown).mock.calls.length > 0,
  };
}

const repeat = (times: number, ...lines: string[]) => Array.from({ length: times }, () => lines).flat();

describe("hostile files are refused before parsing, at the line that breaks the bound", () => {
  it("40 KB of '- > ' lines (a list item holding a quote, 10 000 times)", () => {
    const body = repeat(10_000, "- > ");
    expect(body.join("\n").length).toBeGreaterThan(40_000);
    const { problems, parsed } = check(body);
    expect(parsed).toBe(false);
    expect(problems).toEqual([
      `${fileLine(limits.structureMarks / 2 + 1)}: text: ${limitMessages.structureMarks()}`,
      `${fileLine(limits.lines + 1 - BODY_BEFORE.length)}: text: ${limitMessages.lines()}`,
    ]);
  });

  it("alternating '> ' and '- ' lines, each a new quote or list", () => {
    const { problems, parsed } = check(repeat(3_000, "> - a", "- > b"));
    expect(parsed).toBe(false);
    expect(problems[0]).toBe(`${fileLine(limits.structureMarks / 2 + 1)}: text: ${limitMessages.structureMarks()}`);
  });

  it("a list with a sublist in every item, which reads as ordinary Markdown", () => {
    const { problems, parsed } = check(repeat(500, "- punkt", "  - underpunkt"));
    expect(parsed).toBe(false);
    expect(problems).toEqual([`${fileLine(limits.structureMarks + 1)}: text: ${limitMessages.structureMarks()}`]);
  });

  it("quotes nested a thousand deep on one line", () => {
    const { problems, parsed } = check(["Först ett stycke.", "", `${"> ".repeat(1_000)}text`]);
    expect(parsed).toBe(false);
    expect(problems).toEqual([`${fileLine(3)}: text: ${limitMessages.nestingDepth()}`]);
  });

  it("lists and quotes nine deep on one line, but not eight", () => {
    expect(check([`${"- ".repeat(limits.nestingDepth)}x`]).parsed).toBe(true);
    const { problems, parsed } = check(["", `${"> - ".repeat(5).trim()} x`]);
    expect(parsed).toBe(false);
    expect(problems).toEqual([`${fileLine(2)}: text: ${limitMessages.nestingDepth()}`]);
  });

  it("directive fences inside one another", () => {
    const { problems, parsed } = check(repeat(8_000, ":::a"));
    expect(parsed).toBe(false);
    expect(problems[0]).toBe(`${fileLine(limits.fences + 1)}: text: ${limitMessages.fences()}`);
  });

  it("one quote continued lazily by 20 000 lines", () => {
    const { problems, parsed } = check(["> citat", ...repeat(20_000, "b")]);
    expect(parsed).toBe(false);
    expect(problems[0]).toContain(`: text: ${limitMessages.lines()}`);
  });

  it("a line over the line bound, even alone", () => {
    const { problems, parsed } = check(["kort", "x".repeat(limits.lineCharacters + 1)]);
    expect(parsed).toBe(false);
    expect(problems).toEqual([`${fileLine(2)}: text: ${limitMessages.lineCharacters(limits.lineCharacters + 1)}`]);
  });

  it("a file over the size bound is refused whole, before the frontmatter is read", () => {
    const { problems, parsed } = check(repeat(3_000, "Ett stycke med tjugo tecken."));
    expect(parsed).toBe(false);
    expect(problems).toEqual([expect.stringMatching(/^1: fil: filen är för lång \(\d+\s\d{3} tecken, högst 60\s000\)/)]);
  });

  it("a file inside every bound is parsed and accepted", () => {
    const { problems, parsed } = check([...repeat(7, "- punkt", "  - underpunkt"), "", "> Ett citat.", "", "Slut."]);
    expect(parsed).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe("the raw count of list and quote markers", () => {
  it.each([
    ["- punkt", 1],
    ["  * punkt", 1],
    ["+\tpunkt", 1],
    ["12. punkt", 1],
    ["3) punkt", 1],
    ["-", 1],
    ["> citat", 1],
    [">citat", 1],
    ["> > - 1. text", 4],
    ["1234567890. inte en lista", 0],
    ["---", 0],
    ["-punkt", 0],
    ["*kursiv* text", 0],
    ["**fet**", 0],
    ["2017. Året då", 1],
    ["2017.5 procent", 0],
    ["text > inte citat", 0],
    ["", 0],
    ["\t- punkt", 1],
    ["-\tpunkt", 1],
    ["1.\tpunkt", 1],
    ["1.punkt", 0],
    ["123456789. nio siffror", 1],
    ["/. punkt", 0],
    [":. punkt", 0],
    ["0) punkt", 1],
    ["9) punkt", 1],
    ["1: punkt", 0],
    [". punkt", 0],
    [") punkt", 0],
    ["> - > - > - > - > - > x", limits.nestingDepth + 1],
  ])("%j has %i", (line, marks) => {
    expect(leadingMarks(line).marks).toBe(marks);
  });

  it("stops counting after the bound, and gives the rest of the line", () => {
    const { marks, rest } = leadingMarks(`${"> ".repeat(10_000)}x`);
    expect(marks).toBe(limits.nestingDepth + 1);
    expect(rest === ` ${"> ".repeat(10_000 - marks)}x`).toBe(true);
    expect(leadingMarks("> - :::a").rest).toBe(":::a");
  });

  it("a count may be asked for with another limit", () => {
    expect(leadingMarks("> > > x", 1)).toEqual({ marks: 2, rest: " > x" });
    expect(leadingMarks("> > > x", 5)).toEqual({ marks: 3, rest: "x" });
  });

  it("a blank line, also one with spaces, tabs or a carriage return, ends a paragraph's emphasis count", () => {
    for (const blank of ["", "  ", "\t", "\r"]) {
      expect(checkTextBounds(`${"*".repeat(150)}\n${blank}\n${"_".repeat(150)}`).fatal).toBe(false);
    }
    expect(checkTextBounds(`${"*".repeat(150)}\n x\n${"_".repeat(150)}`).fatal).toBe(true);
    expect(checkTextBounds(`${"*".repeat(limits.emphasisMarksPerBlock)}\n*`).findings).toEqual([
      { line: 1, message: limitMessages.emphasisMarks() },
    ]);
    expect(checkTextBounds(`${"*".repeat(201)}\n*\n\n${"_".repeat(201)}`).findings).toEqual([
      { line: 1, message: limitMessages.emphasisMarks() },
      { line: 4, message: limitMessages.emphasisMarks() },
    ]);
  });

  it("every bound broken is reported, each once", () => {
    const text = [
      "x".repeat(limits.lineCharacters + 1),
      "y".repeat(limits.lineCharacters + 2),
      ...Array(limits.fences + 2).fill(":::a"),
      `${"> ".repeat(limits.nestingDepth + 1)}x`,
      `${"> ".repeat(limits.nestingDepth + 1)}x`,
      ...Array(limits.structureMarks).fill("- x"),
    ].join("\n");
    const fences = 3 + limits.fences;
    expect(checkTextBounds(text)).toEqual({
      fatal: true,
      findings: [
        { line: 1, message: limitMessages.lineCharacters(limits.lineCharacters + 1) },
        { line: 2, message: limitMessages.lineCharacters(limits.lineCharacters + 2) },
        { line: fences, message: limitMessages.fences() },
        { line: fences + 2, message: limitMessages.nestingDepth() },
        // Each over-deep line counts the bound plus one; the list items from line fences + 4 count one each.
        { line: fences + 3 + (limits.structureMarks + 1 - 2 * (limits.nestingDepth + 1)), message: limitMessages.structureMarks() },
      ],
    });
  });

  it("a file at the size bound is read; one character more is refused whole", () => {
    expect(checkTextBounds("x\n".repeat(limits.fileCharacters / 2)).findings.map((f) => f.message)).not.toContain(
      limitMessages.fileCharacters(limits.fileCharacters),
    );
    expect(checkTextBounds(`${"x".repeat(limits.fileCharacters)}y`)).toEqual({
      fatal: true,
      findings: [{ line: 1, message: limitMessages.fileCharacters(limits.fileCharacters + 1) }],
    });
  });

  it("a text at each bound passes; one more is refused", () => {
    expect(checkTextBounds(Array(limits.structureMarks).fill("- x").join("\n")).fatal).toBe(false);
    expect(
      checkTextBounds(
        Array(limits.structureMarks + 1)
          .fill("- x")
          .join("\n"),
      ).fatal,
    ).toBe(true);
    expect(checkTextBounds(Array(limits.lines).fill("x").join("\n")).fatal).toBe(false);
    expect(checkTextBounds(`${Array(limits.lines).fill("x").join("\n")}\n`).fatal).toBe(false);
    // Lines past the bound are not read at all: a long line there is not reported.
    const longLast = [...Array(limits.lines).fill("x"), "y".repeat(limits.lineCharacters + 1)].join("\n");
    expect(checkTextBounds(longLast).findings).toEqual([{ line: limits.lines + 1, message: limitMessages.lines() }]);
    expect(
      checkTextBounds(
        Array(limits.lines + 1)
          .fill("x")
          .join("\n"),
      ).findings,
    ).toEqual([{ line: limits.lines + 1, message: limitMessages.lines() }]);
    expect(checkTextBounds(Array(limits.fences).fill(":::a").join("\n")).fatal).toBe(false);
    expect(
      checkTextBounds(
        Array(limits.fences + 1)
          .fill(":::a")
          .join("\n"),
      ).findings,
    ).toEqual([{ line: limits.fences + 1, message: limitMessages.fences() }]);
    expect(checkTextBounds("x".repeat(limits.lineCharacters)).fatal).toBe(false);
    expect(checkTextBounds("*".repeat(limits.emphasisMarksPerBlock)).fatal).toBe(false);
    expect(checkTextBounds(`a\n\n${"*".repeat(100)}\n${"_".repeat(101)}`).findings).toEqual([
      { line: 3, message: limitMessages.emphasisMarks() },
    ]);
    expect(checkTextBounds(`${"*".repeat(150)}\n\n${"_".repeat(150)}`).fatal).toBe(false);
  });
});
