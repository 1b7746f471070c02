// Each test here guards one part of the personal-data rule: it fails when that part is taken out
// (entity decoding, the exact line inside a block, numeric frontmatter values, table cells, code).
import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile } from "./check-file.js";
import { formatProblem } from "./problem.js";
import { personalIdentityNumbers, privacyIssues, privacyMessages } from "./privacy.js";
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
