import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { validatePractice, validateProfile } from "@kunskapsbanken/content-schema";
import { checkFile } from "./check-file.js";
import { bodySections } from "./new-practice.js";
import { checkSectionStructure, checkSectionText, sectionHeadingOf } from "./section-structure.js";

const published = new URL("../../../../content/practices/sodermanlands-lan/flen-sprakvanner.md", import.meta.url);
const body = (...sections: string[]) => sections.join("\n");

describe("the section structure of a practice", () => {
  it("accepts the template's headings, an extra section and headings in code", () => {
    const text = body(
      "Inledning.",
      "",
      ...bodySections.flatMap(({ heading }) => [`## ${heading}`, "", "Text.", ""]),
      "## Vad medlen har gått till",
      "",
      "```",
      "## Resultat",
      "```",
    );
    expect(checkSectionStructure(text)).toEqual([]);
  });

  it("refuses a setext heading at its underline, and the section it fakes a second time", () => {
    const text = body("## Vad är det?", "", "Text", "---", "## Resultat", "fake", "", "## Resultat", "", "Riktig text.");
    const findings = checkSectionStructure(text);
    expect(findings.map((f) => f.line)).toEqual([4, 8]);
    expect(findings[0]!.message).toMatch(/--- eller ===/);
    expect(findings[1]!.message).toContain("finns redan på rad 5");
  });

  it("refuses headings of another level, indented, or inside a quote or a list", () => {
    const text = body("# Titel", "", "### Delrubrik", "", "  ## Resultat", "", "> ## Resultat", "", "- ## Resultat", "", "Rubrik", "===");
    const findings = checkSectionStructure(text);
    expect(findings.map((f) => f.line)).toEqual([1, 3, 5, 7, 9, 12]);
    expect(findings[2]!.message).toContain("## Resultat");
  });

  it("finds every heading in one section's text, where none belongs", () => {
    expect(checkSectionText("Text\n---\n## Resultat\nfake").map((f) => f.line)).toEqual([2, 3]);
    expect(checkSectionText("Text\n\n---\n\n- punkt")).toEqual([]);
  });

  it("reads a section heading line as the update form splits it", () => {
    expect(sectionHeadingOf("## Resultat ##")).toBe("Resultat");
    expect(sectionHeadingOf("### Resultat")).toBeUndefined();
    expect(sectionHeadingOf(" ## Resultat")).toBeUndefined();
  });
});

describe("checkFile, as kb validate and /bidra run it", () => {
  // The published file lies outside Stryker's sandbox copy of this package: skipped under mutation testing.
  it.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)("refuses the fake section at its line in a practice file", async () => {
    const text = await readFile(published, "utf8");
    const faked = text.replace("## Vilket problem löser det?\n", "Text\n---\n## Resultat\nfake\n\n## Vilket problem löser det?\n");
    // 1-based line of the `---` under "Text".
    const fakeLine = faked.split("\n").indexOf("Text") + 2;
    const problems = checkFile("content/practices/flen-sprakvanner.md", faked, validatePractice).problems;
    const structural = problems.filter((p) => p.field === "text" && p.severity === "error");
    expect(structural.map((p) => p.line)).toContain(fakeLine);
    expect(structural.some((p) => p.message.includes("finns redan"))).toBe(true);
    expect(
      checkFile("content/practices/flen-sprakvanner.md", text, validatePractice).problems.filter((p) => p.severity === "error"),
    ).toEqual([]);
  });

  it("leaves other kinds of content alone", () => {
    const profile = checkFile("content/municipalities/flen.md", "---\nid: flen\n---\n\n# Rubrik\n", validateProfile).problems;
    expect(profile.some((p) => p.field === "text")).toBe(false);
  });
});
