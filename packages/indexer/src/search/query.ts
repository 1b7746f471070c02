// From what a reader types to what the index is asked: words that carry no meaning are
// dropped, phrases of the thesaurus are recognised, and each remaining word or phrase
// becomes a concept with the other words of its thesaurus group as weaker alternatives.
import type { PlaceNames, PlaceRef, PlaceSpan } from "./query-places.js";
import { fold, stopWords, termOf, wordsOf } from "./swedish.js";

/** Guards against pathological input: a pasted page of text is cut, never an error. */
const MAX_QUERY_WORDS = 12;
const MAX_WORD_LENGTH = 64;

/** How much a thesaurus alternative counts against the word typed. */
export const SYNONYM_WEIGHT = 0.6;

/**
 * Question words and filler verbs people type in a question ("hur får vi fler hyresvärdar
 * …"): they say nothing about which practice is wanted, so they do not count as words.
 */
const fillerWords: ReadonlySet<string> = new Set(
  (
    "hur vad vem vilka vilken vilket varför när var vi ni jag du man oss mig dig sig " +
    "få får fick fått göra gör gjort gjorde finns fanns funnits kan kunna kunde ska skall skulle " +
    "vill ville behöver behövs måste ha har hade bli blir blev vara är " +
    "någon något några många mer mest flera fler olika andra annan annat just bara också " +
    "exempel goda gott bra tips idéer sätt hitta hjälpa hjälper fungerar fungera lyckas lyckats jobba jobbar " +
    "använda använder arbetar arbeta med mot ta tar emot ge ger gett det den detta dessa där här nu"
  )
    .split(" ")
    .map(fold),
);

// A lone letter or digit (`#1`, `a`) tells nothing about a practice and is found nearly everywhere.
const isIgnoredWord = (word: string): boolean => {
  const folded = fold(word);
  return folded.length < 2 || stopWords.has(folded) || fillerWords.has(folded);
};

/** One way a concept can be found: every one of `terms` in the practice. */
export interface Alternative {
  /** Index terms (folded, stemmed). */
  terms: string[];
  /** 1 for what was typed; less for a synonym. */
  weight: number;
  /** The words as written, for highlighting. */
  words: string[];
}

export interface CompiledGroup {
  /** Each term of the group as index terms, e.g. `hem för vård eller boende` → hem, vard, boend. */
  terms: { terms: string[]; words: string[] }[];
  topics: string[];
  targetGroups: string[];
}

/** The thesaurus as stored in the index: each group's words, and what a reader may want to browse. */
export interface ThesaurusData {
  groups: { terms: string[]; topics?: string[]; targetGroups?: string[] }[];
}

/** Index terms of a phrase, with the words a query would drop dropped here too. */
export function termsOfPhrase(text: string): string[] {
  return wordsOf(text)
    .filter((word) => !isIgnoredWord(word))
    .map((word) => termOf(word.slice(0, MAX_WORD_LENGTH)))
    .filter((term) => term.length > 0);
}

/** Looks up thesaurus terms by their first index term, longest phrase first. */
export class Thesaurus {
  private readonly byFirst = new Map<string, { terms: string[]; group: CompiledGroup }[]>();
  readonly groups: CompiledGroup[];

