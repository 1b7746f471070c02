import { useCallback, useEffect, useState } from "react";
import useBaseUrl from "@docusaurus/useBaseUrl";
import type { SearchOptions, SearchResult } from "@kunskapsbanken/indexer/search";
import { useSiteData } from "../../lib/useSiteData";
import { loadSearchEngine, type SearchEngine } from "./searchEngine";

export type EngineState =
  | { status: "idle"; engine?: undefined }
  | { status: "loading"; engine?: undefined }
  | { status: "ready"; engine: SearchEngine }
  | { status: "error"; engine?: undefined };

/** The search engine, loaded when `load()` is first called (on focus or typing); ready once its start file is. */
export function useSearchEngine(): EngineState & { load: () => void } {
  const { searchIndexFiles } = useSiteData();
  const folder = useBaseUrl(`/${searchIndexFiles.shards}`);
  const [state, setState] = useState<EngineState>({ status: "idle" });
  const load = useCallback(() => {
    setState((current) => {
      if (current.status === "loading" || current.status === "ready") return current;
      loadSearchEngine(folder).then(
        (engine) => setState({ status: "ready", engine }),
        () => setState({ status: "error" }),
      );
      return { status: "loading" };
    });
  }, [folder]);
  return { ...state, load };
}

export interface RunState {
  /** The latest result that is ready: while the next is fetched, the one before. */
  result?: SearchResult;
  /** The shown result is not yet the one for the current query and options. */
  pending: boolean;
  failed: boolean;
}

/**
 * `engine.index.run(query, options)` once the pieces of the index it needs are fetched
 * (`prepare`). A newer query replaces an older one that is still fetching.
 */
export function useSearchRun(engine: SearchEngine | undefined, query: string, options: SearchOptions): RunState {
  const key = JSON.stringify([query, options]);
  const [state, setState] = useState<{ key?: string; result?: SearchResult; failed: boolean }>({ failed: false });
  useEffect(() => {
    if (!engine) return;
    let current = true;
    const [q, opts] = JSON.parse(key) as [string, SearchOptions];
    engine.index.prepare(q, opts).then(
      () => {
        if (current) setState({ key, result: engine.index.run(q, opts), failed: false });
      },
      () => {
        if (current) setState((now) => ({ ...now, key, failed: true }));
      },
    );
    return () => {
      current = false;
    };
  }, [engine, key]);
  return { result: state.result, pending: state.key !== key, failed: state.failed && state.key === key };
}
