// The Swedish sentences that explain a result, written once for `kb search` and the site.
import { pageKindLabels, type PageHit } from "./pages.js";
import type { SearchResult } from "./search-index.js";
import type { Correction } from "./types.js";

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

/** "Vingåker – kommunprofil, 6 exempel". */
export function pageText(page: PageHit): string {
  return `${page.title} – ${pageKindLabels[page.kind]}, ${page.practices} exempel`;
}
