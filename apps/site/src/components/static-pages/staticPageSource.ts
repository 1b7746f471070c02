// In the browser, a page's data comes from the page itself when it was opened directly (the
// build wrote it into the HTML as a JSON data block, so hydration needs no request), and
// otherwise from the JSON file the build wrote beside it, fetched once per address. The
// server build replaces this module by staticPageSource.server.ts.
import { pageDataPath } from "@kunskapsbanken/domain";
import { PAGE_DATA_ELEMENT, type PageResult } from "./types";

const known = new Map<string, PageResult<unknown> | Promise<PageResult<unknown>>>();

/** The data block the build wrote into the page, if it is this address's. */
function fromDocument(path: string): PageResult<unknown> | undefined {
  const element = document.getElementById(PAGE_DATA_ELEMENT);
  if (element?.dataset.path !== path || !element.textContent) return undefined;
  return { status: "found", data: JSON.parse(element.textContent) };
}

async function request(path: string): Promise<PageResult<unknown>> {
  try {
    const response = await fetch(pageDataPath(path));
    if (response.ok) return { status: "found", data: await response.json() };
    return { status: response.status === 404 ? "missing" : "failed" };
  } catch {
    return { status: "failed" };
  }
}

/** The page's data now, or a promise of it; once it has come, it is known for the rest of the visit. */
export function pageSource(path: string): PageResult<unknown> | Promise<PageResult<unknown>> {
  const already = known.get(path) ?? fromDocument(path);
  if (already) return already;
  const pending = request(path).then((result) => {
    // A failed request is tried again the next time the page is opened.
    if (result.status === "failed") known.delete(path);
    else known.set(path, result);
    return result;
  });
  known.set(path, pending);
  return pending;
}
