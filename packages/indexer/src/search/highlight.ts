import { termOf, wordsOf, WORD } from "./swedish.js";

/** Shorter terms inside words would mark too much (`tal` in `kapital`). */
const MIN_INNER_MATCH = 4;

export interface TextPart {
  text: string;
  /** True where the word matches a word of the query. */
  match: boolean;
}

/**
 * Splits `text` into parts, marking the words that a query word matched: same stem,
 * (while typing) the word starts with what has been typed, or a compound holds the
 * word (`genomgångsbostäder` for `bostad`; the browser has no dictionary to split with).
 */
export function highlightParts(text: string, query: string, also: readonly string[] = []): TextPart[] {
  // `also`: words the search used besides those typed (a corrected word, a synonym), from `SearchResult.highlight`.
  const terms = [...new Set([...wordsOf(query), ...also.flatMap(wordsOf)].map(termOf).filter((term) => term.length > 0))];
  if (terms.length === 0) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    const word = found[0];
    const term = termOf(word);
    if (!terms.some((t) => term.startsWith(t) || (t.length >= MIN_INNER_MATCH && term.includes(t)))) continue;
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false });
    parts.push({ text: word, match: true });
    last = found.index + word.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
