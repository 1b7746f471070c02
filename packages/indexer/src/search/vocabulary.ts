// The words an index knows, built from its practices and pages: what typos are corrected
// against and what compounds are split into. The list is built once from the full index,
// ordered by band (a known word's shortest written length). A sharded index has a file per
// band, and one per band and first letter, and fetches, for an unknown word of n letters,
// the bands up to n - 3 whole (a split's parts are at least three letters shorter than the
// word) and the bands up to n + 2 of its first letter (a typo is at most two edits from
// what it means and keeps its first letter: `typo.ts`). So the repair sees the same known
// words, in the same order, as with the whole list.
import type { Lexicon } from "../compounds/split.js";
import { fileUnder } from "./multimap.js";
import type { Pages } from "./pages.js";
import type { PlaceNames } from "./query-places.js";
import type { Thesaurus } from "./query.js";
import type { VocabularyFile } from "./shard-format.js";
import { fold, termOf, wordsOf } from "./swedish.js";
import { mayStandInCompound, type SwedishWords } from "./swedish-words.js";
import type { IndexReader } from "./term-lookup.js";
import { typoKey, Vocabulary, type VocabularyEntry } from "./typo.js";

export interface KnownWords {
  words: Vocabulary;
  lexicon: Lexicon;
  /** One-word place names by index term, as the site writes them: a typo may mean a place with no practices yet. */
  places: ReadonlyMap<string, string>;
}

/**
 * Titles, summaries, page titles and the thesaurus' words as written (for display forms),
 * plus every body term. A thesaurus word is known so that a typo of the reader's own word
 * (`flyktingförläggnigen`) finds the group's practices (asylboende).
 */
export function vocabularyOf(index: IndexReader, pages: Pages, thesaurus?: Thesaurus): VocabularyFile {
  const display = new Map<string, string[]>();
  const see = (word: string) => {
    const term = termOf(word);
    if (term.length < 2) return;
    const forms = display.get(term) ?? [];
    const form = word.toLowerCase();
    if (forms.length < 4 && !forms.includes(form)) display.set(term, [...forms, form]);
  };
  for (let n = 0; n < index.size; n++) {
    const doc = index.doc(n);
    if (doc) for (const word of wordsOf(`${doc.title} ${doc.summary}`)) see(word);
  }
  for (const word of pages.titleWords()) see(word);
  for (const group of thesaurus?.groups ?? []) for (const { words } of group.terms) if (words.length === 1) see(words[0]!);
  const list: VocabularyFile = [...display].map(([term, forms]) => [term, ...forms]);
  for (const term of index.fieldMap("body")?.keys() ?? []) if (term.length >= 2 && !display.has(term)) list.push(term);
  // Stable: within a band, the index's order.
  return list
    .map((item, at) => ({ item, at, band: bandOf(item) }))
    .sort((a, b) => a.band - b.band || a.at - b.at)
    .map(({ item }) => item);
}

/** The shortest form a known word is compared in (term, written forms, typo keys): the band its file is. */
function bandOf(item: VocabularyFile[number]): number {
  const written = typeof item === "string" ? [item] : item;
  return Math.min(...written.map((form) => typoKey(form).length));
}

/** The bands a repair of `word` can use: whole up to `whole`, of `letter` up to `upTo` (see the top of this file). */
export interface BandsNeeded {
  whole: number;
  upTo: number;
  letter: number;
}

export function bandsNeededFor(word: string): BandsNeeded {
  const folded = fold(word);
  return { whole: folded.length - 3, upTo: folded.length + 2, letter: typoKey(word).codePointAt(0) ?? 0 };
}

/** The first letters (code points) of a known word's typo keys: the band-and-letter files it is in. */
export function lettersOf(item: VocabularyFile[number]): number[] {
  const written = typeof item === "string" ? [item] : item;
  return [...new Set(written.map((form) => typoKey(form).codePointAt(0) ?? 0))];
}

/** The list in its band files: band → the band's part of the list, in list order. */
export function vocabularyBands(list: VocabularyFile): Map<number, VocabularyFile> {
  const bands = new Map<number, VocabularyFile>();
  for (const item of list) fileUnder(bands, bandOf(item), item);
  return bands;
}

/**
 * The known words of a vocabulary list, ready to correct typos and split compounds; with
 * the Swedish lexicon, a split's parts must also be allowed where they stand.
 */
export function knownWordsOf(list: VocabularyFile, places: PlaceNames, swedish?: SwedishWords): KnownWords {
  const surfaces = new Set<string>();
  const seen = new Set<string>();
  const entries: VocabularyEntry[] = [];
  for (const item of list) {
    const [term, ...shown] = typeof item === "string" ? [item] : item;
    if (seen.has(term!)) continue;
    seen.add(term!);
    for (const form of shown) surfaces.add(fold(form));
    const forms = shown.length > 0 ? shown : [term!];
    entries.push({ term: term!, forms, keys: [...new Set([...forms.map(typoKey), typoKey(term!)])] });
  }
  const words = new Vocabulary(entries);
  const lexicon: Lexicon = {
    // A known word, or a known word's stem: `plats` is a part because `platsen` was indexed as `plat`.
    has: (part) => surfaces.has(part) || words.terms.has(part) || (part.length >= 4 && words.terms.has(termOf(part))),
    hasInflected: (part) => part.length >= 4 && words.terms.has(termOf(part)),
    ...(swedish ? { allows: (part: string, last: boolean) => mayStandInCompound(swedish, part, last) } : {}),
  };
  return { words, lexicon, places: places.oneWordNames() };
}
