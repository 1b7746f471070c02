// How current a practice's facts are, said honestly: a status is only ever shown with the
// date it describes, and facts that are old and unconfirmed say so. Pure and browser-safe,
// so `kb review`, the site's pages and its search hits all word it the same way.
import { parseIsoDay } from "@kunskapsbanken/content-schema/dates";
import { DEFAULT_REVIEW_AGE, isDueForReview, type ReviewAge } from "./review-due.js";

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

function yearAndMonth(value: string): { year: number; month: number } {
  const parsed = parseIsoDay(value);
  if (!parsed) throw new Error(`not a YYYY-MM or YYYY-MM-DD date: ${value}`);
  return parsed;
}

/** `2017-09-06` or `2017-09` → `september 2017`. */
export function formatMonth(value: string): string {
  const { year, month } = yearAndMonth(value);
  return `${MONTHS[month - 1]} ${year}`;
}

/** `2017-09-06` → `hösten 2017`; December to February is the winter that spans two years. */
export function formatSeason(value: string): string {
  const { year, month } = yearAndMonth(value);
  if (month >= 3 && month <= 5) return `våren ${year}`;
  if (month >= 6 && month <= 8) return `sommaren ${year}`;
  if (month >= 9 && month <= 11) return `hösten ${year}`;
  return month === 12 ? `vintern ${year}/${year + 1}` : `vintern ${year - 1}/${year}`;
}

/** `Pågående` + `2017-09-06` → `Pågående enligt uppgifter från september 2017`. */
export function statusAsOf(statusLabel: string, asOf: string): string {
  return `${statusLabel} enligt uppgifter från ${formatMonth(asOf)}`;
}

export interface Confirmation {
  date: string;
  role: string;
  organisation: string;
}

export interface Freshness {
  /** The date or month the facts describe. */
  asOf: string;
  confirmed: Confirmation | null;
  /** The later of the two: when the text was last known to be right. */
  latest: string;
  /** Older than the review age: `kb review` lists it and the page says so. */
  stale: boolean;
  /** A plain sentence for the top of the page when the facts are stale, otherwise null. */
  notice: string | null;
}

export function freshnessOf(
  data: { asOf: string; confirmed?: Confirmation | undefined },
  today: string | Date = new Date(),
  age: ReviewAge = DEFAULT_REVIEW_AGE,
): Freshness {
  const confirmed = data.confirmed ?? null;
  // Stryker disable next-line EqualityOperator: equivalent, equal dates give the same latest either way
  const latest = confirmed && confirmed.date > data.asOf ? confirmed.date : data.asOf;
  // A month counts from its first day (isDueForReview reads YYYY-MM so).
  const stale = isDueForReview(latest, today, age);
  const notice = !stale
    ? null
    : confirmed
      ? `Uppgifterna bekräftades senast i ${formatMonth(confirmed.date)} av ${confirmed.organisation} och kan ha ändrats sedan dess.`
      : `Uppgifterna är från ${formatSeason(data.asOf)} och har inte bekräftats sedan dess.`;
  return { asOf: data.asOf, confirmed, latest, stale, notice };
}
