const numberFormat = new Intl.NumberFormat("sv-SE");

/** "2026-11-28" → "28 november 2026": the domain's wording of a day. */
export { formatDay as formatDate, practicePath } from "@kunskapsbanken/domain";

export const formatNumber = (value: number) => numberFormat.format(value);
