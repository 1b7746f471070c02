// Cards for the practices a page links to. Which practices those are is decided in
// @kunskapsbanken/indexer; this file only turns them into what a listing shows.
import type { Practice } from "@kunskapsbanken/content-schema";
import type { Content } from "@kunskapsbanken/indexer";
import type { Labels } from "./labels";
import { dates } from "./packages";

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

export function cardOf(practice: Practice, labels: Labels): PracticeCard {
  return {
    id: practice.id,
    title: practice.title,
    summary: practice.summary,
    municipalities: practice.municipalities.map((id) => labels.municipalities[id] ?? id),
    status: dates.statusAsOf(labels.status[practice.status] ?? practice.status, practice.asOf),
    latest: dates.freshnessOf(practice).latest,
    confirmed: practice.confirmed !== undefined,
  };
}

export const practicesOf = (content: Content) => content.practices.map((entry) => entry.data);

export function allCards(content: Content, labels: Labels): PracticeCard[] {
  return practicesOf(content)
    .map((p) => cardOf(p, labels))
    .sort((a, b) => a.title.localeCompare(b.title, "sv"));
}
