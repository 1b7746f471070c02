// Which words of a query name a place: the 290 municipalities and the 21 counties, by
// name or other name (Sörmland, Gothenburg), in one word or several (Västra Götaland,
// Upplands Väsby), with å, ä and ö or without, in the genitive (Vingåkers) or followed by
// `kommun`, `län` or `stad`.
import type { SearchPage } from "./types.js";
import { fold, termOf, wordsOf } from "./swedish.js";

/** A place a query names, as the filters know it, with the pages that stand for it. */
export interface PlaceRef {
  filter: "municipality" | "county";
  id: string;
  /** The name as the site writes it, e.g. `Malmö`, `Skåne län`. */
  name: string;
  /** Ids of the pages the typed name stands for, the best first: `Stockholm` names the municipality and its county. */
  pages: string[];
  /**
   * The name is also an ordinary word (`ordinaryWordPlaces`): the place is found by its
   * practices' places only, and the word is not marked in their text, where it is the word.
   */
  ordinaryWord: boolean;
}

/** A run of query words that names a place. */
export interface PlaceSpan {
  /** Index of the first word in the query's words. */
  start: number;
  /** How many query words the span covers, a trailing `kommun` or `län` included. */
  length: number;
  /** The words as typed. */
  words: string[];
  /** Index terms of the name itself, without `kommun` or `län`. */
  terms: string[];
  place: PlaceRef;
}

/** Words after a name that belong to it: `Vara kommun`, `Skåne län`, `Malmö stad`, `Flens kommuns`. */
const placeSuffixes: ReadonlySet<string> = new Set(["kommun", "kommuns", "lan", "lans", "stad", "stads"]);

/**
 * Municipality names that are also ordinary Swedish words (folded): `vara` (to be),
 * `mark` (land), `berg`, `kil`, `lund`, `boden`, `säter`, … The rule: such a name is read as
 * the place only when
 *  1. it is the whole query, a trailing `kommun` or `län` allowed (`Vara`, `vara kommun`), or
 *  2. it is followed by `kommun`, `län` or `stad` (`bostäder i Mark kommun`), or
 *  3. it is written with a capital letter and is not the query's first word, where a capital
 *     says nothing (`bostäder i Mark`, but not `Mark för bostäder`).
 * Otherwise it is the ordinary word and stays a word of the query (or is dropped as a
 * filler word, as `vara` in `hur kan vi vara ett stöd för nyanlända`), so a question that
 * happens to use the word does not lead with the place.
 */
export const ordinaryWordPlaces: ReadonlySet<string> = new Set([
  "ale",
  "are",
  "berg",
  "bjuv",
  "boden",
  "habo",
  "kil",
  "lund",
  "mark",
  "mora",
  "nora",
  "sala",
  "salem",
  "sater",
  "skara",
  "vara",
]);

/** How many words a place name has at most (`Jämtland Härjedalen`, `Västra Götaland`). */
const MAX_NAME_WORDS = 3;

interface Name {
  /** The name's words, folded. */
  words: string[];
  /** As written, lower case: `Habo` and `Håbo` fold alike, the one typed exactly wins. */
  exact: string;
  page: SearchPage;
}

/** The names the pages of places go by, looked up by their first folded word. */
export class PlaceNames {
  private readonly byFirst = new Map<string, Name[]>();
  private readonly byTerm = new Map<string, Name[]>();

  constructor(pages: readonly SearchPage[]) {
    for (const page of pages) {
      if ((page.kind !== "kommun" && page.kind !== "lan") || !page.filter) continue;
      for (const text of page.names ?? [page.title]) {
        const written = wordsOf(text);
        const words = written.map(fold);
        if (words.length === 0 || words.length > MAX_NAME_WORDS) continue;
        const name = { words, exact: written.join(" ").toLowerCase(), page };
        push(this.byFirst, words[0]!, name);
        if (words.length === 1) push(this.byTerm, termOf(words[0]!), name);
      }
    }
  }

