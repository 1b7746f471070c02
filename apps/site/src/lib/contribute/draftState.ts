// The one way a stored draft of /bidra is read back. localStorage is outside the page's
// control (an older version of the form, another tab, an extension, a person with the
// developer tools), so every field is checked with the schema's rules: each value must have
// the right type, vocabulary ids must exist, a confirmation date must be a real date, and no
// text may be longer than a whole practice file may be. What passes is kept, what does not
// is dropped and named, so the form can tell the contributor and keep the original aside.
import { fundingKinds, organiserTypes, places, sourceDocuments, statuses, targetGroups, topics } from "@kunskapsbanken/content-schema";
import { isIsoDate } from "@kunskapsbanken/domain";
import { limits } from "@kunskapsbanken/indexer/check";
import { emptyForm, type FormState, type SectionState, type SourceState } from "./state";

/** What was read from a stored draft. */
export type DraftReading =
  /** No draft stored. */
  | { kind: "none" }
  /** Not a draft at all (not JSON, not an object, too large): the form starts clean. */
  | { kind: "unreadable" }
  /** A draft; `dropped` names, in Swedish, every value that was left out. */
  | { kind: "draft"; state: FormState; touched: string[]; dropped: string[] };

/** No text in a draft can be longer than a whole practice file may be. */
const MAX_TEXT = limits.fileCharacters;
/** The draft as a whole: every field at its longest, with room for JSON's escapes. */
const MAX_DRAFT = 20 * MAX_TEXT;
/** More sources or sections than this is not a practice being written. */
const MAX_PARTS = 50;
/** Form keys of fields touched; a few hundred at most in a real form. */
const MAX_TOUCHED = 1000;

const vocabulary = (terms: readonly { id: string }[]) => new Set(terms.map((term) => term.id));
const known = {
  municipalities: vocabulary(places),
  topics: vocabulary(topics),
  targetGroups: vocabulary(targetGroups),
  funding: vocabulary(fundingKinds),
  status: vocabulary(statuses),
  organiserType: vocabulary(organiserTypes),
  document: vocabulary(sourceDocuments),
};

/** Swedish names of the fields, as the form labels them. */
const names = {
  title: "Rubrik",
  summary: "Sammanfattning",
  sokord: "Ord som läsare använder",
  municipalities: "Plats",
  topics: "Ämnen",
  targetGroups: "Målgrupper",
  status: "Status",
  start: "Startår",
  end: "Slutår",
  funding: "Finansiering",
  partners: "Samarbetspartner",
  organiserType: "Vem driver arbetet",
  role: "Roll",
  organisation: "Organisation",
  sources: "Källor",
  asOf: "Uppgifterna gäller",
  confirmation: "Bekräftelse",
  sections: "Texten",
  updating: "Exemplet som ändras",
  kept: "Övriga uppgifter",
} as const;

type Record_ = Record<string, unknown>;
const isObject = (value: unknown): value is Record_ => typeof value === "object" && value !== null && !Array.isArray(value);
const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Reads a stored draft. `updating` is the practice the page is updating (null for a new one):
 * a draft that claims another practice cannot be sent as a change to this one.
 */
export function readDraftState(json: string | null, headings: readonly string[], updating: string | null = null): DraftReading {
  if (json === null || json === "") return { kind: "none" };
  if (json.length > MAX_DRAFT) return { kind: "unreadable" };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { kind: "unreadable" };
  }
  if (!isObject(raw)) return { kind: "unreadable" };

  const dropped: string[] = [];
  const base = emptyForm(headings);
  /** A text field: a string no longer than a file; anything else is dropped and named. */
  const text = (value: unknown, name: string): string => {
    if (value === undefined || value === null || value === "") return "";
    if (typeof value === "string" && value.length <= MAX_TEXT) return value;
    dropped.push(typeof value === "string" ? `${name} (för lång, ${value.length.toLocaleString("sv-SE")} tecken)` : name);
    return "";
  };
  /** A list of vocabulary ids: unknown ids and anything that is not an id are dropped and named. */
  const ids = (value: unknown, vocabularyOf: ReadonlySet<string>, name: string): string[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      dropped.push(name);
      return [];
    }
    const kept: string[] = [];
    for (const id of value) {
      if (typeof id === "string" && vocabularyOf.has(id)) {
        if (!kept.includes(id)) kept.push(id);
      } else dropped.push(typeof id === "string" ? `${name} ("${shorten(id)}" finns inte)` : name);
    }
    return kept;
  };

  const r = raw;
  if (r.updating !== undefined && r.updating !== null && r.updating !== updating) dropped.push(names.updating);
  const status = text(r.status, names.status);
  if (status !== "" && !known.status.has(status)) dropped.push(`${names.status} ("${shorten(status)}" finns inte)`);
  const organiserType = text(r.organiserType, names.organiserType);
  if (organiserType !== "" && !known.organiserType.has(organiserType))
    dropped.push(`${names.organiserType} ("${shorten(organiserType)}" finns inte)`);

  return {
    kind: "draft",
    touched: Array.isArray(r.touched) ? r.touched.filter((key): key is string => typeof key === "string").slice(0, MAX_TOUCHED) : [],
    dropped,
    state: {
      updating,
      title: text(r.title, names.title),
      summary: text(r.summary, names.summary),
      sokord: text(r.sokord, names.sokord),
      municipalities: ids(r.municipalities, known.municipalities, names.municipalities),
      topics: ids(r.topics, known.topics, names.topics),
      targetGroups: ids(r.targetGroups, known.targetGroups, names.targetGroups),
      status: known.status.has(status) ? status : "",
      start: text(r.start, names.start),
      end: text(r.end, names.end),
      funding: ids(r.funding, known.funding, names.funding),
      partners: text(r.partners, names.partners),
      organiserType: known.organiserType.has(organiserType) ? organiserType : "",
      role: text(r.role, names.role),
      organisation: text(r.organisation, names.organisation),
      sources: readSources(r.sources, text, dropped) ?? base.sources,
      asOf: text(r.asOf, names.asOf),
      confirmation: readConfirmation(r.confirmation, text, dropped),
      sections: readSections(r.sections, text, dropped) ?? base.sections,
      kept: readKept(r.kept, dropped),
    },
  };
}

