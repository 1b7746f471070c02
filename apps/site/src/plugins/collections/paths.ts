// Stable addresses of the collection pages and the short links. Changing them breaks printed QR codes.

export const collectionPath = (id: string) => `/samling/${id}`;
export const collectionPrintPath = (id: string) => `${collectionPath(id)}/utskrift`;
export const COLLECTIONS_PATH = "/samlingar";
/** The short permanent link of a practice: printed on paper, so it must never change. */
export const permalinkPath = (id: string) => `/p/${id}`;
/** The practice's page, where the short link leads. */
export const practicePagePath = (id: string) => `/praktik/${id}`;

/** `https://site.example` + `/` + `p/ID`, without double slashes. */
export function absoluteUrl(siteUrl: string, baseUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, "")}/${`${baseUrl}${path}`.replace(/^\/+/, "").replace(/\/{2,}/g, "/")}`;
}
