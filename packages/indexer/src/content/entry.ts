// One content file after it has been read and checked: what every later step works on.
import type { SiteTarget } from "@kunskapsbanken/domain";
import type { ParsedFile } from "./frontmatter.js";

export interface Entry<T> {
  /** Path relative to the working directory, as shown in messages. */
  file: string;
  data: T;
  body: string;
  /** Finds the line of a frontmatter key, for checks that run after loading. */
  lineOf: ParsedFile["lineOf"];
  /** Links in the body to the site's own pages, with their lines in the file. */
  siteLinks: { line: number; target: SiteTarget }[];
}
