// Dates as the content writes them (a day YYYY-MM-DD, a month YYYY-MM, a year) and as readers
// see them. Whether a text is a date is the schema's rule (content-schema/dates); how a date
// is said in Swedish is here, so a page, a printed list, the form and `kb` say it alike.
export {
  isIsoDate,
  isIsoMonth,
  isIsoMonthOrDate,
  isoToday,
  isYearText,
  parseIsoDay,
} from "@kunskapsbanken/content-schema/dates";
import { isIsoDate } from "@kunskapsbanken/content-schema/dates";

const dayFormat = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** `2026-11-28` → `28 november 2026`; text that is not a date is returned as it is. */
export function formatDay(iso: string): string {
  return isIsoDate(iso) ? dayFormat.format(new Date(`${iso}T00:00:00Z`)) : iso;
}

/** A date as YYYY-MM-DD if it is one, otherwise undefined: for values read from files, URLs and storage. */
export const isoDateOrUndefined = (value: unknown): string | undefined =>
  // Stryker disable next-line ConditionalExpression: equivalent, isIsoDate also ends in `=== value`, true only for a string
  typeof value === "string" && isIsoDate(value) ? value : undefined;
