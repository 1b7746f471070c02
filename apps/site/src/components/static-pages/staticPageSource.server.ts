// While the build renders a page to HTML, its data is read from the file the plugin wrote
// (plugins/static-pages), synchronously, so the HTML holds the whole page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pageDataPath } from "@kunskapsbanken/domain";
import type { PageResult } from "./types";

/** The folder the plugin wrote, set by plugins/static-pages for the server build only. */
declare const __KB_STATIC_PAGES_ROOT__: string;

export function pageSource(path: string): PageResult<unknown> {
  const file = join(__KB_STATIC_PAGES_ROOT__, pageDataPath(path));
  // Only pages with data are rendered, so a missing file is a build error, not a 404.
  return { status: "found", data: JSON.parse(readFileSync(file, "utf8")) };
}
