// The text of a valid practice file, for tests that change one thing about it.

/** Frontmatter lines of a valid practice with id `exempel`, without the closing `---`. */
const validFrontmatter = (summary: string) => [
  "---",
  "id: exempel",
  "title: Ett exempel på en god praktik",
  `summary: ${summary}`,
  "municipalities: [flen]",
  "topics: [mottagande]",
  "targetGroups: [nyanlanda-vuxna]",
  "status: pagaende",
  "period:",
  "  start: 2017",
  "funding: [egen-budget]",
  "contact:",
  "  role: integrationsstrateg",
  "  organisation: Flens kommun",
];

const closing = ["sources:", "  - document: lansstyrelsen-sodermanland-2017", '    section: "Bilaga 2"', "asOf: 2017-09-06", "---"];

export interface PracticeFileOptions {
  summary?: string;
  /** Extra frontmatter lines, placed after `contact`. */
  extra?: string[];
  /** Body lines after the frontmatter. */
  body?: string[];
}

/** The file's lines; `lines.length + 1` is the line number of whatever is appended. */
export function practiceFileLines({
  summary = "Ett exempel som finns för att pröva kontrollerna.",
  extra = [],
  body = [],
}: PracticeFileOptions = {}): string[] {
  return [...validFrontmatter(summary), ...extra, ...closing, ...body];
}
