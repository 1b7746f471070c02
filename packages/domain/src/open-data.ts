// The open-data files every build publishes, by format, relative to the site's root. The
// site's plugin writes them and its footer links to them from here.
export const openDataFiles = {
  json: "data/praktiker.json",
  jsonLines: "data/praktiker.jsonl",
  csv: "data/praktiker.csv",
  atom: "feed.xml",
  /** A folder: each practice's Markdown source as `ID.md`, which the update form starts from. */
  practiceSources: "data/praktik",
  /** Every practice's id, which the form checks a new practice's id against. */
  practiceIds: "data/praktik-ider.json",
} as const;

export type OpenDataFormat = Exclude<keyof typeof openDataFiles, "practiceSources" | "practiceIds">;

/** The site-relative address of an open-data file, e.g. `/data/praktiker.csv`. */
export const openDataPath = (format: OpenDataFormat) => `/${openDataFiles[format]}`;
