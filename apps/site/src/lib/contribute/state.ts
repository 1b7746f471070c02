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
  /** The everyday words readers use for the practice (`sokord`): one per line, or several with commas between. */
  sokord: string;
  /** Place ids in the order chosen: municipalities, a county, or `sverige`; the first forms the id. */
  municipalities: string[];
  topics: string[];
  targetGroups: string[];
  status: string;
  start: string;
  end: string;
  funding: string[];
  /** One partner per line. */
  partners: string;
  /** The kind of organisation that runs the practice (an `organiserTypes` id); empty when not given. */
  organiserType: string;
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
    sokord: "",
    municipalities: [],
    topics: [],
    targetGroups: [],
    status: "",
    start: "",
    end: "",
    funding: [],
    partners: "",
    organiserType: "",
    role: "",
    organisation: "",
    sources: [emptySource("own")],
    asOf: "",
    confirmation: { confirmed: false, date: "", role: "", organisation: "" },
    sections: headings.map((heading) => ({ heading, text: "" })),
    kept: { related: [], figures: [] },
  };
}

/** True when nothing has been typed: no draft worth keeping. */
export function isBlank(state: FormState, headings: readonly string[]): boolean {
  return JSON.stringify(state) === JSON.stringify(emptyForm(headings));
}
