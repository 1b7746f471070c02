import { usePluginData } from "@docusaurus/useGlobalData";
import type { SiteLabels } from "../plugins/kunskapsbanken/types";

export interface SiteData {
  labels: SiteLabels;
  /** The folder of the sharded search index, relative to the site root. */
  searchIndexFiles: { shards: string };
}

/** Labels and the search index path, from the kunskapsbanken plugin's global data. */
export function useSiteData(): SiteData {
  return usePluginData("kunskapsbanken") as SiteData;
}
