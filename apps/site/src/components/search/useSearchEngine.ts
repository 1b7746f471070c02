import { useCallback, useState } from "react";
import useBaseUrl from "@docusaurus/useBaseUrl";
import { useSiteData } from "../../lib/useSiteData";
import { loadSearchEngine, type SearchEngine } from "./searchEngine";

export type EngineState =
  | { status: "idle"; engine?: undefined }
  | { status: "loading"; engine?: undefined }
  | { status: "ready"; engine: SearchEngine }
  | { status: "error"; engine?: undefined };

/** The search engine, loaded when `load()` is first called (on focus or typing). */
export function useSearchEngine(): EngineState & { load: () => void } {
  const { searchIndexPath } = useSiteData();
  const url = useBaseUrl(`/${searchIndexPath}`);
  const [state, setState] = useState<EngineState>({ status: "idle" });
  const load = useCallback(() => {
    setState((current) => {
      if (current.status === "loading" || current.status === "ready") return current;
      loadSearchEngine(url).then(
        (engine) => setState({ status: "ready", engine }),
        () => setState({ status: "error" }),
      );
      return { status: "loading" };
    });
  }, [url]);
  return { ...state, load };
}
