import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile } from "./load.js";
import { formatProblem } from "./problem.js";
import { personalIdentityNumbers, privacyIssues, privacyMessages } from "./privacy.js";
import { practiceFileLines } from "../../test/support/practice-file.js";

describe("personal identity numbers", () => {
  it.each([
    ["19121212-1212", "the Tax Agency's test number, with century"],
    ["121212-1212", "without century"],
    ["191212121212", "twelve digits"],
    ["1212121212", "ten digits"],
    ["121212+1212", "over a hundred years old"],
    ["19900101-0017", "another valid one"],
    ["701063-2391", "a coordination number (day + 60)"],
  ])("finds %s (%s)", (number) => {
    expect(personalIdentityNumbers(`Kontakt: ${number}.`)).toEqual([number]);
  });

  it.each([
    ["19121212-1213", "wrong check digit"],
    ["19121312-1212", "no 13th month"],
    ["2017-09-12", "a date"],
    ["0484", "an SCB municipality code"],
    ["2010:1122", "an ordinance number"],
    ["1234567890123", "a longer number"],
  ])("leaves %s alone (%s)", (text) => {
    expect(personalIdentityNumbers(text)).toEqual([]);
  });
});

describe("privacyIssues", () => {
  const kinds = (text: string) => privacyIssues(text).map((issue) => `${issue.severity}: ${issue.message}`);

  it("warns on a firstname.lastname address but not on a function address", () => {
    expect(kinds("Mejla anna.svensson@flen.se")).toEqual([`warning: ${privacyMessages.email}`]);
    expect(kinds("Mejla åsa.öberg-lind@kommun.nykoping.se")).toEqual([`warning: ${privacyMessages.email}`]);
    expect(kinds("Mejla integration@flen.se eller info@eskilstuna.se")).toEqual([]);
  });

  it.each(["070-123 45 67", "0701234567", "073 123 45 67", "+46 70 123 45 67", "+4676-1234567"])(
    "warns on the mobile number %s",
    (phone) => {
      expect(kinds(`Ring ${phone}`)).toEqual([`warning: ${privacyMessages.phone}`]);
    },
  );

  it("leaves switchboard numbers, years and amounts alone", () => {
    expect(kinds("Ring växeln 0157-190 00 eller 08-123 456 78. Projektet fick 700 000 kronor 2017.")).toEqual([]);
  });
});

const practice = (frontmatterExtra: string, body: string) =>
  [
    ...practiceFileLines({
      summary: "Ett exempel som finns för att pröva kontrollen av personuppgifter.",
      extra: [frontmatterExtra],
      body: ["", body],
    }),
    "",
  ].join("\n");

describe("kb validate on personal data", () => {
  it("rejects a personal identity number in the frontmatter and in the body, with field and line", () => {
    const text = practice('partners: ["Anhörig 19121212-1212"]', "Första raden.\n\nEn deltagare, 121212-1212, berättar.");
    const result = checkFile("content/practices/exempel.md", text, validatePractice);
    expect(result.problems.map(formatProblem)).toEqual([
      `content/practices/exempel.md:15: partners[0]: ${privacyMessages.personnummer}`,
      `content/practices/exempel.md:24: text: ${privacyMessages.personnummer}`,
    ]);
    expect(result.problems.every((p) => p.severity === "error")).toBe(true);
  });

  it("warns, without failing, on a private e-mail address and a mobile number", () => {
    const text = practice("partners: []", "Frågor till kalle.anka@flen.se\nEller ring 070-123 45 67.");
    const result = checkFile("content/practices/exempel.md", text, validatePractice);
    expect(result.entry).toBeDefined();
    expect(result.problems.map(formatProblem)).toEqual([
      `content/practices/exempel.md:22: text: varning: ${privacyMessages.email}`,
      `content/practices/exempel.md:23: text: varning: ${privacyMessages.phone}`,
    ]);
  });
});

describe("personal identity numbers written to slip past a check", () => {
  // 850709-9805 is a valid number (check digit and date); each form renders as readable digits.
  it.each([
    ["with a space", "850709 9805"],
    ["in pairs", "85 07 09-98 05"],
    ["with an en dash", "850709–9805"],
    ["with a no-break space", "850709\u00a09805"],
    ["with a zero-width space", "850709\u200b-9805"],
    ["in full-width digits", "８５０７０９-９８０５"],
    ["with an HTML entity", "&#56;50709-9805"],
    ["with a named entity", "850709&ndash;9805"],
    ["with a backslash escape", "850709\\-9805"],
    ["with emphasis", "**850709**-9805"],
    ["with dots", "850709.9805"],
  ])("finds it %s in the body", (_name, number) => {
    const text = practice("partners: []", `En deltagare: ${number}.`);
    const result = checkFile("content/practices/exempel.md", text, validatePractice);
    expect(result.problems.map(formatProblem)).toEqual([`content/practices/exempel.md:22: text: ${privacyMessages.personnummer}`]);
  });

  it("finds one split over a line break, at the line where it starts", () => {
    const text = practice("partners: []", "Första raden.\n\nEn deltagare, 850709\n9805, berättar.");
    const result = checkFile("content/practices/exempel.md", text, validatePractice);
    expect(result.problems.map(formatProblem)).toEqual([`content/practices/exempel.md:24: text: ${privacyMessages.personnummer}`]);
  });

  it.each([
    ["with spaces in a partner", 'partners: ["Anhörig 850709 9805"]'],
    ["as full-width digits in a partner", 'partners: ["Anhörig ８５０７０９-９８０５"]'],
  ])("finds one %s", (_name, line) => {
    const text = practice(line, "Text.");
    expect(checkFile("content/practices/exempel.md", text, validatePractice).problems.map((p) => p.message)).toContain(
      privacyMessages.personnummer,
    );
  });

  it("leaves figures next to each other alone", () => {
    expect(personalIdentityNumbers("Kommuntalet var 135, 122 avräknade och 149 anvisade 2017 2018.")).toEqual([]);
    expect(personalIdentityNumbers("Ring växeln 0157-190 00 eller 08-123 456 78.")).toEqual([]);
  });
});

describe("private e-mail and mobile numbers, in more shapes", () => {
  const kinds = (text: string) => privacyIssues(text).map((issue) => issue.message);
  it.each(["anna_svensson@flen.se", "anna.svensson@flen.se"])("warns on %s", (address) => {
    expect(kinds(`Mejla ${address}`)).toEqual([privacyMessages.email]);
  });
  it.each(["0046 70 123 45 67", "0046701234567", "070.123.45.67", "+46 (0)70 123 45 67", "０７０-１２３ ４５ ６７"])(
    "warns on %s",
    (phone) => {
      expect(kinds(`Ring ${phone}`)).toEqual([privacyMessages.phone]);
    },
  );
});
