// Swedish text analysis shared by the index builder (Node) and the browser.
// Kept free of Node APIs so the site can import it unchanged.
import { stemmer } from "@orama/stemmers/swedish";

import { fold } from "@kunskapsbanken/content-schema/text";

export { fold };

/**
 * One search term from one word: folded, then stemmed twice with the Snowball
 * Swedish stemmer. The second pass evens out plurals with a vowel change once
 * folded: bostäder → bostader → bostad → bost, and bostad → bost.
 * Folding first makes a query typed without å, ä and ö behave exactly like one with them.
 */
export function termOf(word: string): string {
  const folded = fold(word);
  if (/^\d+$/.test(folded) || folded.length < 3) return folded;
  return stemmer(stemmer(folded));
}

/** Words as the index sees them: runs of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Frequent Swedish function words that say nothing about a practice. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    "och att det som en ett i på av för med till den de är om har var men så man inte från vid " +
    "kan ska skall eller sin sina sitt hur när där vad alla även inom under efter mot hos samt också ut upp " +
    "dem deras vi våra vår ni er denna detta dessa " +
    // "vill" stems like "villa" and "villor" and stands in nearly every practice.
    "vill ville"
  )
    .split(" ")
    .map(fold),
);
