// Puts each problem that the checks of `kb validate` find in the generated file beside the
// form field it came from. The checks name fields as the file does (`contact.role`,
// `sources[0].url`, `text` for the body); the form has one key per input.
import { BODY_FIELD, FILE_FIELD, type Problem } from "@kunskapsbanken/indexer/check";
import { vocabularies } from "@kunskapsbanken/content-schema";
import { sectionLines } from "./practiceFile";
import type { FormState } from "./state";

/** Problems that belong to no single input (e.g. the YAML as a whole) are shown at the top. */
export const GENERAL = "file";

const sourceFields = { document: ["document", "section", "page"], own: ["title", "url", "year", "section"] } as const;
const listFields = new Set(["sokord", "municipalities", "topics", "targetGroups", "funding", "partners"]);
const direct = new Set([
  "title",
  "summary",
  "status",
  "organiserType",
  "period.start",
  "period.end",
  "contact.role",
  "contact.organisation",
  "asOf",
  "confirmed.role",
  "confirmed.organisation",
]);

/** The body section that holds `line` of the file, by where the form wrote each section. */
function sectionAt(state: FormState, fileText: string, line: number): number {
  const lines = sectionLines(state.sections, fileText);
  const found = lines.findIndex((range) => range !== undefined && line >= range.heading && line <= range.last + 1);
  if (found >= 0) return found;
  const untitled = state.sections.findIndex((section) => section.heading === "" && section.text.trim() !== "");
  return untitled >= 0 ? untitled : state.sections.findIndex((section) => section.text.trim() !== "");
}

/** The form key for a problem: `title`, `sources.0.url`, `section.2`, or GENERAL. */
function fieldKeyOf(problem: Problem, state: FormState, fileText: string): string {
  const field = problem.field;
  if (field === BODY_FIELD) {
    const index = sectionAt(state, fileText, problem.line);
    return index >= 0 ? `section.${index}` : GENERAL;
  }
  if (field === FILE_FIELD) return GENERAL;
  // The id is formed from the title (and the first municipality).
  if (field === "id") return "title";
  if (direct.has(field)) return field;
  if (field === "period") return "period.start";
  if (field === "contact") return "contact.role";
  if (field === "confirmed" || field === "confirmed.date") return "confirmed.role";
  const source = /^sources\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (source) {
    const index = Number(source[1]);
    const kind = state.sources[index]?.kind ?? "document";
    const part = source[2];
    return part && (sourceFields[kind] as readonly string[]).includes(part) ? `sources.${index}.${part}` : `sources.${index}`;
  }
  if (field === "sources") return "sources";
  const list = field.replace(/\[\d+\]$/, "");
  if (listFields.has(list)) return list;
  return GENERAL;
}

/** The vocabulary behind a form key, whose ids a message should show as labels. */
const vocabularyOf: Record<string, keyof typeof vocabularies> = {
  municipalities: "municipalities",
  topics: "topics",
  targetGroups: "targetGroups",
  funding: "funding",
  status: "status",
  organiserType: "organiserType",
};

/**
 * What to do about a choice left empty, said for the control the contributor uses: the
 * schema's own words ("listan är tom: skriv minst ett värde") are written for the file.
 */
const emptyChoiceMessages: Record<string, { isEmpty: (state: FormState) => boolean; message: string }> = {
  municipalities: { isEmpty: (state) => state.municipalities.length === 0, message: "Välj minst en kommun, ett län eller hela Sverige." },
  status: { isEmpty: (state) => state.status === "", message: "Välj en status." },
  topics: { isEmpty: (state) => state.topics.length === 0, message: "Välj minst ett ämne." },
  targetGroups: { isEmpty: (state) => state.targetGroups.length === 0, message: "Välj minst en målgrupp." },
  funding: { isEmpty: (state) => state.funding.length === 0, message: "Välj minst en sorts finansiering, eller ”Uppgift saknas”." },
};

/** The message with quoted vocabulary ids ("pagaende") shown as their labels ("Pågående"). */
function readableMessage(key: string, message: string): string {
  const vocabulary = vocabularyOf[key];
  if (!vocabulary) return message;
  const labels = new Map<string, string>(vocabularies[vocabulary].map((term) => [term.id, term.label]));
  return message.replace(/"([a-z0-9-]+)"/g, (quoted, id: string) => {
    const label = labels.get(id);
    return label ? `"${label}"` : quoted;
  });
}

export interface FieldMessage {
  message: string;
  severity: Problem["severity"];
  line: number;
}

/** Problems grouped by form key, errors first, each message as the form should show it. */
export function messagesByField(problems: readonly Problem[], state: FormState, fileText: string): Map<string, FieldMessage[]> {
  const byField = new Map<string, FieldMessage[]>();
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? a.line - b.line : a.severity === "error" ? -1 : 1));
  for (const problem of sorted) {
    const key = fieldKeyOf(problem, state, fileText);
    const list = byField.get(key) ?? [];
    const empty = emptyChoiceMessages[key];
    const message =
      empty && problem.severity === "error" && empty.isEmpty(state)
        ? empty.message
        : readableMessage(key, key === GENERAL ? `${problem.field}: ${problem.message}` : problem.message);
    if (!list.some((m) => m.message === message)) list.push({ message, severity: problem.severity, line: problem.line });
    byField.set(key, list);
  }
  return byField;
}
