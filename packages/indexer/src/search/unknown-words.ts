// The unknown words of a query, repaired (`repair.ts`) against the known words of the
// vocabulary bands each word needs (`vocabulary.ts`). Repairs are kept: a query is run
// again on every keystroke and filter click.
import type { Concept, Thesaurus } from "./query.js";
import type { PlaceNames } from "./query-places.js";
import { repairConcept, type Repair } from "./repair.js";
import type { VocabularyFile } from "./shard-format.js";
import { fold } from "./swedish.js";
import { isSwedishWord, type SwedishWords } from "./swedish-words.js";
import type { TermLookup } from "./term-lookup.js";
import type { Correction } from "./types.js";
import { bandsNeededFor, knownWordsOf, type BandsNeeded, type KnownWords } from "./vocabulary.js";

export interface UnknownWordsSource {
  /** The Swedish lexicon, when the index has one: real words are not corrected, splits follow its rules. */
  swedish?: SwedishWords;
  /** The known words of the bands up to `upTo` (more is fine), or undefined while they are being fetched. */
  vocabulary(need: BandsNeeded): VocabularyFile | undefined;
  /** The vocabulary comes whole (a full index): one set of known words serves every word. */
  whole: boolean;
  placeNames: PlaceNames;
  thesaurus: Thesaurus;
  /** A lookup of the run under way needed a file not yet fetched: what it found is not final. */
  waiting(): boolean;
}

export class UnknownWords {
  /** Known words by the bands they were built from (a full index: one entry, `*`). */
  private readonly known = new Map<string, KnownWords>();
  private readonly repairs = new Map<string, Repair | null>();

  constructor(private readonly source: UnknownWordsSource) {}

  /**
   * Replaces, in place, each one-word concept the index does not know by its repair; returns
   * what was repaired. A place name is never repaired, with or without practices; a repair
   * to a place's name (`Mamlö` → Malmö) names the place.
   */
  repairAll(concepts: Concept[], lookup: TermLookup): { corrections: Correction[]; absent: string[] } {
    const corrections: Correction[] = [];
    const absent: string[] = [];
    for (const [i, concept] of concepts.entries()) {
      if (concept.place) continue;
      // A thesaurus word is the reader's word for the group's: it is never repaired, and is
      // named when no practice has any word of the group (`körkort`, `simskola`).
      if (concept.group) {
        if (lookup.reach(concept.alternatives) === 0 && !this.source.waiting()) {
          absent.push(concept.typed.join(" "));
        }
        continue;
      }
      if (concept.alternatives[0]!.terms.length !== 1) continue;
      if (lookup.any(concept.alternatives[0]!.terms[0]!)) continue;
      // A sharded index repairs a word once its own shard says the word is unknown.
      if (this.source.waiting()) continue;
      const repaired = this.repairOf(concept, lookup);
      if (repaired) {
        const { alternatives } = repaired.concept;
        const place =
          alternatives[0]!.terms.length === 1
            ? this.source.placeNames.placeOfTerm(alternatives[0]!.terms[0]!, repaired.correction.to, concepts.length === 1)
            : undefined;
        concepts[i] = { ...repaired.concept, alternatives: [...alternatives], ...(place ? { place } : {}) };
        corrections.push({ ...repaired.correction, word: concept.typed[0]! });
      } else if (!this.source.waiting()) absent.push(concept.typed[0]!);
    }
    return { corrections, absent };
  }

  private isRealWord(folded: string): boolean {
    return this.source.swedish ? isSwedishWord(this.source.swedish, folded) : false;
  }

  private repairOf(concept: Concept, lookup: TermLookup): Repair | null {
    const key = fold(concept.typed[0]!);
    const kept = this.repairs.get(key);
    if (kept !== undefined) return kept;
    const need = bandsNeededFor(key);
    this.askLexiconAbout(key, need);
    const repaired = repairConcept(concept, lookup, () => this.knownWords(need), this.source.thesaurus, this.isRealWord(key)) ?? null;
    // A repair made before the vocabulary and its candidates' shards were fetched is made again.
    if (!this.source.waiting()) this.repairs.set(key, repaired);
    return repaired;
  }

  /**
   * Asks the lexicon at once about the word and every part a split of it could have, so
   * that a sharded index fetches their lexicon shards in one round, not one per part.
   */
  private askLexiconAbout(folded: string, need: BandsNeeded): void {
    const swedish = this.source.swedish;
    if (!swedish) return;
    swedish.flagsOf(folded);
    const { lexicon } = this.knownWords(need);
    for (let from = 0; from < folded.length; from++) {
      for (let to = from + 3; to <= folded.length; to++) {
        const part = folded.slice(from, to);
        if (lexicon.has(part) || lexicon.hasInflected(part)) {
          swedish.flagsOf(part);
          swedish.flagsOf(`${part}s`);
        }
      }
    }
  }

  /** The known words of the bands a word needs; a full index has them all at hand. */
  private knownWords(need: BandsNeeded): KnownWords {
    const key = this.source.whole ? "*" : `${need.whole}/${need.upTo}/${need.letter}`;
    const kept = this.known.get(key);
    if (kept) return kept;
    const list = this.source.vocabulary(need);
    if (!list) return knownWordsOf([], this.source.placeNames);
    const words = knownWordsOf(list, this.source.placeNames, this.source.swedish);
    this.known.set(key, words);
    return words;
  }
}
