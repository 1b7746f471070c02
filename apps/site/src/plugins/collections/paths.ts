// Stable addresses of the collection pages and the short links come from the one route table
// in @kunskapsbanken/content-schema. Changing them breaks printed QR codes.
export {
  collectionPath,
  collectionPrintPath,
  practicePath as practicePagePath,
  shortLinkPath as permalinkPath,
} from "@kunskapsbanken/domain";
import { sitePages } from "@kunskapsbanken/domain";

export const COLLECTIONS_PATH = sitePages.collections;

/** `https://site.example` + `/` + `p/ID`, without double slashes. */
export function absoluteUrl(siteUrl: string, baseUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, "")}/${`${baseUrl}${path}`.replace(/^\/+/, "").replace(/\/{2,}/g, "/")}`;
}
