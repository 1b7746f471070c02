// How practices are scored and ordered for a query: evidence per concept, rare concepts
// counting more, words found nearly everywhere not making a hit on their own.
import { fieldWeights } from "./encoder.js";
import type { Evidence } from "./evidence.js";
import type { Concept } from "./query.js";
import type { IndexReader, StoredDoc, TermLookup } from "./term-lookup.js";

/** A concept found in more than this share of all practices cannot make a hit on its own. */
const COMMON_SHARE = 0.5;
/** A phrase synonym is used when all its words are in at most RARE_SHARE of the practices, or one in at most VERY_RARE_SHARE. */
const RARE_SHARE = 0.1;
const VERY_RARE_SHARE = 0.03;
/** How much a practice of the place the query names gains: the place's alone, or shared with other places. */
const PLACE_OWN = fieldWeights.title * 1.5;
const PLACE_SHARED = fieldWeights.summary;

/** Practice number → evidence for one concept: its best alternative, plus the place bonus. */
export function conceptEvidence(concept: Concept, lookup: TermLookup, index: IndexReader): Evidence {
  // One word without synonyms, not a place: its evidence as it is, without a copy.
  if (concept.alternatives.length === 1 && concept.alternatives[0]!.terms.length === 1 && !concept.place) {
    return lookup.termEvidence(concept.alternatives[0]!.terms[0]!);
  }
  const found = lookup.newEvidence();
  const usable: { evidence: Evidence; weight: number }[] = [];
  // A place whose name is an ordinary word (Vara, Mark) is found by its practices' places
  // only: in a practice's text the word is the ordinary word.
  const alternatives = concept.place?.ordinaryWord ? [] : concept.alternatives;
  // At least as many practices as the longest field list: enough to call a word common without counting it exactly.
  const common = (term: string) => lookup.atLeast(term) > index.size * COMMON_SHARE || lookup.count(term) > index.size * COMMON_SHARE;
  for (const [i, alternative] of alternatives.entries()) {
    // A synonym or compound part made of everyday words (`delat boende`, `boende`) cannot
    // be told apart from those words (the index does not keep word order), and a word in
    // most practices tells nothing: either would only widen the result.
    if (i > 0 && alternative.terms.some(common)) continue;
    // A phrase synonym is checked word by word, not as a phrase, so its words must be rare
    // enough that having them all means the phrase: `egna hem` must not find `egna HVB-hem`,
    // while `arbetsplatsintegrerat lärande` (one very rare word) may be used.
    if (i > 0 && alternative.terms.length > 1 && !phraseIsTellingEnough(alternative.terms, lookup, index.size)) continue;
    const evidence = lookup.alternative(alternative);
    if (evidence.size > 0) usable.push({ evidence, weight: alternative.terms.length === 1 ? alternative.weight : 1 });
  }
  // Most synonyms are not in the index at all: then the typed word's evidence is the concept's, without a copy.
  if (usable.length === 1 && usable[0]!.weight === 1 && !concept.place) return usable[0]!.evidence;
  for (const { evidence, weight } of usable) {
    for (const n of evidence.members) {
      const value = evidence.get(n)! * weight;
      if (value > (found.get(n) ?? 0)) found.set(n, value);
    }
  }
  if (concept.place) {
    // The place's own practices first, then those it shares with other places.
    for (const { n, own } of index.placeMembers(concept.place)) found.set(n, (found.get(n) ?? 0) + (own ? PLACE_OWN : PLACE_SHARED));
  }
  return found;
}

function phraseIsTellingEnough(terms: readonly string[], lookup: TermLookup, size: number): boolean {
  const counts = terms.map((term) => lookup.count(term));
  return Math.min(...counts) <= Math.max(2, size * VERY_RARE_SHARE) || Math.max(...counts) <= Math.max(1, size * RARE_SHARE);
}

/** Sums of the evidence per practice number, in flat arrays: a Map of objects per candidate costs more than the search. */
export interface Scores {
  score: Float64Array;
  matchedCount: Uint8Array;
  /** 1 where the practice matched a concept that is not common. */
  informativeHit: Uint8Array;
  /** Practice numbers with any evidence, in the order first seen. */
  touched: number[];
  /** Some concept is neither common nor found nowhere: then only practices with such a concept are hits. */
  anyInformative: boolean;
}

export function scoreEvidence(evidence: readonly Evidence[], size: number): Scores {
  const common = evidence.map((found) => found.size > size * COMMON_SHARE);
  // A concept found nowhere informs nothing either: it must not hide the hits of the others.
  const anyInformative = common.some((isCommon, c) => !isCommon && evidence[c]!.size > 0);
  const score = new Float64Array(size);
  const matchedCount = new Uint8Array(size);
  const informativeHit = new Uint8Array(size);
  const touched: number[] = [];
  evidence.forEach((found, c) => {
    const idf = Math.log(1 + size / Math.max(1, found.size));
    for (const n of found.members) {
      if (matchedCount[n] === 0) touched.push(n);
      score[n] = score[n]! + idf * found.get(n)!;
      matchedCount[n] = matchedCount[n]! + 1;
      if (!common[c]) informativeHit[n] = 1;
    }
  });
  return { score, matchedCount, informativeHit, touched, anyInformative };
}

export interface Ranked {
  n: number;
  score: number;
  /** How many of the query's concepts the practice has. */
  matched: number;
  /** Fetched from the store only when the candidate may enter the list. */
  doc: StoredDoc | null | undefined;
}

type Candidate = Pick<Ranked, "n" | "matched" | "score">;

/**
 * Whether a candidate would enter the best `limit`: asked before the candidate is made, as
 * most of a broad query's thousands of candidates do not.
 */
export function entersTop(top: readonly Ranked[], limit: number, candidate: Candidate, index: IndexReader): boolean {
  return top.length < limit || (limit > 0 && compareRanked(candidate, top[limit - 1]!, index) < 0);
}

/** Keeps the best `limit` candidates in order: a stable insertion into a short list, as a full sort would order them. */
export function insertTop(top: Ranked[], candidate: Ranked, limit: number, index: IndexReader): void {
  if (!entersTop(top, limit, candidate, index)) return;
  let low = 0;
  let high = top.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareRanked(top[middle]!, candidate, index) <= 0) low = middle + 1;
    else high = middle;
  }
  top.splice(low, 0, candidate);
  if (top.length > limit) top.pop();
}

/**
 * Practices with more of the query's concepts come first (all of them first; a word no
 * practice has keeps no one from having all the others); then the higher score; then by title.
 * A question's content words are many and seldom all in one practice: the practice with
 * three of them answers it better than one that says two of them often.
 */
function compareRanked(a: Candidate, b: Candidate, index: IndexReader): number {
  return b.matched - a.matched || b.score - a.score || index.titleOrder(a.n) - index.titleOrder(b.n);
}

/**
 * Each practice's place in title order (ties by number), computed once: a broad query has
 * thousands of candidates of equal score, and comparing their titles each time cost more
 * than the rest of the search.
 */
export function titleOrderOf(titles: readonly string[]): Int32Array {
  const rank = new Int32Array(titles.length);
  inTitleOrder(titles).forEach((n, place) => {
    rank[n] = place;
  });
  return rank;
}

/** Practice numbers in title order, ties by number: the order of equal scores, and a sharded index's numbering. */
export function inTitleOrder(titles: readonly string[]): number[] {
  return titles.map((_, n) => n).sort((a, b) => byTitle(titles[a]!, titles[b]!) || a - b);
}

/** One collator for every comparison: `localeCompare(…, "sv")` builds a new one per call. */
export const byTitle = new Intl.Collator("sv").compare;
