// Data the plugin hands to pages; shared by the Node side and the React components.
import type { PracticeCard, PracticeFacts, Term } from "@kunskapsbanken/domain";

export type { PracticeCard, Term };

/** A practice page's frontmatter extras: the facts panel (the domain's view of a practice) and the practices it links to. */
export interface PracticeExtras extends PracticeFacts {
  kind: "practice";
  related: PracticeCard[];
  similar: PracticeCard[];
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
