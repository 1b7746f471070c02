// When a practice is due for review. Pure and browser-safe: the `kb review` command and
// the site use the same rule, so a practice the site marks is one `kb review` lists.

export type AgeUnit = "d" | "m" | "y";

/** How old a review may get, e.g. 18 months. */
export interface ReviewAge {
  amount: number;
  unit: AgeUnit;
}

/** Practices are reviewed at least every 18 months unless told otherwise. */
export const DEFAULT_REVIEW_AGE: ReviewAge = { amount: 18, unit: "m" };

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

/** `18 månader`, `2 år`, `90 dagar`. */
export function formatReviewAge(age: ReviewAge): string {
  const [one, many] = unitNames[age.unit];
  return `${age.amount} ${age.amount === 1 ? one : many}`;
}

const pad = (n: number) => String(n).padStart(2, "0");
const daysInMonth = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

function parseDate(date: string | Date): { y: number; m: number; d: number } {
  if (date instanceof Date) return { y: date.getFullYear(), m: date.getMonth(), d: date.getDate() };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return { y: Number(match[1]), m: Number(match[2]) - 1, d: Number(match[3]) };
}

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

/** True when `date` (YYYY-MM-DD) is older than `age` on `today`; a date exactly `age` ago is not yet due. */
export function isDueForReview(date: string, today: string | Date = new Date(), age: ReviewAge = DEFAULT_REVIEW_AGE): boolean {
  return date < reviewCutoff(today, age);
}
