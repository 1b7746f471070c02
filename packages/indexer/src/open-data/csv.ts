// CSV that opens correctly in Swedish Excel and cannot run as a formula.

/**
 * A cell that starts with = + - @, a tab or a carriage return is read as a formula by
 * spreadsheet programs. OWASP's rule: put a single quote in front, so it is shown as text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: string, separator: string): string {
  const text = neutraliseFormula(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** Swedish Excel expects a semicolon, since the comma is the decimal sign. */
  separator?: string;
  /** A UTF-8 byte order mark, so Excel reads å, ä and ö right. */
  byteOrderMark?: boolean;
}

/** RFC 4180 rows (CRLF), every cell quoted when needed and neutralised. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  { separator = ";", byteOrderMark = true }: CsvOptions = {},
): string {
  const lines = [header, ...rows].map((row) => row.map((value) => cell(value, separator)).join(separator));
  return `${byteOrderMark ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
