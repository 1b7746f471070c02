import { useEffect, useMemo, useState } from "react";
import type { SearchDocument } from "@kunskapsbanken/indexer/search";
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
 * Titles, summaries and places of the listed practices, from the search index (the site's
 * one client-side copy of them), fetched for these ids only. Undefined until every id has
 * been looked up; an id missing from the map is not in the index.
 */
export function usePractices(ids: readonly string[]): { practices: Map<string, PracticeInfo> | undefined; failed: boolean } {
  const search = useSearchEngine();
  const { labels } = useSiteData();
  const { load } = search;
  useEffect(load, [load]);
  const [found, setFound] = useState<{ looked: Set<string>; docs: Map<string, SearchDocument> }>({ looked: new Set(), docs: new Map() });
  const [failed, setFailed] = useState(false);
  const key = ids.join(",");
  useEffect(() => {
    const engine = search.engine;
    const wanted = key === "" ? [] : key.split(",");
    if (!engine) return;
    let current = true;
    engine.index.documentsWithIds(wanted).then(
      (docs) => {
        if (!current) return;
        setFound((before) => ({
          looked: new Set([...before.looked, ...wanted]),
          docs: new Map([...before.docs, ...docs.map((doc): [string, SearchDocument] => [doc.slug, doc])]),
        }));
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [search.engine, key]);
  const ready = search.engine !== undefined && ids.every((id) => found.looked.has(id));
  const practices = useMemo(
    () =>
      ready
        ? new Map(
            [...found.docs.values()].map((doc) => [
              doc.slug,
              {
                id: doc.slug,
                title: doc.title,
                summary: doc.summary,
                places: doc.municipalities.map((id) => labels.municipalities[id] ?? id),
                status: statusAsOf(labels.status[doc.status] ?? doc.status, doc.asOf),
              },
            ]),
          )
        : undefined,
    [ready, found, labels],
  );
  return { practices, failed: failed || search.status === "error" };
}
