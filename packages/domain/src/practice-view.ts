// A practice as readers see it: the facts panel of its page and its card in listings. The
// site's build, the contribution form's preview and the browser's lists all turn a practice
// into these shapes here, so a label, a source or a dated status is shown the same way.
import type { Practice } from "@kunskapsbanken/content-schema";
import { labelOf, sourceDocuments } from "@kunskapsbanken/content-schema/vocabularies";
import { isIsoMonthOrDate } from "@kunskapsbanken/content-schema/dates";
import { formatMonth, freshnessOf, statusAsOf, type Confirmation } from "./freshness.js";

export interface Term {
  id: string;
  label: string;
}

/** One source as a page lists it: known documents get title and publisher from the list; own sources carry address and year. */
export interface SourceView {
  title: string;
  publisher: string;
  section: string | null;
  page: number | null;
  url: string | null;
  year: number | null;
}

/** The facts panel of a practice's page. */
export interface PracticeFacts {
  municipalities: (Term & { hasPage: boolean })[];
  topics: Term[];
  targetGroups: Term[];
  funding: Term[];
  /** "Kallas också": the everyday words readers use for the practice (its `sokord`), as written; empty when it has none. */
  alsoCalled: string[];
  /** The status with the date it describes: "Pågående enligt uppgifter från september 2017". */
  status: string;
  sources: SourceView[];
  /** "september 2017": the month the facts describe. */
  asOfMonth: string;
  /** Who confirmed the text and when, or null when nobody has. */
  confirmed: Confirmation | null;
  /** A plain warning for the top of the page when the facts are old and unconfirmed, judged with `kb review`'s rule. */
  freshnessNotice: string | null;
}

/** What the facts are made from: a valid practice, or a draft in the form where anything may still be missing. */
export type FactsInput = Pick<Practice, "municipalities" | "topics" | "targetGroups" | "funding"> & {
  sokord?: readonly string[] | undefined;
  status?: string | undefined;
  asOf?: string | undefined;
  sources: readonly (
    | { document: string; section: string; page?: number | undefined }
    | { title: string; url: string; year?: number | undefined; section?: string | undefined }
  )[];
  confirmed?: Confirmation | undefined;
};

/** Shown where a draft has no value yet. */
const MISSING = "–";

const terms = (vocabulary: "topics" | "targetGroups" | "funding", ids: readonly string[]): Term[] =>
  ids.map((id) => ({ id, label: labelOf(vocabulary, id) }));

function sourceView(source: FactsInput["sources"][number]): SourceView {
  if (!("document" in source)) {
    const url = /^https:\/\/\S+$/.test(source.url.trim()) ? source.url.trim() : null;
    return { title: source.title || MISSING, publisher: "", section: source.section || null, page: null, url, year: source.year ?? null };
  }
  const document = sourceDocuments.find((d) => d.id === source.document);
  return {
    title: document?.title ?? MISSING,
    publisher: document?.publisher ?? "",
    section: source.section || null,
    page: source.page ?? null,
    url: null,
    year: null,
  };
}

/** The everyday words as a reader sees them: trimmed, blanks left out, each once whatever its case (a draft may hold anything). */
export function alsoCalled(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const shown: string[] = [];
  for (const word of words) {
    const text = word.trim();
    const key = text.toLocaleLowerCase("sv-SE");
    if (text === "" || seen.has(key)) continue;
    seen.add(key);
    shown.push(text);
  }
  return shown;
}

export interface FactsOptions {
  /** True for a municipality that has a profile page to link to. */
  hasPage?: (municipality: string) => boolean;
  /** Judge freshness (on the day of the build); a preview of a new text has nothing to warn about. */
  judgeFreshness?: boolean;
}

export function practiceFacts(practice: FactsInput, { hasPage = () => false, judgeFreshness = true }: FactsOptions = {}): PracticeFacts {
  const asOf = practice.asOf !== undefined && isIsoMonthOrDate(practice.asOf) ? practice.asOf : undefined;
  return {
    municipalities: practice.municipalities.map((id) => ({ id, label: labelOf("municipalities", id), hasPage: hasPage(id) })),
    topics: terms("topics", practice.topics),
    targetGroups: terms("targetGroups", practice.targetGroups),
    funding: terms("funding", practice.funding),
    alsoCalled: alsoCalled(practice.sokord ?? []),
    status: practice.status && asOf ? statusAsOf(labelOf("status", practice.status), asOf) : MISSING,
    sources: practice.sources.map(sourceView),
    asOfMonth: asOf ? formatMonth(asOf) : MISSING,
    confirmed: practice.confirmed ?? null,
    freshnessNotice: judgeFreshness && asOf ? freshnessOf({ asOf, confirmed: practice.confirmed }).notice : null,
  };
}

/** What a listing shows of one practice. */
export interface PracticeCard {
  id: string;
  title: string;
  summary: string;
  municipalities: string[];
  /** The status with the date it describes: "Pågående enligt uppgifter från september 2017". */
  status: string;
  /** When the text was last known to be right: its as-of date, or a later confirmation. */
  latest: string;
  confirmed: boolean;
}

export function practiceCard(practice: Practice): PracticeCard {
  return {
    id: practice.id,
    title: practice.title,
    summary: practice.summary,
    municipalities: practice.municipalities.map((id) => labelOf("municipalities", id)),
    status: statusAsOf(labelOf("status", practice.status), practice.asOf),
    latest: freshnessOf(practice).latest,
    confirmed: practice.confirmed !== undefined,
  };
}

/** Cards in the order listings use: by title, the Swedish way (å ä ö last). */
export const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, "sv");
