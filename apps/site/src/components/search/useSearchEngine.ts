import { useCallback, useMemo, useState } from "react";
import useBaseUrl from "@docusaurus/useBaseUrl";
import { useSiteData } from "../../lib/useSiteData";
import { completeSearchEngine, loadSearchEngine, type SearchEngine } from "./searchEngine";

export type EngineState =
  | { status: "idle"; engine?: undefined }
  | { status: "loading"; engine?: undefined }
  | { status: "ready"; engine: SearchEngine }
  | { status: "error"; engine?: undefined };

/**
 * The search engine, loaded when `load()` is first called (on focus or typing). It becomes
 * ready when titles can be searched and is replaced by a complete engine when the rest arrives.
 */
export function useSearchEngine(): EngineState & { load: () => void } {
  const { searchIndexFiles } = useSiteData();
  const first = useBaseUrl(`/${searchIndexFiles.first}`);
  const rest = useBaseUrl(`/${searchIndexFiles.rest}`);
  const urls = useMemo(() => ({ first, rest }), [first, rest]);
  const [state, setState] = useState<EngineState>({ status: "idle" });
  const load = useCallback(() => {
    setState((current) => {
      if (current.status === "loading" || current.status === "ready") return current;
      loadSearchEngine(urls).then(
        (engine) => setState((now) => (now.status === "ready" && now.engine.complete ? now : { status: "ready", engine })),
        () => setState({ status: "error" }),
      );
      completeSearchEngine(urls).then(
        (engine) => setState({ status: "ready", engine }),
        // Titles still work if the rest fails; the status line says search is limited.
        () => undefined,
      );
      return { status: "loading" };
    });
  }, [urls]);
  return { ...state, load };
}
