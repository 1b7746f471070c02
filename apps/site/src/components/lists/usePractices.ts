import { useEffect, useMemo } from "react";
import { useSearchEngine } from "../search/useSearchEngine";
import { useSiteData } from "../../lib/useSiteData";
import { statusAsOf } from "@kunskapsbanken/domain";

/** What the list page shows of a practice. */
export interface PracticeInfo {
  id: string;
  title: string;
  summary: string;
  places: string[];
  /** The status with the date it describes. */
  status: string;
}

/**
 * Titles, summaries and places of every practice, from the first half of the search index
 * (the site's one client-side copy of them). Undefined until it has loaded.
 */
export function usePractices(): { practices: Map<string, PracticeInfo> | undefined; failed: boolean } {
  const search = useSearchEngine();
  const { labels } = useSiteData();
  const { load } = search;
  useEffect(load, [load]);
  const practices = useMemo(() => {
    if (!search.engine) return undefined;
    return new Map(
      search.engine.index.documents().map((doc) => [
        doc.slug,
        {
          id: doc.slug,
          title: doc.title,
          summary: doc.summary,
          places: doc.municipalities.map((id) => labels.municipalities[id] ?? id),
          status: statusAsOf(labels.status[doc.status] ?? doc.status, doc.asOf),
        },
      ]),
    );
  }, [search.engine, labels]);
  return { practices, failed: search.status === "error" };
}
