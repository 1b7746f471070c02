// When a practice is due for review. Pure and browser-safe: the `kb review` command and
// the site use the same rule, so a practice the site marks is one `kb review` lists.
import { parseIsoDay } from "@kunskapsbanken/content-schema/dates";

export type AgeUnit = "d" | "m" | "y";

/** How old a review may get, e.g. 18 months. */
export interface ReviewAge {
  amount: number;
  unit: AgeUnit;
}

/**
 * Practices are reviewed at least every 18 months unless told otherwise. The one place this
 * is set: `kb review` (and so the CI workflow, which calls it without an age) and the
 * site's "needs review" note both read it.
 */
export const DEFAULT_REVIEW_AGE: ReviewAge = Object.freeze({ amount: 18, unit: "m" });

const unitNames: Record<AgeUnit, [one: string, many: string]> = {
  d: ["dag", "dagar"],
  m: ["månad", "månader"],
  y: ["år", "år"],
};

/** `18m`, `2y`, `90d` (also `2å` and `18 mån`); undefined when the text is not an age. */
export function parseReviewAge(text: string): ReviewAge | undefined {
  const match = /^\s*(\d{1,4})\s*(d|dag|dagar|m|mån|månad|månader|y|å|år)\s*$/iu.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const word = match[2]!.toLowerCase();
  const unit: AgeUnit = word.startsWith("d") ? "d" : word.startsWith("m") ? "m" : "y";
  return amount > 0 ? { amount, unit } : undefined;
}

/** `18m`, `2y`, `90d`: the age as `--older-than` takes it, so `parseReviewAge(ageFlag(age))` is `age`. */
export function ageFlag(age: ReviewAge): string {
  return `${age.amount}${age.unit}`;
}

/** `18 månader`, `2 år`, `90 dagar`. */
export function formatReviewAge(age: ReviewAge): string {
  const [one, many] = unitNames[age.unit];
  return `${age.amount} ${age.amount === 1 ? one : many}`;
}

const pad = (n: number) => String(n).padStart(2, "0");
const daysInMonth = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

/** YYYY-MM-DD, or YYYY-MM for a whole month, which counts from its first day (as the site's freshness notes do). */
function parseDate(date: string | Date): { y: number; m: number; d: number } {
  if (date instanceof Date) return { y: date.getFullYear(), m: date.getMonth(), d: date.getDate() };
  const parsed = parseIsoDay(date);
  if (!parsed) throw new Error(`not a YYYY-MM-DD or YYYY-MM date: ${date}`);
  return { y: parsed.year, m: parsed.month - 1, d: parsed.day };
}

const isoDay = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m + 1)}-${pad(d)}`;

/**
 * The date `age` before `today`, as YYYY-MM-DD. Months and years keep the day of the
 * month, clamped to the month's length (31 August minus 6 months is 28 February).
 */
export function reviewCutoff(today: string | Date, age: ReviewAge = DEFAULT_REVIEW_AGE): string {
  const { y, m, d } = parseDate(today);
  if (age.unit === "d") {
    const date = new Date(Date.UTC(y, m, d - age.amount));
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  }
  const months = age.unit === "y" ? age.amount * 12 : age.amount;
  const total = y * 12 + m - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  return `${year}-${pad(month + 1)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/**
 * True when `date` (when the facts were last known to be right: as of, or confirmed) is more
 * than `age` before `today`; a date exactly `age` ago is not yet due. `date` is YYYY-MM-DD,
 * or YYYY-MM when only the month is known, which counts from the month's first day.
 */
export function isDueForReview(date: string | Date, today: string | Date = new Date(), age: ReviewAge = DEFAULT_REVIEW_AGE): boolean {
  return isoDay(parseDate(date)) < reviewCutoff(today, age);
}
