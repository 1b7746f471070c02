import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateCollection } from "@kunskapsbanken/content-schema";
import { checkFile, loadContent } from "./load.js";
import { formatProblem } from "./problem.js";

const fixtures = fileURLToPath(new URL("../../test/fixtures/collections", import.meta.url));
const projectContent = fileURLToPath(new URL("../../../../content", import.meta.url));

describe("collections", () => {
  it("an unknown practice id fails at the line of that list item", async () => {
    const content = await loadContent(fixtures, fixtures);
    expect(content.problems.map(formatProblem)).toEqual([
      'collections/okant-exempel.md:10: practices[1].id: det finns inget exempel med id "strangnas-dukat-bort". Kontrollera stavningen mot filnamnen i content/practices',
    ]);
    expect(content.collections.map((c) => c.data.id)).toEqual(["natverksmote", "okant-exempel"]);
  });

  it("names the field and line of schema problems in a collection", () => {
    const text = [
      "---",
      "id: trasig",
      "title: Trasig samling",
      "date: 2018-02-30",
      "event: Möte",
      "introduction: Kort.",
      "practices:",
      "  - id: flen-sprakvanner",
      "    note: Första gången.",
      "  - id: flen-sprakvanner",
      "    note: Samma exempel två gånger.",
      "---",
      "",
    ].join("\n");
    const { problems } = checkFile("collections/trasig.md", text, validateCollection);
    expect(problems.map(formatProblem)).toEqual([
      "collections/trasig.md:4: date: ska vara ett datum skrivet som ÅÅÅÅ-MM-DD, t.ex. 2017-09-12",
      "collections/trasig.md:6: introduction: är för kort: skriv minst 20 tecken",
      "collections/trasig.md:7: practices: samma exempel står två gånger",
    ]);
    const noNote = text.replace("    note: Första gången.\n", "");
    expect(checkFile("collections/trasig.md", noNote, validateCollection).problems.map(formatProblem)).toContain(
      "collections/trasig.md:8: practices[0].note: fältet saknas men måste fyllas i",
    );
  });

  // The project's content lies outside Stryker's sandbox copy of this package: skipped under mutation testing.
  it.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)("the project's collections all load, in order, with notes", async () => {
    const content = await loadContent(projectContent);
    const meeting = content.collections.find((c) => c.data.id === "exempel-bostad-for-nyanlanda");
    expect(content.problems.filter((p) => p.file.includes("collections"))).toEqual([]);
    expect(meeting?.data.practices[0]).toEqual({
      id: "gnesta-korridorsboende-aldreboende",
      note: expect.stringContaining("korridorsboende"),
    });
    expect(meeting?.data.practices.map((p) => p.id)).toContain("strangnas-dukat-bord");
  });
});
