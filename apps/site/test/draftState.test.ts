// A stored draft of /bidra is read field by field: what the schema's rules accept is kept,
// the rest is dropped and named, and a draft that is not a draft at all is unreadable.
import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile, limits } from "@kunskapsbanken/indexer/check";
import { readDraftState } from "../src/lib/contribute/draftState";
import { messagesByField } from "../src/lib/contribute/fieldProblems";
import { practiceFile } from "../src/lib/contribute/practiceFile";
import { sectionGuides } from "../src/lib/contribute/sections";
import { emptyForm } from "../src/lib/contribute/state";

const headings = sectionGuides.map((guide) => guide.heading);
const read = (draft: unknown, updating: string | null = null) => readDraftState(JSON.stringify(draft), headings, updating);

describe("reading a stored draft", () => {
  it("keeps the text when a draft's touched field is not a list, instead of crashing the form", () => {
    for (const touched of [5, {}, "title", null]) {
      const reading = read({ title: "Mitt utkast", touched });
      expect(reading.kind).toBe("draft");
      if (reading.kind !== "draft") return;
      expect(reading.state.title).toBe("Mitt utkast");
      expect(reading.touched).toEqual([]);
    }
    const mixed = read({ title: "Mitt utkast", touched: ["title", 3, "summary"] });
    expect(mixed.kind === "draft" && mixed.touched).toEqual(["title", "summary"]);
  });

  it("drops values of the wrong type or outside the vocabularies, and names each one", () => {
    const reading = read({
      title: 42,
      summary: "Kvar.",
      municipalities: ["flen", "atlantis"],
      topics: "bostad",
      status: "kanske",
      sources: [{ kind: "document", document: "finns-inte", section: "Bilaga 2" }, 7],
      confirmation: { confirmed: true, date: "2024-02-30", role: "chef", organisation: "Flens kommun" },
      sections: [{ heading: "Vad är det?", text: "Text." }, "fel"],
    });
    expect(reading.kind).toBe("draft");
    if (reading.kind !== "draft") return;
    expect(reading.state.summary).toBe("Kvar.");
    expect(reading.state.municipalities).toEqual(["flen"]);
    expect(reading.state.topics).toEqual([]);
    expect(reading.state.status).toBe("");
    expect(reading.state.sources).toHaveLength(1);
    expect(reading.state.sources[0]).toMatchObject({ document: "", section: "Bilaga 2" });
    expect(reading.state.confirmation).toEqual({ confirmed: true, date: "", role: "chef", organisation: "Flens kommun" });
    expect(reading.state.sections).toEqual([{ heading: "Vad är det?", text: "Text." }]);
    expect(reading.dropped).toEqual(
      expect.arrayContaining([
        "Rubrik",
        'Plats ("atlantis" finns inte)',
        "Ämnen",
        'Status ("kanske" finns inte)',
        'Källa 1: Dokument ("finns-inte" finns inte)',
        "Källa 2",
        'Bekräftelse: datum ("2024-02-30")',
        "Texten, del 2",
      ]),
    );
  });

  it("drops text longer than a whole practice file may be", () => {
    const reading = read({ title: "Kort", partners: "x".repeat(limits.fileCharacters + 1) });
    expect(reading.kind === "draft" && reading.state.partners).toBe("");
    expect(reading.kind === "draft" && reading.dropped[0]).toMatch(/^Samarbetspartner \(för lång/);
  });

  it("keeps an update draft to the practice the page updates", () => {
    const reading = read({ updating: "trosa-fritidsbanken", title: "Ändrad" }, "flen-sprakvanner");
    expect(reading.kind === "draft" && reading.state.updating).toBe("flen-sprakvanner");
    expect(reading.kind === "draft" && reading.dropped).toEqual(["Exemplet som ändras"]);
  });

  it("calls anything that is not a draft unreadable, and nothing stored none", () => {
    for (const raw of ["{", "[1,2]", "null", '"text"']) expect(readDraftState(raw, headings).kind).toBe("unreadable");
    expect(readDraftState(null, headings).kind).toBe("none");
  });
});

describe("a problem in a section's text", () => {
  it("is shown at the section the form wrote it in, not at the section its text imitates", () => {
    const form = emptyForm(headings);
    // Resultat left empty: in the file the fake "## Resultat" would look like the real section.
    form.sections = form.sections.map((s, i) => (i === 0 ? { ...s, text: "Text\n---\n## Resultat\nfake" } : s));
    const file = practiceFile(form, "2026-12-01");
    const problems = checkFile(file.path, file.text, validatePractice).problems;
    const messages = messagesByField(problems, form, file.text);
    // The setext line is refused by the file check itself, at the first section.
    expect(messages.get("section.0")?.some((m) => m.message.includes("--- eller ==="))).toBe(true);
    const resultat = headings.indexOf("Resultat");
    expect(messages.get(`section.${resultat}`)).toBeUndefined();
  });
});
