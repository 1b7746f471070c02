// The issue form "Tipsa om ett gott exempel", filled from the form for those who would
// rather describe the practice than propose the file.
import { labelOf, sourceDocuments } from "@kunskapsbanken/content-schema";
import type { IssueFields } from "./github";
import type { PracticeFile } from "./practiceFile";
import type { FormState } from "./state";

function sectionText(state: FormState, ...headings: string[]): string {
  return state.sections
    .filter((section) => headings.includes(section.heading) && section.text.trim() !== "")
    .map((section) => `${section.heading}\n${section.text.trim()}`)
    .join("\n\n");
}

function describeSources(state: FormState): string {
  return state.sources
    .map((source) => {
      if (source.kind === "own")
        return [source.title, source.year, source.url, source.section]
          .map((part) => part.trim())
          .filter(Boolean)
          .join(", ");
      const document = sourceDocuments.find((d) => d.id === source.document);
      return [document ? `${document.publisher}: ${document.title}` : source.document, source.section, source.page && `s. ${source.page}`]
        .map((part) => part.trim())
        .filter(Boolean)
        .join(", ");
    })
    .filter(Boolean)
    .join("; ");
}

export function issueFieldsOf(state: FormState, file: PracticeFile, siteUrl: string): IssueFields {
  const title = state.title.trim();
  return {
    title: state.updating ? `Uppdatering: ${title || file.id}` : `Tips: ${title}`,
    rubrik: title,
    kommun: state.municipalities.map((id) => labelOf("municipalities", id)).join(", "),
    kontakt: [state.role.trim(), state.organisation.trim()].filter(Boolean).join(", "),
    start: state.start.trim(),
    kalla: describeSources(state),
    finansiering: state.funding.map((id) => labelOf("funding", id)).join(", "),
    beskrivning: [state.summary.trim(), sectionText(state, "Vad är det?", "Vilket problem löser det?")].filter(Boolean).join("\n\n"),
    "sa-fungerar-det": sectionText(state, "Så fungerar det", "Vem gör vad"),
    resultat: sectionText(state, "Resultat"),
    exempel: state.updating ? `${siteUrl}/praktik/${state.updating}` : "",
    fil: file.text,
  };
}