  constructor(data: ThesaurusData = { groups: [] }) {
    this.groups = data.groups.map((group) => ({
      // A phrase's little words (`för`, `eller`) are not searched, so not marked either.
      terms: group.terms
        .map((text) => ({ terms: termsOfPhrase(text), words: wordsOf(text).filter((word) => !isIgnoredWord(word)) }))
        .filter((t) => t.terms.length > 0),
      topics: group.topics ?? [],
      targetGroups: group.targetGroups ?? [],
    }));
    for (const group of this.groups) {
      for (const { terms } of group.terms) {
        const list = this.byFirst.get(terms[0]!) ?? [];
        this.byFirst.set(terms[0]!, list);
        list.push({ terms, group });
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  }

  /** The longest thesaurus term starting at `from` in `terms`, if any. */
  match(terms: readonly string[], from: number): { length: number; group: CompiledGroup } | undefined {
    for (const candidate of this.byFirst.get(terms[from]!) ?? []) {
      if (candidate.terms.every((term, i) => terms[from + i] === term)) return { length: candidate.terms.length, group: candidate.group };
    }
    return undefined;
  }

  groupOf(terms: readonly string[]): CompiledGroup | undefined {
    const found = this.match(terms, 0);
    return found && found.length === terms.length ? found.group : undefined;
  }
}

export interface Concept {
  /** The words as typed. */
  typed: string[];
  /** The first alternative is what was typed (or its correction); the rest are synonyms. */
  alternatives: Alternative[];
  group?: CompiledGroup;
  /** True for the query's last word while it may still be being typed: it matches as a prefix. */
  open: boolean;
  /** Set when the concept names a place (`Malmö`, `Skåne län`, `Sörmland`). */
  place?: PlaceRef;
}

/** A concept for `typed` (index terms `terms`), expanded with its thesaurus group. */
export function conceptOf(typed: string[], terms: string[], group: CompiledGroup | undefined, open: boolean): Concept {
  const alternatives: Alternative[] = [{ terms, weight: 1, words: typed }];
  const key = terms.join(" ");
  for (const other of group?.terms ?? []) {
    if (other.terms.join(" ") !== key) alternatives.push({ terms: other.terms, weight: SYNONYM_WEIGHT, words: other.words });
  }
  return { typed, alternatives, group, open };
}

/** The concept of a place named in the query: found by its name's words in the text, and by the practices' places. */
function placeConcept({ words, terms, place }: PlaceSpan): Concept {
  // Highlight the name, not a `kommun` or `län` after it; a name that is an ordinary word not at all.
  const shown = place.ordinaryWord ? [] : words.slice(0, terms.length);
  return { typed: words, alternatives: [{ terms, weight: 1, words: shown }], open: false, place };
}

/**
 * The query's concepts, in order, each word used once. Place names are read first, before
 * question and filler words are dropped (`Vara` is a place, `vara` in a question a verb:
 * see `ordinaryWordPlaces`).
 */
export function parseQuery(query: string, thesaurus: Thesaurus, places?: PlaceNames): Concept[] {
  const typed: { word: string; term: string; place?: PlaceSpan }[] = [];
  const seen = new Set<string>();
  const all = wordsOf(String(query ?? ""));
  const spans = new Map((places?.find(all) ?? []).map((span) => [span.start, span]));
  for (let i = 0; i < all.length; i++) {
    const span = spans.get(i);
    if (span) {
      i += span.length - 1;
      const key = `\u0000${span.place.filter}:${span.place.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      typed.push({ word: span.words.join(" "), term: key, place: span });
      if (typed.length === MAX_QUERY_WORDS) break;
      continue;
    }
    const word = all[i]!.slice(0, MAX_WORD_LENGTH);
    if (isIgnoredWord(word)) continue;
    const term = termOf(word);
    if (!term || seen.has(term)) continue;
    seen.add(term);
    typed.push({ word, term });
    if (typed.length === MAX_QUERY_WORDS) break;
  }
  // A word still being typed: the query does not end in a space or punctuation.
  const lastOpen =
    /[\p{L}\p{N}]$/u.test(String(query ?? "")) &&
    typed.length > 0 &&
    fold(all[all.length - 1] ?? "") === fold(typed[typed.length - 1]!.word);
  const terms = typed.map((t) => t.term);
  const concepts: Concept[] = [];
  for (let i = 0; i < typed.length; ) {
    const place = typed[i]!.place;
    if (place) {
      concepts.push(placeConcept(place));
      i += 1;
      continue;
    }
    const found = thesaurus.match(terms, i);
    const length = found?.length ?? 1;
    const span = typed.slice(i, i + length);
    const open = lastOpen && i + length === typed.length && length === 1;
    concepts.push(
      conceptOf(
        span.map((t) => t.word),
        span.map((t) => t.term),
        found?.group,
        open,
      ),
    );
    i += length;
  }
  return concepts;
}
