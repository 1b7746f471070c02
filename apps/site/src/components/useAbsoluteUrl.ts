import { useCallback } from "react";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import { absoluteUrl, permalinkPath } from "../plugins/collections/paths";

/** Turns a site path into the full address to share or print, e.g. `https://…/p/flen-sprakvanner`. */
export function useAbsoluteUrl(): (path: string) => string {
  const { siteConfig } = useDocusaurusContext();
  return useCallback((path: string) => absoluteUrl(siteConfig.url, siteConfig.baseUrl, path), [siteConfig.url, siteConfig.baseUrl]);
}

/** The short permanent link of a practice, absolute: what is printed and shared. */
export function useShortLink(): (id: string) => string {
  const absolute = useAbsoluteUrl();
  return useCallback((id: string) => absolute(permalinkPath(id)), [absolute]);
}