  /** The places the query's words name, left to right, longest name first, by the rule for ordinary words. */
  find(words: readonly string[]): PlaceSpan[] {
    const folded = words.map(fold);
    const spans: PlaceSpan[] = [];
    for (let start = 0; start < words.length; start++) {
      const span = this.spanAt(words, folded, start);
      if (!span) continue;
      spans.push(span);
      start += span.length - 1;
    }
    return spans;
  }

  /** The place a one-word repair was corrected to (`Mamlö` → Malmö), when it names one and the rule allows it. */
  placeOfTerm(term: string, typed: string, alone: boolean): PlaceRef | undefined {
    const names = this.byTerm.get(term);
    if (!names) return undefined;
    if (ordinaryWordPlaces.has(names[0]!.words[0]!) && !alone) return undefined;
    return refOf(names, typed, undefined);
  }

  /** One-word place names by index term, with how the site writes them, for the typo vocabulary. */
  oneWordNames(): Map<string, string> {
    return new Map([...this.byTerm].map(([term, names]) => [term, names[0]!.page.title]));
  }

  private spanAt(words: readonly string[], folded: readonly string[], start: number): PlaceSpan | undefined {
    const first = folded[start]!;
    const candidates = new Set([...(this.byFirst.get(first) ?? []), ...(this.byFirst.get(genitiveBase(first)) ?? [])]);
    const matching = [...candidates].filter((name) => nameMatches(name, folded, start));
    if (matching.length === 0) return undefined;
    const longest = Math.max(...matching.map((name) => name.words.length));
    const best = matching.filter((name) => name.words.length === longest);
    const nameEnd = start + longest;
    const suffix = nameEnd < words.length && placeSuffixes.has(folded[nameEnd]!) ? folded[nameEnd]! : undefined;
    const length = longest + (suffix ? 1 : 0);
    if (longest === 1 && ordinaryWordPlaces.has(best[0]!.words[0]!)) {
      const alone = length === words.length;
      const capitalised = start > 0 && /^\p{Lu}/u.test(words[start]!);
      if (!alone && !suffix && !capitalised) return undefined;
    }
    const typed = words.slice(start, nameEnd).join(" ").toLowerCase();
    return {
      start,
      length,
      words: words.slice(start, start + length),
      terms: best[0]!.words.map(termOf),
      place: refOf(best, typed, suffix),
    };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  map.set(key, list);
  list.push(value);
}

/** `vingakers` → `vingaker`: a name in the genitive. */
function genitiveBase(word: string): string {
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}

function nameMatches(name: Name, folded: readonly string[], start: number): boolean {
  if (start + name.words.length > folded.length) return false;
  return name.words.every((word, i) => {
    const typed = folded[start + i]!;
    // Only the last word of a name takes the genitive s: `Västra Götalands län`, `Malmös`.
    return typed === word || (i === name.words.length - 1 && typed === `${word}s`);
  });
}

/**
 * The place of equally long names that match: the one written exactly as typed first
 * (`Håbo`, not `Habo`), a county first after `län`, else a municipality first
 * (`Stockholm` is the municipality, `Stockholms län` the county).
 */
function refOf(names: readonly Name[], typed: string, suffix: string | undefined): PlaceRef {
  const wantCounty = suffix === "lan" || suffix === "lans";
  const rank = (name: Name) =>
    (name.exact === typed || `${name.exact}s` === typed ? 0 : 2) + ((name.page.kind === "lan") === wantCounty ? 0 : 1);
  const ordered = [...new Set(names)].sort((a, b) => rank(a) - rank(b));
  const pages = [...new Set(ordered.map((name) => name.page.id))];
  const { page, words } = ordered[0]!;
  return {
    filter: page.kind === "lan" ? "county" : "municipality",
    id: page.filter!.value,
    name: page.title,
    pages,
    ordinaryWord: words.length === 1 && ordinaryWordPlaces.has(words[0]!),
  };
}
