import { useEffect, useState } from "react";
import { useLocation } from "@docusaurus/router";
import { pageSource } from "./staticPageSource";
import type { PageResult } from "./types";

const isPending = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | undefined)?.then === "function";

/**
 * The data of the page at the current address and the address itself, or undefined while it
 * is being fetched (after a link inside the site). A page opened directly has its data at
 * once, so the first render in the browser is the HTML the build wrote.
 */
export function usePageData<T>(): { path: string; result: PageResult<T> | undefined } {
  const path = useLocation().pathname.replace(/(.)\/+$/, "$1");
  const source = pageSource(path);
  const [fetched, setFetched] = useState<{ path: string; result: PageResult<unknown> }>();
  useEffect(() => {
    if (!isPending(source)) return;
    let current = true;
    source.then((result) => current && setFetched({ path, result }));
    return () => {
      current = false;
    };
  }, [path, source]);
  const result = isPending(source) ? (fetched?.path === path ? fetched.result : undefined) : source;
  return { path, result: result as PageResult<T> | undefined };
}
