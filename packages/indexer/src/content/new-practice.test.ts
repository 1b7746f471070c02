import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { practiceId } from "@kunskapsbanken/domain";
import { checkFile } from "./load.js";
import { flagFor } from "../cli/new-flags.js";
import { checkAnswers, controlCharacterProblem, fieldProblem, renderPractice, type NewPracticeAnswers } from "./new-practice.js";

const answers: NewPracticeAnswers = {
  title: "Språkvän på gymnasiet: elever möts över klassgränserna",
  summary: "Gymnasieelever blir språkvänner med nyanlända elever i sprintklasser. Det ger fler tillfällen att tala svenska.",
  municipalities: ["strangnas"],
  topics: ["sprakvan", "skola"],
  targetGroups: ["barn-unga"],
  status: "avslutad",
  start: 2017,
  end: 2018,
  funding: ["paragraf-37"],
  role: "integrationssamordnare",
  organisation: "Strängnäs kommun",
  sourceDocument: "lansstyrelsen-sodermanland-2017",
  sourceSection: "Bilaga 2, Strängnäs kommun",
};

describe("renderPractice", () => {
  const id = practiceId(answers.title, "strangnas");
  const text = renderPractice(id, answers, "2026-11-28");

  it("writes a file that checkFile accepts, with only the template's TODO warnings", () => {
    const result = checkFile(`content/practices/${id}.md`, text, validatePractice);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.entry?.data).toMatchObject({
      id: "strangnas-sprakvan-pa-gymnasiet-elever-mots-over-klassgranserna",
      title: answers.title,
      period: { start: 2017, end: 2018 },
      asOf: "2026-11-28",
      sources: [{ document: "lansstyrelsen-sodermanland-2017", section: "Bilaga 2, Strängnäs kommun" }],
    });
    const warnings = result.problems.filter((p) => p.severity === "warning");
    expect(warnings.length).toBe(8);
    expect(warnings[0]!.message).toContain("mallens text står kvar");
  });

  it("uses the section headings of the existing practices", () => {
    const headings = text.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Vad är det?",
      "## Vilket problem löser det?",
      "## Så fungerar det",
      "## Vem gör vad",
      "## Finansiering",
      "## Resultat",
      "## Att tänka på om ni vill göra likadant",
      "## Källa",
    ]);
  });

  it("quotes text that YAML would otherwise misread", () => {
    const tricky = { ...answers, title: "Ja: nej # inte en kommentar", organisation: "- Flens kommun" };
    const result = checkFile("x/strangnas-ja.md", renderPractice("strangnas-ja", tricky, "2026-11-28"), validatePractice);
    expect(result.entry?.data.title).toBe(tricky.title);
    expect(result.entry?.data.contact.organisation).toBe(tricky.organisation);
  });

  it("writes the readers' words after the summary when given, and leaves the field out when not", () => {
    const withWords = renderPractice(id, { ...answers, sokord: ["läxhjälp ", "fika"] }, "2026-11-28");
    expect(withWords).toMatch(/^summary: .*\nsokord: \[läxhjälp, fika\]\nmunicipalities:/m);
    const result = checkFile(`content/practices/${id}.md`, withWords, validatePractice);
    expect(result.entry?.data.sokord).toEqual(["läxhjälp", "fika"]);
    expect(text).not.toMatch(/^sokord:/m);
  });

  it("leaves out the end year when there is none", () => {
    const { end: _end, ...running } = answers;
    expect(renderPractice(id, { ...running, status: "pagaende" }, "2026-11-28")).not.toMatch(/^ {2}end:/m);
  });
});

describe("checking answers before writing", () => {
  it("finds each wrong answer and names the flag that sets it", () => {
    const problems = checkAnswers("strangnas-x", { ...answers, topics: ["sprakvn"], role: "Anna Berg", summary: "Kort." }, "2026-11-28");
    expect(problems.map((p) => [flagFor(p.path), p.message])).toEqual([
      ["--summary", "är för kort: skriv minst 20 tecken"],
      ["--topic", '"sprakvn" är inget tillåtet värde. Menade du "sprakvan"?'],
      ["--role", "ser ut som ett personnamn. Skriv en roll i stället, t.ex. integrationsstrateg"],
    ]);
  });

  it("names --sokord for a readers' word given twice", () => {
    const problems = checkAnswers("strangnas-x", { ...answers, sokord: ["fika", "fika"] }, "2026-11-28");
    expect(problems.map((p) => flagFor(p.path))).toEqual(["--sokord"]);
  });

  it("fieldProblem checks one answer at a time, for the prompts", () => {
    expect(fieldProblem({ contact: { role: "integrationsstrateg" } }, ["contact", "role"])).toBeUndefined();
    expect(fieldProblem({ contact: { role: "Anna Berg" } }, ["contact", "role"])).toMatch(/personnamn/);
    expect(fieldProblem({ period: { start: 1850 } }, ["period"])).toBe("måste vara minst 1990");
  });

  it("refuses newlines and control characters in any answer before the schema is asked", () => {
    const problems = checkAnswers(
      "strangnas-x",
      { ...answers, title: "Rad ett\nsummary: kapad", organisation: "Kommun\u001b[2J", funding: ["paragraf-37\u202e"] },
      "2026-11-28",
    );
    expect(problems.map((p) => [flagFor(p.path), p.message])).toEqual([
      ["--title", "får inte innehålla en radbrytning (U+000A, tecken 8); skriv allt på en rad med vanliga tecken"],
      [
        "--funding",
        "får inte innehålla ett osynligt tecken som styr textriktningen (U+202E, tecken 12); skriv allt på en rad med vanliga tecken",
      ],
      ["--organisation", "får inte innehålla ett styrtecken (U+001B, tecken 7); skriv allt på en rad med vanliga tecken"],
    ]);
  });

  it.each([
    ["\r", "en radbrytning"],
    ["\u2028", "en radbrytning"],
    ["\t", "en tabb"],
    ["\u0085", "ett styrtecken"],
    ["\u2066", "ett osynligt tecken som styr textriktningen"],
  ])("controlCharacterProblem names %j", (char, what) => {
    expect(controlCharacterProblem(`ab${char}c`)).toMatch(new RegExp(`^får inte innehålla ${what} \\(U\\+[0-9A-F]{4}, tecken 3\\)`));
  });

  it("controlCharacterProblem accepts ordinary Swedish text", () => {
    expect(controlCharacterProblem('Språkvän på gymnasiet – §37-medel, 50 % "citat" & mer')).toBeUndefined();
  });

  it("fieldProblem refuses a pasted newline in a prompt answer", () => {
    expect(fieldProblem({ title: "Ett bra exempel\nmed två rader" }, ["title"])).toMatch(/^får inte innehålla en radbrytning/);
  });
});
