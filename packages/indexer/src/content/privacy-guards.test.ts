// Each test here guards one part of the personal-data rule: it fails when that part is taken out
// (entity decoding, the exact line inside a block, numeric frontmatter values, table cells, code).
import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile } from "./check-file.js";
import { formatProblem } from "./problem.js";
import { findPrivateData, personalIdentityNumbers, privacyIssues, privacyMessages } from "./privacy.js";
import { practiceFileLines } from "../../test/support/practice-file.js";

/** 850709-9805 is a valid personal identity number (date and check digit). */
const NUMBER = "850709-9805";

const FILE = "content/practices/sodermanlands-lan/exempel.md";
const head = (extra: string[] = []) => practiceFileLines({ extra, body: ["", "## Vad är det?", ""] });
/** Problems as `file:line: field: message`, and the file line of body line `n` (1-based). */
function check(body: string[], extra: string[] = []) {
  const lines = head(extra);
  const problems = checkFile(FILE, [...lines, ...body, ""].join("\n"), validatePractice).problems.map(formatProblem);
  return { problems, at: (n: number) => `${FILE}:${lines.length + n}` };
}

describe("entities are read as the characters they stand for", () => {
  it.each([
    ["a decimal entity", "850709&#45;9805"],
    ["a hex entity", "850709&#x2D;9805"],
    ["a hex entity in upper case", "850709&#X2d;9805"],
    ["a named entity", "850709&minus;9805"],
    ["digits as entities", "&#56;&#53;0709-9805"],
  ])("a personal identity number with %s", (_name, written) => {
    expect(personalIdentityNumbers(`Kontakt: ${written}.`)).toHaveLength(1);
    expect(privacyIssues(`Kontakt: ${written}.`)).toEqual([{ message: privacyMessages.personnummer, severity: "error" }]);
  });

  it("in a frontmatter value, where no Markdown parser decodes it", () => {
    const { problems } = check(["Text."], ['partners: ["Anhörig 850709&#45;9805"]']);
    expect(problems).toEqual([`${FILE}:15: partners[0]: ${privacyMessages.personnummer}`]);
  });

  it("an entity that is no character, or that is unknown, is left as it is", () => {
    for (const written of ["850709&#0;9805", "850709&#x110000;9805", "850709&bogus;9805", "850709&#9999999;9805"])
      expect(personalIdentityNumbers(written)).toEqual([]);
  });
});

describe("the problem names the exact line, inside a block", () => {
  it("a number on the third line of a paragraph", () => {
    const { problems, at } = check(["Första raden i stycket,", "andra raden,", `tredje raden med ${NUMBER}.`]);
    expect(problems).toEqual([`${at(3)}: text: ${privacyMessages.personnummer}`]);
  });

  it("an address and a mobile number further down a paragraph", () => {
    const { problems, at } = check(["Stycket börjar här", "och fortsätter,", "kalle.anka@flen.se", "och till sist 070-123 45 67."]);
    expect(problems).toEqual([`${at(3)}: text: varning: ${privacyMessages.email}`, `${at(4)}: text: varning: ${privacyMessages.phone}`]);
  });

  it("two numbers in one paragraph, each at its own line", () => {
    const { problems, at } = check(["Första:", NUMBER, "och andra:", "19121212-1212"]);
    expect(problems).toEqual([`${at(2)}: text: ${privacyMessages.personnummer}`, `${at(4)}: text: ${privacyMessages.personnummer}`]);
  });

  it("a number in a list item under a heading", () => {
    const { problems, at } = check(["- första punkten", "- andra punkten", `  fortsätter med ${NUMBER}`]);
    expect(problems).toEqual([`${at(3)}: text: ${privacyMessages.personnummer}`]);
  });
});

describe("every place a number can be written is read", () => {
  it("a numeric frontmatter value (figures[].value)", () => {
    const { problems } = check(["Text."], ["figures:", "  - label: Deltagare", "    value: 8507099805", "    year: 2017"]);
    expect(problems).toContain(`${FILE}:17: figures[0].value: ${privacyMessages.personnummer}`);
  });

  it("a table cell, at the row's line", () => {
    const { problems, at } = check(["| År | Kontakt |", "|---|---|", "| 2016 | ingen |", `| 2017 | ${NUMBER} |`]);
    expect(problems).toEqual([`${at(4)}: text: ${privacyMessages.personnummer}`]);
  });

  it("a fenced code block, at the line inside it", () => {
    const { problems, at } = check(["```", "rad ett", NUMBER, "```"]);
    expect(problems).toEqual([`${at(3)}: text: ${privacyMessages.personnummer}`]);
  });

  it("an indented code block, at its line", () => {
    const { problems, at } = check(["Stycke.", "", "    kod", `    ${NUMBER}`]);
    expect(problems).toEqual([`${at(4)}: text: ${privacyMessages.personnummer}`]);
  });

  it("a code span inside a paragraph", () => {
    const { problems, at } = check([`Numret \`${NUMBER}\` står i koden.`]);
    expect(problems).toEqual([`${at(1)}: text: ${privacyMessages.personnummer}`]);
  });

  it("a heading and a link's address", () => {
    const { problems, at } = check([`## Kontakt ${NUMBER}`, "", "[skriv](mailto:kalle.anka@flen.se)"]);
    expect(problems).toEqual([`${at(1)}: text: ${privacyMessages.personnummer}`, `${at(3)}: text: varning: ${privacyMessages.email}`]);
  });
});

