// Splits Swedish compounds into known words so that a search for `bostad` finds
// `bostadsbrist` and `brist` finds it too, without indexing every substring.
import { fold } from "../search/swedish.js";

/** Short dictionary words that are really suffixes; as a part they would split wrongly (verksam|het). */
const suffixLike = new Set([
  "het",
  "lig",
  "ning",
  "are",
  "ande",
  "ende",
  "else",
  "skap",
  "dom",
  "tion",
  "ism",
  "ist",
  "bar",
  "sam",
  "iga",
  "ig",
  "ade",
  "ene",
  "ast",
  "ast",
  "rna",
  "nde",
]);

const MIN_PART = 3;
/** Three-letter parts (vän, tal) only in long words: in short ones they split wrongly (bud|get, rus|tar). */
const MIN_WORD_FOR_SHORT_PARTS = 9;
const MIN_WORD = 6;
const MAX_PARTS = 4;

export interface Lexicon {
  /** A folded word that may stand as a part of a compound. */
  has(word: string): boolean;
  /** A folded word, possibly inflected (`verksamheten`), that may end a compound. */
  hasInflected(word: string): boolean;
  /** When given, a part must also be allowed where it stands (the Swedish lexicon's compound rules). */
  allows?(part: string, last: boolean): boolean;
}

/**
 * The parts of a compound, e.g. `bostadsbrist` → `bostad`, `brist`, or [] when
 * `word` is not a compound of known words. A linking `s` between parts is allowed.
 */
export function splitCompound(word: string, lexicon: Lexicon): string[] {
  const folded = fold(word);
  if (folded.length < MIN_WORD || !/^\p{L}+$/u.test(folded)) return [];
  const minPart = folded.length >= MIN_WORD_FOR_SHORT_PARTS ? MIN_PART : MIN_PART + 1;
  const best = bestSplit(folded, 0, { lexicon, minPart }, new Map());
  return best && best.length > 1 ? best : [];
}

/**
 * Every run of adjacent parts shorter than the whole: for språk|vän|verksamhet that is
 * språk, vän, verksamhet, språkvän and vänverksamhet, so `språkvän` is found too.
 */
export function compoundTerms(word: string, lexicon: Lexicon): string[] {
  const parts = splitCompound(word, lexicon);
  const terms: string[] = [];
  for (let from = 0; from < parts.length; from++) {
    for (let to = from + 1; to <= parts.length; to++) {
      if (to - from < parts.length) terms.push(parts.slice(from, to).join(""));
    }
  }
  return terms;
}

interface SplitContext {
  lexicon: Lexicon;
  minPart: number;
}

function isPart(text: string, { lexicon, minPart }: SplitContext, last: boolean): boolean {
  if (text.length < minPart || suffixLike.has(text)) return false;
  if (!lexicon.has(text) && !(last && lexicon.hasInflected(text))) return false;
  return lexicon.allows?.(text, last) ?? true;
}

/** Fewer parts first; then the split whose shortest part is longest (fritids|banken, not fritidsb|anken). */
function better(candidate: string[], current: string[] | null): boolean {
  if (!current) return true;
  if (candidate.length !== current.length) return candidate.length < current.length;
  return Math.min(...candidate.map((p) => p.length)) > Math.min(...current.map((p) => p.length));
}

/** Fewest parts that cover `word` from `start`; the longest first part wins a tie. */
function bestSplit(word: string, start: number, context: SplitContext, memo: Map<number, string[] | null>): string[] | null {
  if (memo.has(start)) return memo.get(start)!;
  let best: string[] | null = null;
  const rest = word.slice(start);
  if (start > 0 && isPart(rest, context, true)) best = [rest];
  for (let end = word.length - context.minPart; end >= start + context.minPart; end--) {
    const head = word.slice(start, end);
    if (!isPart(head, context, false)) continue;
    for (const next of word[end] === "s" && end + 1 < word.length ? [end, end + 1] : [end]) {
      const tail = bestSplit(word, next, context, memo);
      if (tail && tail.length < MAX_PARTS && better([head, ...tail], best)) best = [head, ...tail];
    }
  }
  memo.set(start, best);
  return best;
}
