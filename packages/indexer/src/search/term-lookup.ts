// What the index holds for each query term, read straight from FlexSearch's field maps and
// cached for one query: practice numbers per field and the evidence they give.
import { fieldWeights, searchFields, type SearchField } from "./encoder.js";
import type { Evidence, EvidencePool } from "./evidence.js";
import type { PlaceMember } from "./place-members.js";
import type { PlaceRef } from "./query-places.js";
import type { Alternative } from "./query.js";
import type { SearchDocument } from "./types.js";

const CANDIDATES_PER_FIELD = 1000;

/** A practice as the store keeps it: with its number in the index. */
export type StoredDoc = SearchDocument & { n: number };
export type Postings = (readonly number[] | null | undefined)[];
/** What is read of a field's term map: FlexSearch's own Map, or a sharded index's view of the shards it has. */
export type TermMap = Pick<ReadonlyMap<string, Postings>, "get" | "keys">;

/** What ranking, repair and the vocabulary read of an index: its size, its field maps, its store and who lies where. */
export interface IndexReader {
  readonly size: number;
  fieldMap(field: SearchField): TermMap | undefined;
  doc(n: number): StoredDoc | null;
  /** The practice's place in title order (ties by number): what breaks ties of score. */
  titleOrder(n: number): number;
  /** The practices in a place. */
  placeMembers(place: PlaceRef): readonly PlaceMember[];
}

/** Per-query cache of what the index holds for each term, field by field. */
export class TermLookup {
  private readonly evidence = new Map<string, Evidence>();
  private readonly lists = new Map<string, number[]>();

  constructor(
    private readonly search: IndexReader,
    private readonly pool: EvidencePool,
  ) {}

  /** Empty evidence for this query, its arrays from the index's pool. */
  newEvidence(): Evidence {
    return this.pool.evidence();
  }

  /** Practice numbers holding `term` in `field`, earliest position first (FlexSearch's order). */
  postings(term: string, field: SearchField): number[] {
    const key = `${field}\u0000${term}`;
    let list = this.lists.get(key);
    // Stryker disable next-line ConditionalExpression: a cache; read again, the field map gives the same list
    if (list) return list;
    list = [];
    for (const slot of this.search.fieldMap(field)?.get(term) ?? []) {
      if (!slot) continue;
      for (const n of slot) {
        list.push(n);
        if (list.length === CANDIDATES_PER_FIELD) break;
      }
      if (list.length === CANDIDATES_PER_FIELD) break;
    }
    this.lists.set(key, list);
    return list;
  }

  any(term: string): boolean {
    return this.termEvidence(term).size > 0;
  }

  count(term: string): number {
    return this.termEvidence(term).size;
  }

  /** The most practices any one of `alternatives` finds (a concept's words, a thesaurus group's terms). */
  reach(alternatives: readonly Pick<Alternative, "terms">[]): number {
    let most = 0;
    for (const { terms } of alternatives) most = Math.max(most, this.alternative({ terms, weight: 1, words: [] }).size);
    return most;
  }

  /** The strongest field counts in full; others add a little, so title + body beats title alone. */
  termEvidence(term: string): Evidence {
    let best = this.evidence.get(term);
    // Stryker disable next-line ConditionalExpression: a cache; computed again, the evidence is the same
    if (best) return best;
    best = this.newEvidence();
    for (const field of searchFields) {
      this.postings(term, field).forEach((n, rank) => {
        // Earlier in the list means the word stands earlier in the field.
        const score = fieldWeights[field] * (1 + 1 / (rank + 2));
        const previous = best!.get(n);
        best!.set(n, previous === undefined ? score : Math.max(previous, score) + Math.min(previous, score) * 0.1);
      });
    }
    this.evidence.set(term, best);
    return best;
  }

  /** A lower bound of `count(term)` from the field lists alone, without merging them. */
  atLeast(term: string): number {
    let most = 0;
    for (const field of searchFields) most = Math.max(most, this.postings(term, field).length);
    return most;
  }

  /**
   * Practices with every term of the alternative, scored by their mean evidence; a phrase
   * gets its weight here, a single word's evidence is returned as is (the caller weighs it).
   */
  alternative({ terms, weight }: Alternative): Evidence {
    const lists = terms.map((term) => this.termEvidence(term));
    if (lists.length === 1) return lists[0]!;
    // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: walking the smallest list first only saves work; the same practices are found, their evidence summed in another order
    const [smallest, ...others] = [...lists].sort((a, b) => a.size - b.size);
    const found = this.newEvidence();
    for (const n of smallest!.members) {
      let sum = smallest!.get(n)!;
      let all = true;
      for (const other of others) {
        const v = other.get(n);
        if (v === undefined) {
          all = false;
          break;
        }
        sum += v;
      }
      if (all) found.set(n, (sum / lists.length) * weight);
    }
    return found;
  }
}
