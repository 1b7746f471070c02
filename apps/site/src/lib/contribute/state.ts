// What the contributor has typed, kept as text exactly as typed so that nothing is lost
// between a keystroke, the draft in localStorage and a reload.

/** A source is a known document from the list, or the contributor's own: title, address, year. */
export interface SourceState {
  kind: "document" | "own";
  document: string;
  section: string;
  page: string;
  title: string;
  url: string;
  year: string;
}

export interface SectionState {
  /** The `## ` heading; empty for text before the first heading of an existing practice. */
  heading: string;
  text: string;
}

interface ConfirmationState {
  confirmed: boolean;
  /** Kept from a published practice; a new confirmation is dated the day the file is made. */
  date: string;
  role: string;
  organisation: string;
}

export interface FormState {
  /** Set when the form updates an existing practice: its id and file name stay the same. */
  updating: string | null;
  title: string;
  summary: string;
  municipalities: string[];
  topics: string[];
  targetGroups: string[];
  status: string;
  start: string;
  end: string;
  funding: string[];
  /** One partner per line. */
  partners: string;
  role: string;
  organisation: string;
  sources: SourceState[];
  /** The date or month the facts describe (YYYY-MM-DD or YYYY-MM); empty means today. */
  asOf: string;
  /** Set when the organisation that runs the practice confirms the text. */
  confirmation: ConfirmationState;
  sections: SectionState[];
  /** Fields the form does not edit but must keep when updating a practice. */
  /** Values the form does not show but must write back; `startAtLatest` is the start year marked "at the latest", if any. */
  kept: { related: unknown[]; figures: unknown[]; startAtLatest?: number };
}

export function emptySource(kind: SourceState["kind"] = "document", document = ""): SourceState {
  return { kind, document, section: "", page: "", title: "", url: "", year: "" };
}

/** A new practice starts with an own source: most contributors cite their own report or page. */
export function emptyForm(headings: readonly string[]): FormState {
  return {
    updating: null,
    title: "",
    summary: "",
    municipalities: [],
    topics: [],
    targetGroups: [],
    status: "",
    start: "",
    end: "",
    funding: [],
    partners: "",
    role: "",
    organisation: "",
    sources: [emptySource("own")],
    asOf: "",
    confirmation: { confirmed: false, date: "", role: "", organisation: "" },
    sections: headings.map((heading) => ({ heading, text: "" })),
    kept: { related: [], figures: [] },
  };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** Reads a stored draft back, dropping anything that is not a form state (an old or edited draft). */
export function parseFormState(json: string | null, headings: readonly string[]): FormState | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const base = emptyForm(headings);
  const sources = Array.isArray(r.sources)
    ? r.sources.flatMap((s): SourceState[] => {
        if (typeof s !== "object" || s === null) return [];
        const o = s as Record<string, unknown>;
        return [
          {
            kind: o.kind === "own" ? "own" : "document",
            document: text(o.document),
            section: text(o.section),
            page: text(o.page),
            title: text(o.title),
            url: text(o.url),
            year: text(o.year),
          },
        ];
      })
    : base.sources;
  const sections = Array.isArray(r.sections)
    ? r.sections.flatMap((s): SectionState[] =>
        typeof s === "object" && s !== null ? [{ heading: text((s as SectionState).heading), text: text((s as SectionState).text) }] : [],
      )
    : base.sections;
  const kept = typeof r.kept === "object" && r.kept !== null ? (r.kept as Record<string, unknown>) : {};
  const confirmation = typeof r.confirmation === "object" && r.confirmation !== null ? (r.confirmation as Record<string, unknown>) : {};
  return {
    updating: typeof r.updating === "string" ? r.updating : null,
    title: text(r.title),
    summary: text(r.summary),
    municipalities: isStringArray(r.municipalities) ? r.municipalities : [],
    topics: isStringArray(r.topics) ? r.topics : [],
    targetGroups: isStringArray(r.targetGroups) ? r.targetGroups : [],
    status: text(r.status),
    start: text(r.start),
    end: text(r.end),
    funding: isStringArray(r.funding) ? r.funding : [],
    partners: text(r.partners),
    role: text(r.role),
    organisation: text(r.organisation),
    sources: sources.length > 0 ? sources : base.sources,
    asOf: text(r.asOf),
    confirmation: {
      confirmed: confirmation.confirmed === true,
      date: text(confirmation.date),
      role: text(confirmation.role),
      organisation: text(confirmation.organisation),
    },
    sections,
    kept: {
      related: Array.isArray(kept.related) ? kept.related : [],
      figures: Array.isArray(kept.figures) ? kept.figures : [],
      ...(typeof kept.startAtLatest === "number" ? { startAtLatest: kept.startAtLatest } : {}),
    },
  };
}

/** True when nothing has been typed: no draft worth keeping. */
export function isBlank(state: FormState, headings: readonly string[]): boolean {
  return JSON.stringify(state) === JSON.stringify(emptyForm(headings));
}
