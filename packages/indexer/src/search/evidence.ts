// How well each practice matches one term or concept of a query, by practice number. Dense
// arrays, not a Map: a broad word (`bostad` with its synonyms) is in thousands of practices
// at 10 000, and building, copying and merging Maps of them cost more than the rest of the
// search together. The arrays are kept between queries (`EvidencePool`): made new for each
// query, they left the garbage collector pausing every few queries.

interface Arrays {
  values: Float64Array;
  /** 1 where `values` holds evidence of this query: cleared member by member when given back. */
  present: Uint8Array;
}

/** Arrays for an index of `capacity` practices, given back after each query. */
export class EvidencePool {
  private readonly free: Arrays[] = [];
  private readonly lent: Evidence[] = [];

  constructor(readonly capacity: number) {}

  /** Empty evidence whose arrays come back to the pool at `giveBack`. */
  evidence(): Evidence {
    const evidence = new Evidence(() => this.free.pop() ?? this.make());
    this.lent.push(evidence);
    return evidence;
  }

  /** The query is answered: every evidence it made is cleared and its arrays kept for the next. */
  giveBack(): void {
    for (const evidence of this.lent) {
      const arrays = evidence.release();
      if (arrays) this.free.push(arrays);
    }
    this.lent.length = 0;
  }

  private make(): Arrays {
    return { values: new Float64Array(this.capacity), present: new Uint8Array(this.capacity) };
  }
}

export class Evidence {
  // Taken on the first practice given evidence: most synonyms of a query are in no practice.
  private arrays: Arrays | undefined;
  /** The practice numbers with evidence, in the order they were first given some. */
  readonly members: number[] = [];

  /** Evidence for no practice yet; `take` gives the arrays when the first is added. */
  constructor(private readonly take: () => Arrays) {}

  /** How many practices have evidence. */
  get size(): number {
    return this.members.length;
  }

  has(n: number): boolean {
    return this.arrays?.present[n] === 1;
  }

  /** The evidence of practice `n`, or undefined when it has none. */
  get(n: number): number | undefined {
    return this.arrays?.present[n] === 1 ? this.arrays.values[n] : undefined;
  }

  set(n: number, value: number): void {
    this.arrays ??= this.take();
    if (this.arrays.present[n] !== 1) {
      this.arrays.present[n] = 1;
      this.members.push(n);
    }
    this.arrays.values[n] = value;
  }

  /** Copies `other`'s evidence into this empty one, to add to it and leave `other` (a term's, cached) as it is. */
  copyOf(other: Evidence): this {
    for (const n of other.members) this.set(n, other.get(n)!);
    return this;
  }

  /** Clears what this holds and hands its arrays back; it is not used again. */
  release(): Arrays | undefined {
    const arrays = this.arrays;
    if (arrays) for (const n of this.members) arrays.present[n] = 0;
    this.arrays = undefined;
    this.members.length = 0;
    return arrays;
  }
}