type Text = (value: unknown, name: string) => string;

function readSources(value: unknown, text: Text, dropped: string[]): SourceState[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    dropped.push(names.sources);
    return undefined;
  }
  const sources = value.slice(0, MAX_PARTS).flatMap((s, index): SourceState[] => {
    const name = `Källa ${index + 1}`;
    if (!isObject(s)) {
      dropped.push(name);
      return [];
    }
    const kind = s.kind === "own" ? "own" : "document";
    let document = text(s.document, `${name}: Dokument`);
    if (document !== "" && !known.document.has(document)) {
      dropped.push(`${name}: Dokument ("${shorten(document)}" finns inte)`);
      document = "";
    }
    return [
      {
        kind,
        document,
        section: text(s.section, `${name}: Avsnitt`),
        page: text(s.page, `${name}: Sida`),
        title: text(s.title, `${name}: Titel`),
        url: text(s.url, `${name}: Webbadress`),
        year: text(s.year, `${name}: År`),
      },
    ];
  });
  if (value.length > MAX_PARTS) dropped.push(`${names.sources} (fler än ${MAX_PARTS})`);
  return sources.length > 0 ? sources : undefined;
}

function readSections(value: unknown, text: Text, dropped: string[]): SectionState[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    dropped.push(names.sections);
    return undefined;
  }
  const sections = value.slice(0, MAX_PARTS).flatMap((s, index): SectionState[] => {
    if (!isObject(s)) {
      dropped.push(`${names.sections}, del ${index + 1}`);
      return [];
    }
    // A heading is one line: anything else would be a different structure than the form's.
    const heading = text(s.heading, `${names.sections}, rubrik ${index + 1}`);
    if (/[\r\n]/.test(heading)) {
      dropped.push(`${names.sections}, rubrik ${index + 1}`);
      return [];
    }
    return [{ heading, text: text(s.text, heading || names.sections) }];
  });
  if (value.length > MAX_PARTS) dropped.push(`${names.sections} (fler än ${MAX_PARTS} delar)`);
  return sections.length > 0 ? sections : undefined;
}

function readConfirmation(value: unknown, text: Text, dropped: string[]): FormState["confirmation"] {
  const none = { confirmed: false, date: "", role: "", organisation: "" };
  if (value === undefined || value === null) return none;
  if (!isObject(value)) {
    dropped.push(names.confirmation);
    return none;
  }
  let date = text(value.date, `${names.confirmation}: datum`);
  if (date !== "" && !isIsoDate(date)) {
    dropped.push(`${names.confirmation}: datum ("${shorten(date)}")`);
    date = "";
  }
  return {
    confirmed: value.confirmed === true,
    date,
    role: text(value.role, `${names.confirmation}: roll`),
    organisation: text(value.organisation, `${names.confirmation}: organisation`),
  };
}

/** Related practices and figures are not edited in the form; they are only carried along for the schema to judge. */
function readKept(value: unknown, dropped: string[]): FormState["kept"] {
  if (value === undefined || value === null) return { related: [], figures: [] };
  if (!isObject(value)) {
    dropped.push(names.kept);
    return { related: [], figures: [] };
  }
  const list = (items: unknown) => (Array.isArray(items) ? items : []);
  if ((value.related !== undefined && !Array.isArray(value.related)) || (value.figures !== undefined && !Array.isArray(value.figures)))
    dropped.push(names.kept);
  // The start year the practice marks "at the latest" (startAtLatest), kept while that year is unchanged.
  const startAtLatest = typeof value.startAtLatest === "number" && Number.isInteger(value.startAtLatest) ? value.startAtLatest : undefined;
  if (value.startAtLatest !== undefined && startAtLatest === undefined) dropped.push(names.kept);
  return { related: list(value.related), figures: list(value.figures), ...(startAtLatest === undefined ? {} : { startAtLatest }) };
}
