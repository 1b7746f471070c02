// The Swedish sentences that explain a result, written once for `kb search` and the site.
import { sitePages } from "@kunskapsbanken/domain";
import { filterDefinitions } from "./filters.js";
import { pageKindLabel } from "./pages.js";
import type { SearchResult } from "./search-index.js";
import type { Correction, PageHit } from "./types.js";

const hitsText = (count: number) => (count === 1 ? "1 träff" : `${count} träffar`);

/**
 * How many hits, and how many have all the query's words: "22 träffar med alla orden,
 * 22 till med några av dem". A query of one word (or phrase) just gives the count.
 */
export function countText(result: Pick<SearchResult, "total" | "withAll" | "withSome" | "concepts">): string {
  if (result.concepts <= 1 || result.withSome === 0) return hitsText(result.total);
  if (result.withAll === 0) return `Ingen träff med alla orden, ${hitsText(result.withSome)} med några av dem`;
  return `${hitsText(result.withAll)} med alla orden, ${result.withSome} till med några av dem`;
}

/** One part of a sentence: `emphasis` parts are the words the search used instead of those typed. */
export interface TextPiece {
  text: string;
  emphasis?: boolean;
}

/** "Visar träffar för *fritidsbanken*" or "Sökte på delarna *budget* och *rådgivning*" for each repaired word. */
export function correctionPieces(correction: Correction): TextPiece[] {
  if (correction.kind === "typo") {
    return [{ text: "Visar träffar för " }, { text: correction.to, emphasis: true }, { text: ` (du skrev ”${correction.word}”)` }];
  }
  const parts = correction.to.split(" ");
  const pieces: TextPiece[] = [{ text: `”${correction.word}” finns inte i exemplen. Sökte på delarna ` }];
  parts.forEach((part, i) => {
    if (i > 0) pieces.push({ text: i === parts.length - 1 ? " och " : ", " });
    pieces.push({ text: part, emphasis: true });
  });
  return pieces;
}

/**
 * The honest answer for words that no practice uses and that are no typo or compound of
 * the bank's words: "Inga exempel handlar om hemlöshet." (two: "hemlöshet eller simhall"),
 * or undefined when there are none.
 */
export function absentText(result: Pick<SearchResult, "absent">): string | undefined {
  const words = result.absent.map((word) => `”${word}”`);
  if (words.length === 0) return undefined;
  const listed = words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} eller ${words.at(-1)}`;
  return `Inga exempel handlar om ${listed}.`;
}

/**
 * Why practices are listed after the hits: "De här exemplen handlar om samma ämnen som
 * träffarna: Hälsa och Skola och förskola." (undefined when none are).
 */
export function relatedText(result: Pick<SearchResult, "relatedBy" | "related">): string | undefined {
  if (result.related.length === 0) return undefined;
  const topics = result.relatedBy.map((title) => `”${title}”`);
  const listed = topics.length > 1 ? `${topics.slice(0, -1).join(", ")} och ${topics.at(-1)}` : (topics[0] ?? "");
  return `Få exempel matchar sökningen. De här handlar om samma ${topics.length > 1 ? "ämnen" : "ämne"} som träffarna: ${listed}.`;
}

const practicesText = (count: number) => (count === 0 ? "inga exempel ännu" : `${count} exempel`);

/** "Vingåker – kommunprofil, 6 exempel", "Malmö – kommun, inga exempel ännu". */
export function pageText(page: Pick<PageHit, "kind" | "title" | "practices" | "profile">): string {
  return `${page.title} – ${pageKindLabel(page)}, ${practicesText(page.practices)}`;
}

/** What a result says of a place without practices, and where to look instead. */
export interface PlaceNote {
  text: string;
  /** The county's practices on the search page, when it has any. */
  link?: { text: string; path: string };
}

/** The search page filtered on one county: `/sok?lan=skane-lan`. */
export function countySearchPath(countyId: string): string {
  const param = filterDefinitions.find((filter) => filter.name === "county")!.param;
  return `${sitePages.search}?${new URLSearchParams({ [param]: countyId })}`;
}

/**
 * The honest answer for a named place that has no practices yet: "Inga exempel från Malmö
 * ännu." and its county's practices instead, or that the county has none either.
 */
export function placeNote(page: PageHit): PlaceNote | undefined {
  if ((page.kind !== "kommun" && page.kind !== "lan") || page.practices > 0) return undefined;
  const text = `Inga exempel från ${page.title} ännu.`;
  const county = page.within;
  if (!county) return { text };
  if (county.practices === 0) return { text: `${text} Inte heller från ${county.title}.` };
  const count = county.practices === 1 ? "exemplet" : `de ${county.practices} exemplen`;
  return { text, link: { text: `Se ${count} från ${county.title}`, path: countySearchPath(county.filter) } };
}
