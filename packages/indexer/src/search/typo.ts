// Typo tolerance from the index's own vocabulary: no word list is downloaded, the
// words the index holds are the ones a typo can be corrected to.
import { fold } from "./swedish.js";

/** Folded, with a run of one letter written once: forgives å/ä/ö and double letters (samhälsorientering). */
export function typoKey(word: string): string {
  return fold(word).replace(/(\p{L})\1+/gu, "$1");
}

/** How many edits a word of this many letters may have: none up to 4, one for 5–7, two from 8. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
 * alignment), or `limit + 1` as soon as it is known to exceed `limit`.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

export interface VocabularyEntry {
  /** The term as the index holds it (folded and stemmed). */
  term: string;
  /** How readers write it, when the index has seen it written (a few forms); else the term. */
  forms: string[];
  /** `typoKey` of the display form and of the term, compared with a typed word. */
  keys: string[];
}

/** The whole terms an index knows, grouped by key length so a typo only meets words of about its length. */
export class Vocabulary {
  private readonly byLength = new Map<number, VocabularyEntry[]>();
  readonly terms: ReadonlySet<string>;

  constructor(entries: Iterable<VocabularyEntry>) {
    const terms = new Set<string>();
    for (const entry of entries) {
      terms.add(entry.term);
      for (const length of new Set(entry.keys.map((key) => key.length))) {
        const list = this.byLength.get(length) ?? [];
        this.byLength.set(length, list);
        list.push(entry);
      }
    }
    this.terms = terms;
  }

  /**
   * Entries within the allowed edits of any of `keys` (the typed word and its stem, each
   * allowed the edits of its own length), closest first.
   */
  near(keys: readonly string[], maxEdits = 2): { entry: VocabularyEntry; distance: number }[] {
    const found = new Map<VocabularyEntry, number>();
    for (const key of new Set(keys)) {
      const edits = Math.min(maxEdits, allowedEdits(key.length));
      if (edits === 0) continue;
      for (let length = key.length - edits; length <= key.length + edits; length++) {
        for (const entry of this.byLength.get(length) ?? []) {
          for (const candidate of entry.keys) {
            // A typo keeps its first letter: readers seldom miss the first, and a sharded
            // index then fetches, of the words a typo's length, those of one letter.
            if (candidate.length !== length || candidate[0] !== key[0]) continue;
            const distance = boundedDistance(key, candidate, edits);
            if (distance <= edits && distance < (found.get(entry) ?? Infinity)) found.set(entry, distance);
          }
        }
      }
    }
    return [...found].map(([entry, distance]) => ({ entry, distance })).sort((a, b) => a.distance - b.distance);
  }
}
