const dateFormat = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("sv-SE");

/** "2026-11-28" → "28 november 2026". */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export const formatNumber = (value: number) => numberFormat.format(value);

export { practicePath } from "@kunskapsbanken/content-schema/routes";
