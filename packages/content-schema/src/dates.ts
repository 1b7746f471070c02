// What a date is, in the forms the content uses: a day (YYYY-MM-DD), a month (YYYY-MM) or a
// year (YYYY). Zod-free, so the browser, the CLI and the schema share the same rule.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/** True for a calendar date written as YYYY-MM-DD that really exists (no 30 February). */
export function isIsoDate(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Stryker disable next-line ConditionalExpression: equivalent, Date.UTC reads years 0–99 as 1900–1999, and the ISO text then differs too
  return date.getUTCFullYear() === Number(match[1]) && date.toISOString().slice(0, 10) === value;
}

/** True for YYYY-MM (a month). */
export const isIsoMonth = (value: string): boolean => MONTH.test(value);

/** True for YYYY-MM (a month) or YYYY-MM-DD (a day). */
export const isIsoMonthOrDate = (value: string): boolean => isIsoMonth(value) || isIsoDate(value);

/** True for a four-digit year such as 2017. */
export const isYearText = (value: string): boolean => YEAR.test(value);

/** A day or month split into numbers; a month counts from its first day. Undefined when the text is neither. */
export function parseIsoDay(value: string): { year: number; month: number; day: number } | undefined {
  if (!isIsoMonthOrDate(value)) return undefined;
  const [year, month, day] = value.split("-").map(Number);
  return { year: year!, month: month!, day: day ?? 1 };
}

/** Today (or the given moment) as YYYY-MM-DD in the reader's own time zone. */
export function isoToday(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
