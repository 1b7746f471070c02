import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./build-index.js";
import { checkFile } from "./check.js";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { practiceEntry } from "../test/support/practice-data.js";

describe("the everyday words of a practice (sokord)", () => {
  const corpus = [
    practiceEntry("studiestod", {
      title: "Studiestöd för nyanlända elever",
      summary: "Frivilliga ger studiestöd till elever på biblioteket varje vecka.",
      sokord: ["läxhjälp", "plugga tillsammans"],
    }),
    practiceEntry("motesplats", { title: "Mötesplats för nya och gamla invånare", summary: "En plats där invånare möts varje vecka." }),
  ];
  const index = buildSearchIndex(corpus);
  const ids = (query: string) => index.search(query).map((hit) => hit.id);

  it("finds a practice by a word that only its sokord holds", () => {
    expect(ids("läxhjälp")).toEqual(["studiestod"]);
    expect(ids("laxhjalp")).toEqual(["studiestod"]);
    expect(ids("plugga tillsammans")).toEqual(["studiestod"]);
  });

  it("does not find a practice by another practice's words", () => {
    expect(ids("läxhjälp")).not.toContain("motesplats");
  });
});

describe("a wrong sokord in a file", () => {
  it("is reported with file, line and field, in Swedish", () => {
    const text = [
      "---",
      "id: flen-studiestod",
      "title: Studiestöd för nyanlända elever",
      "summary: Frivilliga ger studiestöd till elever på biblioteket varje vecka.",
      "sokord:",
      "  - läxhjälp",
      "  - Läxhjälp",
      "  - <b>fika</b>",
      "municipalities: [flen]",
      "topics: [skola]",
      "targetGroups: [barn-unga]",
      "status: pagaende",
      "period:",
      "  start: 2017",
      "funding: [egen-budget]",
      "contact:",
      "  role: integrationssamordnare",
      "  organisation: Flens kommun",
      "sources:",
      "  - document: lansstyrelsen-sodermanland-2017",
      '    section: "Bilaga 2, Flens kommun"',
      "asOf: 2017-09",
      "---",
      "",
      "## Vad är det?",
      "",
      "Text.",
      "",
    ].join("\n");
    const problems = checkFile("content/practices/sodermanlands-lan/flen-studiestod.md", text, validatePractice).problems.filter(
      (p) => p.severity === "error",
    );
    const lines = problems.sort((a, b) => a.line - b.line).map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`);
    expect(lines).toEqual([
      'content/practices/sodermanlands-lan/flen-studiestod.md:7: sokord[1]: "Läxhjälp" står redan i listan (som "läxhjälp"): skriv varje ord en gång',
      'content/practices/sodermanlands-lan/flen-studiestod.md:8: sokord[2]: ska vara vanlig text utan Markdown, HTML eller länkar (tecknet "<"): skriv bara ordet, t.ex. läxhjälp',
    ]);
  });
});
