// Turns the form into the practice file a contributor would otherwise write by hand:
// YAML frontmatter in the house style (written by the same code as `kb new`) and the Markdown body under
// the template's headings. The file, not the form, is what gets checked and sent.
import { practiceFilePath, practiceId } from "@kunskapsbanken/domain";
import { practiceFileText } from "@kunskapsbanken/indexer/check";
import type { FormState, SectionState, SourceState } from "./state";

/** The content folder in the repository; where a practice lives inside it is the domain's rule. */
const CONTENT_DIR = "content";

/** Used for the id while no municipality is chosen yet. */
const NO_MUNICIPALITY = "exempel";

/** The id, as `kb new` forms it: the first municipality, then the title as a slug. Kept when updating. */
export function idOf(state: FormState): string {
  if (state.updating) return state.updating;
  return practiceId(state.title, state.municipalities[0] ?? NO_MUNICIPALITY);
}

/** `content/practices/sodermanlands-lan/flen-sprakvanner.md`: in the folder of the county of the first place. */
export const pathOf = (id: string, places: readonly string[]) => `${CONTENT_DIR}/${practiceFilePath(id, places)}`;

const filled = (text: string) => (text.trim() === "" ? undefined : text.trim());

/** The everyday words as the file lists them: one per line or between commas, trimmed, blanks left out; none at all leaves the field out. */
export function sokordList(text: string): string[] | undefined {
  const words = text
    .split(/[\r\n,]+/)
    .map((word) => word.trim())
    .filter(Boolean);
  return words.length > 0 ? words : undefined;
}

/** A whole number as a number; anything else typed stays text so the schema can say what is wrong. */
function numberOrText(text: string): number | string | undefined {
  const value = text.trim();
  if (value === "") return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}

/** Leaves out keys whose value is undefined, so a field left empty reads "fältet saknas". */
function compact(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

function sourceData(source: SourceState): Record<string, unknown> {
  if (source.kind === "document") {
    return compact({ document: filled(source.document), section: filled(source.section), page: numberOrText(source.page) });
  }
  // Title and address are always written, so the schema judges the value as an own source.
  return compact({ title: source.title.trim(), url: source.url.trim(), year: numberOrText(source.year), section: filled(source.section) });
}

/** Keeps a published practice's "at the latest" marker while its start year is unchanged; a new year is the contributor's own. */
const startAtLatest = (state: FormState) =>
  state.kept.startAtLatest !== undefined && numberOrText(state.start) === state.kept.startAtLatest ? true : undefined;

/** The frontmatter, in the order the existing files use. */
export function practiceData(state: FormState, today: string): Record<string, unknown> {
  return compact({
    id: idOf(state),
    title: filled(state.title),
    summary: filled(state.summary),
    sokord: sokordList(state.sokord),
    municipalities: state.municipalities,
    topics: state.topics,
    targetGroups: state.targetGroups,
    status: filled(state.status),
    period: compact({ start: numberOrText(state.start), startAtLatest: startAtLatest(state), end: numberOrText(state.end) }),
    funding: state.funding,
    partners: state.partners
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    organiserType: filled(state.organiserType),
    contact: compact({ role: filled(state.role), organisation: filled(state.organisation) }),
    sources: state.sources.map(sourceData),
    // Like `kb new`: the facts are as of today unless the contributor says otherwise.
    asOf: filled(state.asOf) ?? today,
    confirmed: state.confirmation.confirmed
      ? compact({
          date: filled(state.confirmation.date) ?? today,
          role: filled(state.confirmation.role),
          organisation: filled(state.confirmation.organisation),
        })
      : undefined,
    related: state.kept.related,
    figures: state.kept.figures,
  });
}

/** The body: every section with text, under its `## ` heading. Empty sections are left out. */
export function bodyText(sections: readonly SectionState[]): string {
  return sections
    .filter((section) => section.text.trim() !== "")
    .map((section) => (section.heading ? `## ${section.heading}\n\n${section.text.trim()}\n` : `${section.text.trim()}\n`))
    .join("\n");
}

/**
 * Where each section's text stands in the file `bodyText` writes: its first and last line
 * (1-based, in the whole file), by the section's index in the form; undefined for a section
 * left out because it is empty. The file ends with the body, so the body's first line follows
 * from the number of lines in each.
 */
export function sectionLines(
  sections: readonly SectionState[],
  fileText: string,
): ({ heading: number; first: number; last: number } | undefined)[] {
  const body = bodyText(sections);
  let line = fileText.split("\n").length - body.split("\n").length + 1;
  return sections.map((section) => {
    const text = section.text.trim();
    if (text === "") return undefined;
    const heading = line;
    const first = section.heading ? line + 2 : line;
    const last = first + text.split("\n").length - 1;
    line = last + 2;
    return { heading, first, last };
  });
}

export interface PracticeFile {
  id: string;
  /** Path in the repository, e.g. content/practices/flen-sprakvanner.md */
  path: string;
  text: string;
}

export function practiceFile(state: FormState, today: string): PracticeFile {
  const id = idOf(state);
  const body = bodyText(state.sections);
  const text = practiceFileText(practiceData(state, today), body);
  return { id, path: pathOf(id, state.municipalities), text };
}

/** Words in the body, for the hint about how long existing practices are. */
export const wordCount = (sections: readonly SectionState[]) =>
  sections.reduce((count, section) => count + section.text.split(/\s+/).filter(Boolean).length, 0);
