// Repair of a query word the index does not know: split into known words (a compound),
// corrected to the nearest known word (a typo), or split with a typo in its last part.
import { splitCompound } from "../compounds/split.js";
import { conceptOf, type Concept, type Thesaurus } from "./query.js";
import { fold, termOf } from "./swedish.js";
import type { TermLookup } from "./term-lookup.js";
import { boundedDistance, typoKey, type Vocabulary, type VocabularyEntry } from "./typo.js";
import type { Correction } from "./types.js";
import type { KnownWords } from "./vocabulary.js";

/** A part of a compound split from a query word counts alone this much (only parts of 4+ letters). */
const PART_WEIGHT = 0.5;

export interface Repair {
  concept: Concept;
  correction: Correction;
}

/**
 * A query word the index does not know: split it into words the index knows, or
 * correct it to the nearest known word. A word with hits never comes here. A real
 * Swedish word (`realWord`) is only split: it is never a typo for another word.
 */
export function repairConcept(
  concept: Concept,
  lookup: TermLookup,
  knownWords: () => KnownWords,
  thesaurus: Thesaurus,
  realWord = false,
): Repair | undefined {
  const word = concept.typed[0]!;
  const folded = fold(word);
  if (!/^\p{L}+$/u.test(folded)) return undefined;
  const { words, lexicon, places } = knownWords();

  const exact = splitCompound(folded, lexicon);
  if (exact.length > 1) return splitConcept(concept, exact, asTyped(word, exact));
  if (realWord) return undefined;

  // Edits are allowed by length without double letters, so a run of one letter (ööööö) is one letter, not a long word.
  const typo = nearestKnown(word, lookup, words, places, thesaurus);
  if (typo) return { ...typo, concept: { ...typo.concept, typed: concept.typed } };

  const loose = looseSplit(folded, words);
  // A tail found as typed is shown as typed (`vän`, not `van`); a corrected one as the bank writes it.
  const shown = loose && loose.shownTail === loose.parts[1] ? asTyped(word, loose.parts) : undefined;
  if (loose) return splitConcept(concept, loose.parts, shown ?? [...asTyped(word, loose.parts.slice(0, 1)), loose.shownTail]);
  return undefined;
}

/**
 * The known word fewest edits away; among equally near ones, the one in most practices.
 * When none of them is in a practice, a place name among them (`Mamlö` → Malmö): a place
 * is worth finding even before the bank has practices from it.
 */
function nearestKnown(
  word: string,
  lookup: TermLookup,
  words: Vocabulary,
  places: ReadonlyMap<string, string>,
  thesaurus: Thesaurus,
): Repair | undefined {
  const near = words.near([typoKey(word), typoKey(termOf(word))]);
  const closest = near.filter((found) => found.distance === near[0]?.distance).slice(0, 20);
  let best: VocabularyEntry | undefined;
  let bestCount = 0;
  for (const { entry } of closest) {
    // A thesaurus word no practice uses finds its group's practices.
    const count = lookup.count(entry.term) || lookup.reach(thesaurus.groupOf([entry.term])?.terms ?? []);
    if (count > bestCount || (!best && places.has(entry.term))) [best, bestCount] = [entry, count];
  }
  if (!best) return undefined;
  const terms = [best.term];
  // A place found by its name alone is written as the site writes it: `Malmö`.
  const shown = (bestCount === 0 ? places.get(best.term) : undefined) ?? closestForm(best, word);
  const corrected = conceptOf([shown], terms, thesaurus.groupOf(terms), false);
  return { concept: corrected, correction: { word, to: shown, kind: "typo" } };
}

function splitConcept(concept: Concept, parts: string[], shown: string[]): Repair {
  const terms = parts.map((part) => termOf(part));
  const split: Concept = { typed: concept.typed, alternatives: [{ terms, weight: 1, words: shown }], open: false };
  for (const [i, part] of parts.entries()) {
    if (part.length >= 4) split.alternatives.push({ terms: [terms[i]!], weight: PART_WEIGHT, words: [shown[i]!] });
  }
  return { concept: split, correction: { word: concept.typed[0]!, to: shown.join(" "), kind: "split" } };
}

/**
 * A compound whose last part has a typo (`hyresvärdsnätvärk`) or is short (`modulhus`):
 * a known head of 4+ letters, an optional linking s, and a tail that is known or one
 * typo from a known word of 5+ letters.
 */
function looseSplit(folded: string, words: Vocabulary): { parts: string[]; shownTail: string } | undefined {
  // The longest known heads only: each try scans the vocabulary for the tail.
  let tries = 0;
  for (let end = folded.length - 3; end >= 4 && tries < 3; end--) {
    const head = folded.slice(0, end);
    if (!words.terms.has(termOf(head))) continue;
    tries += 1;
    for (const start of folded[end] === "s" && folded.length - end > 3 ? [end + 1, end] : [end]) {
      const tail = folded.slice(start);
      if (words.terms.has(termOf(tail))) return { parts: [head, tail], shownTail: tail };
      const near = words.near([typoKey(tail)], 1);
      if (near[0]) return { parts: [head, fold(near[0].entry.forms[0]!)], shownTail: closestForm(near[0].entry, tail) };
    }
  }
  return undefined;
}

/** The parts as the reader typed them (with å, ä, ö): folding keeps every letter in place. */
function asTyped(word: string, parts: readonly string[]): string[] {
  const lower = word.toLowerCase();
  const folded = fold(word);
  if (folded.length !== lower.length) return [...parts];
  let from = 0;
  return parts.map((part) => {
    const at = folded.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
    return lower.slice(at, at + part.length);
  });
}

/** The written form of `entry` nearest to what was typed: `samhällsorientering`, not `samhällsorienteringen`. */
function closestForm(entry: VocabularyEntry, typed: string): string {
  const key = typoKey(typed);
  let best = entry.forms[0]!;
  let bestDistance = Infinity;
  for (const form of entry.forms) {
    const distance = boundedDistance(key, typoKey(form), 8);
    if (distance < bestDistance) [best, bestDistance] = [form, distance];
  }
  return best;
}
