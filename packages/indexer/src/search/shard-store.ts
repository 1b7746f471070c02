// The browser's side of a sharded index: the start file, and the term shards, display
// fragments and vocabulary fetched so far. A lookup of something not yet fetched answers
// "nothing" and notes the file; `SearchIndex.prepare` fetches the noted files and asks again.
import { searchFields, type SearchField } from "./encoder.js";
import {
  facetFields,
  SHARDED_FORMAT,
  shardFiles,
  shardOfTerm,
  type DisplayFragment,
  type IdsFile,
  type LexiconShard,
  type ShardStart,
  type TermShard,
  type VocabularyFile,
} from "./shard-format.js";
import type { SwedishWords } from "./swedish-words.js";
import type { BandsNeeded } from "./vocabulary.js";
import type { Postings, StoredDoc, TermMap } from "./term-lookup.js";

/** Fetches one file of the index's folder and parses its JSON. */
export type FetchJson = (file: string) => Promise<unknown>;

export class ShardStore implements SwedishWords {
  private readonly terms = new Map<number, Map<string, TermShard[string]>>();
  private readonly fragments = new Map<number, DisplayFragment>();
  private readonly vocabularyFiles = new Map<string, VocabularyFile>();
  private readonly lexicon = new Map<number, LexiconShard>();
  private numbers: Map<string, number> | undefined;
  /** Files noted as missing by the lookups of the latest run (`beginRun` starts again). */
  private missing = new Set<string>();
  /** Files being fetched: two queries prepared at once fetch a file once, and each waits for it. */
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Each practice with its filter values, and empty text until its fragment arrives. */
  private readonly filterDocs: StoredDoc[];
  private readonly maps: Record<SearchField, TermMap>;

  private constructor(
    readonly start: ShardStart,
    private readonly fetchJson: FetchJson,
  ) {
    if (start?.format !== SHARDED_FORMAT) throw new Error(`Unknown search index format: ${String(start?.format)}`);
    this.filterDocs = start.docs.map((encoded, n) => {
      const fields = encoded.split("/");
      const valuesOf = (f: number) => (fields[f] ? fields[f].split(".").map((at) => start.values[facetFields[f]!][parseInt(at, 36)]!) : []);
      return {
        n,
        slug: "",
        title: "",
        summary: "",
        asOf: "",
        confirmedOn: null,
        municipalities: valuesOf(0),
        topics: valuesOf(1),
        targetGroups: valuesOf(2),
        funding: valuesOf(3),
        status: valuesOf(4)[0] ?? "",
      };
    });
    this.maps = Object.fromEntries(searchFields.map((field, f) => [field, this.termMap(f)])) as Record<SearchField, TermMap>;
  }

  static async load(fetchJson: FetchJson): Promise<ShardStore> {
    return new ShardStore((await fetchJson(shardFiles.start)) as ShardStart, fetchJson);
  }

  fieldMap(field: SearchField): TermMap {
    return this.maps[field];
  }

  private termMap(f: number): TermMap {
    return {
      get: (term: string): Postings | undefined => {
        const shard = shardOfTerm(term, this.start.termShards);
        const terms = this.terms.get(shard);
        if (!terms) {
          this.missing.add(shardFiles.terms(shard));
          return undefined;
        }
        const list = terms.get(term)?.[f];
        return list ? [list] : undefined;
      },
      keys: () => [...this.terms.values()].flatMap((terms) => [...terms.keys()]).values(),
    };
  }

  /** A practice's filter values; its text is empty: ranking orders ties by number, which is title order. */
  filterDoc(n: number): StoredDoc | null {
    return this.filterDocs[n] ?? null;
  }

  /** A practice with its text, or with empty text (and its fragment noted) before the fragment is fetched. */
  displayDoc(n: number): StoredDoc {
    const doc = this.filterDocs[n]!;
    const index = Math.floor(n / this.start.fragmentSize);
    const fragment = this.fragments.get(index);
    if (!fragment) {
      this.missing.add(shardFiles.fragment(index));
      return doc;
    }
    const [slug, title, summary, asOf, confirmedOn] = fragment.docs[n - fragment.first]!;
    return { ...doc, slug, title, summary, asOf, confirmedOn };
  }

  /** The known words of the bands `need` names, in list order, once all of them are fetched. */
  vocabulary(need: BandsNeeded): VocabularyFile | undefined {
    const files = this.start.vocabularyBands
      .filter((band) => band <= need.upTo)
      .flatMap((band) => {
        if (band <= need.whole) return [shardFiles.vocabulary(band)];
        return this.start.vocabularyLetters[band]?.includes(need.letter) ? [shardFiles.vocabularyLetter(band, need.letter)] : [];
      });
    const missing = files.filter((file) => !this.vocabularyFiles.has(file));
    for (const file of missing) this.missing.add(file);
    return missing.length > 0 ? undefined : files.flatMap((file) => this.vocabularyFiles.get(file)!);
  }

  /** The lexicon's flags of a folded word form, once its shard is fetched. */
  flagsOf(form: string): number | undefined {
    const shard = shardOfTerm(form, this.start.lexiconShards);
    const forms = this.lexicon.get(shard);
    if (!forms) {
      this.missing.add(shardFiles.lexicon(shard));
      return undefined;
    }
    return Object.hasOwn(forms, form) ? forms[form] : 0;
  }

  /** The practices with these ids (slugs), with their text; unknown ids are left out. */
  async displayDocs(ids: readonly string[]): Promise<StoredDoc[]> {
    await this.fetch([shardFiles.ids]);
    const numbers = ids.map((id) => this.numbers!.get(id)).filter((n): n is number => n !== undefined);
    await this.fetch([...new Set(numbers.map((n) => shardFiles.fragment(Math.floor(n / this.start.fragmentSize))))]);
    return numbers.map((n) => this.displayDoc(n));
  }

  /** A query starts: what earlier queries missed is theirs. */
  beginRun(): void {
    this.missing = new Set();
  }

  /** Some lookup of the run under way needed a file not yet fetched. */
  hasMissing(): boolean {
    return this.missing.size > 0;
  }

  /** The files that the lookups of `run` (a synchronous `SearchIndex.run`) found missing. */
  missingIn(run: () => void): string[] {
    run();
    return [...this.missing];
  }

  /** Fetches the files, or waits for those already being fetched. */
  async fetch(files: readonly string[]): Promise<void> {
    await Promise.all(
      files.map((file) => {
        let fetching = this.inFlight.get(file);
        if (!fetching) {
          fetching = this.fetchJson(file).then(
            (data) => this.accept(file, data),
            (error: unknown) => {
              this.inFlight.delete(file);
              throw error;
            },
          );
          this.inFlight.set(file, fetching);
        }
        return fetching;
      }),
    );
  }

  private accept(file: string, data: unknown): void {
    if (file === shardFiles.ids) {
      this.numbers = new Map((data as IdsFile).map((id, n) => [id, n]));
      return;
    }
    const number = Number(/-(\d+)\.json$/.exec(file)?.[1]);
    if (file === shardFiles.terms(number)) this.terms.set(number, new Map(Object.entries(data as TermShard)));
    else if (file === shardFiles.fragment(number)) this.fragments.set(number, data as DisplayFragment);
    else if (file.startsWith("ordforrad-")) this.vocabularyFiles.set(file, data as VocabularyFile);
    else if (file === shardFiles.lexicon(number)) this.lexicon.set(number, data as LexiconShard);
  }
}
