// Data the plugin hands to pages; shared by the Node side and the React components.
import type { PracticeCard } from "./relations";

export type { PracticeCard };

export interface Term {
  id: string;
  label: string;
}

export interface PracticeExtras {
  kind: "practice";
  municipalities: (Term & { hasPage: boolean })[];
  topics: Term[];
  targetGroups: Term[];
  funding: Term[];
  /** The status with the date it describes: "Pågående enligt uppgifter från september 2017". */
  status: string;
  /** Known documents get their title and publisher from the list; own sources carry url and year. */
  sources: { title: string; publisher: string; section: string | null; page: number | null; url: string | null; year: number | null }[];
  related: PracticeCard[];
  similar: PracticeCard[];
  /** "september 2017": the month the facts describe. */
  asOfMonth: string;
  /** Who confirmed the text and when, or null when nobody has. */
  confirmed: { date: string; role: string; organisation: string } | null;
  /** A plain warning for the top of the page when the facts are old and unconfirmed, judged with `kb review`'s rule. */
  freshnessNotice: string | null;
}

export interface ProfileExtras {
  kind: "profile";
  name: string;
  practices: PracticeCard[];
}

export interface TermWithCount extends Term {
  count: number;
  description?: string;
}

export interface StartData {
  total: number;
  /** Where the practices come from, e.g. "Södermanlands län". */
  region: string;
  recent: PracticeCard[];
  topics: TermWithCount[];
  targetGroups: TermWithCount[];
  municipalities: TermWithCount[];
}

export interface ListData {
  title: string;
  description?: string;
  practices: PracticeCard[];
}

export interface TermIndexData {
  title: string;
  intro: string;
  basePath: string;
  terms: TermWithCount[];
}

/** The county overview, as computed by @kunskapsbanken/indexer from the profiles. */
export type { CountyOverview as CountyData } from "@kunskapsbanken/indexer";

export interface SiteLabels {
  municipalities: Record<string, string>;
  topics: Record<string, string>;
  targetGroups: Record<string, string>;
  funding: Record<string, string>;
  status: Record<string, string>;
}
