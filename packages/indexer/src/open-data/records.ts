// The open-data record of one practice: what a national merge, a spreadsheet or another
// search engine needs to use it without our site. Versioned, so consumers can tell when
// the shape changes.
import { labelOf, sourceDocuments, type Practice } from "@kunskapsbanken/content-schema";
import { countiesOfPlaces, countyOfPlace, municipalityOf, practicePath } from "@kunskapsbanken/domain";
import type { Entry } from "../content/entry.js";

/**
 * Raise when a field is removed or changes meaning; adding a field keeps the version.
 * 3: a place can be a county or the whole country (`sverige`); each place carries its kind,
 * SCB kommunkod and county code, for joining with SCB and Kolada; `counties` and
 * `organiserType` are new.
 */
export const OPEN_DATA_SCHEMA_VERSION = 3;

export interface Labelled {
  id: string;
  label: string;
}

/** A place with the codes other statistics are keyed on. */
export interface OpenPlace extends Labelled {
  kind: "kommun" | "län" | "land";
  /** SCB's four-digit kommunkod, for a municipality; null for a county or the whole country. */
  kommunkod: string | null;
  /** SCB's two-digit county code, for a municipality or a county; null for the whole country. */
  countyCode: string | null;
}

export interface OpenSource {
  /** A known document's id, or null for a source written out in the practice. */
  document: string | null;
  title: string;
  publisher: string | null;
  year: number | null;
  section: string | null;
  page: number | null;
  url: string | null;
}

export interface OpenPractice {
  schemaVersion: typeof OPEN_DATA_SCHEMA_VERSION;
  id: string;
  url: string;
  title: string;
  summary: string;
  /** The practice's places: municipalities, a county, or the whole country. */
  municipalities: OpenPlace[];
  /** The counties the places lie in, with their codes. */
  counties: (Labelled & { code: string })[];
  /** What kind of organisation runs it, when the practice says. */
  organiserType: Labelled | null;
  topics: Labelled[];
  targetGroups: Labelled[];
  status: Labelled;
  periodStart: number;
  periodEnd: number | null;
  funding: Labelled[];
  partners: string[];
  contact: { role: string; organisation: string };
  /** The date or month the facts describe. */
  asOf: string;
  /** When the organisation last confirmed the text, by role; null when it never has. */
  confirmed: { date: string; role: string; organisation: string } | null;
  sources: OpenSource[];
  related: string[];
  /** The Markdown text of the practice. */
  body: string;
}

function sourceOf(source: Practice["sources"][number]): OpenSource {
  if ("document" in source) {
    const document = sourceDocuments.find((d) => d.id === source.document);
    return {
      document: source.document,
      title: document?.title ?? source.document,
      publisher: document?.publisher ?? null,
      year: document?.year ?? null,
      section: source.section,
      page: source.page ?? null,
      url: null,
    };
  }
  const written = source as unknown as { title: string; url?: string; year?: number; section?: string };
  return {
    document: null,
    title: written.title,
    publisher: null,
    year: written.year ?? null,
    section: written.section ?? null,
    page: null,
    url: written.url ?? null,
  };
}

function openPlace(id: string): OpenPlace {
  const municipality = municipalityOf(id);
  const county = countyOfPlace(id);
  return {
    id,
    label: labelOf("municipalities", id),
    kind: municipality ? "kommun" : county ? "län" : "land",
    kommunkod: municipality?.scbCode ?? null,
    countyCode: county?.code ?? null,
  };
}

export function openPracticeOf(entry: Pick<Entry<Practice>, "data" | "body">, siteUrl: string): OpenPractice {
  const p = entry.data;
  const labelled = (vocabulary: Parameters<typeof labelOf>[0], ids: readonly string[]) =>
    ids.map((id) => ({ id, label: labelOf(vocabulary, id) }));
  return {
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    id: p.id,
    url: `${siteUrl.replace(/\/+$/, "")}${practicePath(p.id)}`,
    title: p.title,
    summary: p.summary,
    municipalities: p.municipalities.map(openPlace),
    counties: countiesOfPlaces(p.municipalities).map((c) => ({ id: c.id, label: c.name, code: c.code })),
    organiserType: p.organiserType ? { id: p.organiserType, label: labelOf("organiserType", p.organiserType) } : null,
    topics: labelled("topics", p.topics),
    targetGroups: labelled("targetGroups", p.targetGroups),
    status: { id: p.status, label: labelOf("status", p.status) },
    periodStart: p.period.start,
    periodEnd: p.period.end ?? null,
    funding: labelled("funding", p.funding),
    partners: p.partners,
    contact: { role: p.contact.role, organisation: p.contact.organisation },
    asOf: p.asOf,
    confirmed: p.confirmed ?? null,
    sources: p.sources.map(sourceOf),
    related: p.related,
    body: entry.body.trim(),
  };
}

/** Every practice, sorted by id so the files change only where the content does. */
export function openPractices(entries: readonly Pick<Entry<Practice>, "data" | "body">[], siteUrl: string): OpenPractice[] {
  return entries.map((entry) => openPracticeOf(entry, siteUrl)).sort((a, b) => a.id.localeCompare(b.id));
}