describe("each way of writing a dash, space or plus between the groups", () => {
  it.each([
    ["&nbsp;", "850709&nbsp;9805"],
    ["&ndash;", "850709&ndash;9805"],
    ["&mdash;", "850709&mdash;9805"],
    ["&minus;", "850709&minus;9805"],
    ["&hyphen;", "850709&hyphen;9805"],
    ["&nbhy;", "850709&nbhy;9805"],
    ["&period;", "850709&period;9805"],
    ["&NDASH; in capitals", "850709&NDASH;9805"],
    ["&plus; (over a hundred years old)", "121212&plus;1212"],
    ["three characters", "850709 - 9805"],
    ["a soft hyphen", "850709\u00ad-9805"],
    ["a right-to-left mark", "850709\u200f-9805"],
    ["a word joiner", "850709\u2060-9805"],
    ["a byte order mark", "850709\ufeff-9805"],
    ["an escaped dot", "850709\\.9805"],
    ["struck through digits", "~~850709~~-9805"],
    ["code around digits", "`850709`-9805"],
    ["underscores around digits", "__850709__-9805"],
    ["twelve digits in groups", "1985 07 09 9805"],
    ["emphasis marks after a dash", "850709-**9805"],
  ])("%s", (_name, written) => {
    expect(personalIdentityNumbers(`Nummer ${written} här`)).toHaveLength(1);
  });

  it.each([
    ["four characters between the groups", "850709 -- 9805"],
    ["an ampersand entity", "850709&amp;9805"],
    ["a letter between", "850709a9805"],
    ["a word after the entity's name", "850709&ndashx;9805"],
  ])("not with %s", (_name, written) => {
    expect(personalIdentityNumbers(`Nummer ${written} här`)).toEqual([]);
  });

  it("two numbers next to each other are two, the first one whole", () => {
    expect(personalIdentityNumbers("850709-9805 19121212-1212")).toEqual(["850709-9805", "19121212-1212"]);
    expect(personalIdentityNumbers("2017 850709-9805")).toEqual(["850709-9805"]);
  });
});

describe("escapes are read as what they escape", () => {
  it("an escaped dot in an address is a dot", () => {
    expect(privacyIssues("Mejla anna\\.svensson@flen.se")).toEqual([{ message: privacyMessages.email, severity: "warning" }]);
  });
});

describe("what is reported once", () => {
  it("one kind of issue in one text is one issue, however many times it occurs", () => {
    expect(privacyIssues(`${NUMBER} och 19121212-1212, kalle.anka@flen.se och anna.berg@flen.se`)).toEqual([
      { message: privacyMessages.personnummer, severity: "error" },
      { message: privacyMessages.email, severity: "warning" },
    ]);
  });

  it("two numbers on one table row are one problem at that line; on two rows, two", () => {
    const { problems, at } = check(["| a | b |", "|---|---|", `| ${NUMBER} | 19121212-1212 |`, "| x | 19121212-1212 |"]);
    expect(problems).toEqual([`${at(3)}: text: ${privacyMessages.personnummer}`, `${at(4)}: text: ${privacyMessages.personnummer}`]);
  });
});

describe("findPrivateData on frontmatter values", () => {
  const lineOf = (path: readonly (string | number)[]) => path.length;
  const found = (data: Record<string, unknown>) => findPrivateData(data, [], 1, lineOf).map((f) => `${f.line} ${f.field} ${f.message}`);

  it("strings, numbers and big integers, at their field", () => {
    expect(found({ a: { b: [NUMBER] } })).toEqual([`3 a.b[0] ${privacyMessages.personnummer}`]);
    expect(found({ value: 8507099805 })).toEqual([`1 value ${privacyMessages.personnummer}`]);
    expect(found({ value: 8507099805n })).toEqual([`1 value ${privacyMessages.personnummer}`]);
    expect(found({ when: new Date("2017-09-06"), yes: true, none: null })).toEqual([]);
  });

  it("down to 64 levels, and no deeper, in objects and in lists", () => {
    const nest = (levels: number): unknown => (levels === 0 ? NUMBER : { x: nest(levels - 1) });
    expect(found({ x: nest(63) })).toHaveLength(1);
    expect(found({ x: nest(64) })).toEqual([]);
    const list = (levels: number): unknown => (levels === 0 ? NUMBER : [list(levels - 1)]);
    expect(found({ x: list(63) })).toHaveLength(1);
    expect(found({ x: list(64) })).toEqual([]);
  });

  it("a body problem is in the field `text` unless another is named", () => {
    const blocks = [{ line: 2, text: `rad\n${NUMBER}` }];
    expect(findPrivateData({}, blocks, 10, lineOf)).toEqual([
      { line: 12, field: "text", message: privacyMessages.personnummer, severity: "error" },
    ]);
    expect(findPrivateData({}, blocks, 10, lineOf, "brödtext")[0]!.field).toBe("brödtext");
  });
});
