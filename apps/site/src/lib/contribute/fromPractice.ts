// Starts the form from an existing practice file, for "Stämmer det här fortfarande?":
// the same parser and schema as `kb validate` read it.
import { validatePractice, type Practice } from "@kunskapsbanken/content-schema";
import { checkFile, sectionHeadingOf } from "@kunskapsbanken/indexer/check";
import { pathOf } from "./practiceFile";
import { emptyForm, type FormState, type SectionState, type SourceState } from "./state";

/** The body split at its `## ` headings; text before the first heading keeps an empty heading. */
export function splitSections(body: string): SectionState[] {
  const sections: SectionState[] = [];
  let current: { heading: string; lines: string[] } = { heading: "", lines: [] };
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? undefined : sectionHeadingOf(line);
    if (heading !== undefined) {
      sections.push({ heading: current.heading, text: current.lines.join("\n").trim() });
      current = { heading, lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  sections.push({ heading: current.heading, text: current.lines.join("\n").trim() });
  return sections.filter((section) => section.heading !== "" || section.text !== "");
}

const asText = (value: number | undefined) => (value === undefined ? "" : String(value));

function sourceState(source: Practice["sources"][number]): SourceState {
  if ("document" in source) {
    return {
      kind: "document",
      document: source.document,
      section: source.section,
      page: asText(source.page),
      title: "",
      url: "",
      year: "",
    };
  }
  return {
    kind: "own",
    document: "",
    section: source.section ?? "",
    page: "",
    title: source.title,
    url: source.url,
    year: String(source.year),
  };
}

/** The form filled from a published practice file, or null if the file does not pass the checks. */
export function formFromPracticeFile(id: string, text: string, headings: readonly string[]): FormState | null {
  // The folder does not matter to the per-file checks; the file's name gives its id.
  const { entry } = checkFile(pathOf(id, []), text, validatePractice);
  if (!entry) return null;
  const data = entry.data;
  const sections = splitSections(entry.body);
  // Template headings the practice lacks are offered at the end, empty.
  for (const heading of headings) if (!sections.some((s) => s.heading === heading)) sections.push({ heading, text: "" });
  return {
    ...emptyForm(headings),
    updating: data.id,
    title: data.title,
    summary: data.summary,
    sokord: data.sokord.join("\n"),
    municipalities: [...data.municipalities],
    topics: [...data.topics],
    targetGroups: [...data.targetGroups],
    status: data.status,
    start: String(data.period.start),
    end: asText(data.period.end),
    funding: [...data.funding],
    partners: data.partners.join("\n"),
    organiserType: data.organiserType ?? "",
    role: data.contact.role,
    organisation: data.contact.organisation,
    sources: data.sources.map(sourceState),
    asOf: data.asOf,
    confirmation: data.confirmed ? { confirmed: true, ...data.confirmed } : { confirmed: false, date: "", role: "", organisation: "" },
    sections,
    kept: {
      related: [...data.related],
      figures: [...data.figures],
      ...(data.period.startAtLatest ? { startAtLatest: data.period.start } : {}),
    },
  };
}
