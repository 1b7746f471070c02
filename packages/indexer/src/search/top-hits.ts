// From the evidence per concept to the hits: which practices count, which pass the filters,
// the best `limit` of them in order, and how many have all the words or only some.
import type { Evidence } from "./evidence.js";
import { filterNames, matchesFilters } from "./filters.js";
import { entersTop, insertTop, scoreEvidence, type Ranked } from "./ranking.js";
import type { IndexReader, StoredDoc } from "./term-lookup.js";
import type { SearchFilters } from "./types.js";

export interface TopHits {
  top: Ranked[];
  withAll: number;
  withSome: number;
  /** Every practice with evidence, hit or not. */
  touched: number[];
  /** With `facets`: every candidate inside the index, before the filters. */
  facetDocs: StoredDoc[];
}

export function topHits(
  evidence: readonly Evidence[],
  options: { limit: number; filters: SearchFilters; facets: boolean },
  index: IndexReader,
): TopHits {
  const { limit, filters, facets } = options;
  const { score, matchedCount, informativeHit, touched, anyInformative } = scoreEvidence(evidence, index.size);
  const needDocs = facets || filterNames.some((name) => (filters[name]?.length ?? 0) > 0);
  const result: TopHits = { top: [], withAll: 0, withSome: 0, touched, facetDocs: [] };
  for (const n of touched) {
    // A practice that only shares words found nearly everywhere ("kommun") is not a hit.
    if (anyInformative && !informativeHit[n]) continue;
    const matched = matchedCount[n]!;
    let doc: StoredDoc | null | undefined;
    if (needDocs) {
      doc = index.doc(n);
      if (!doc) continue;
      if (facets) result.facetDocs.push(doc);
      if (!matchesFilters(doc, filters)) continue;
    }
    if (matched === evidence.length) result.withAll += 1;
    else result.withSome += 1;
    // Most of a broad query's thousands of candidates do not enter the list: asked before one is made.
    const candidate = { n, score: Math.round(score[n]! * 1000) / 1000, matched };
    if (entersTop(result.top, limit, candidate, index)) insertTop(result.top, { ...candidate, doc }, limit, index);
  }
  return result;
}
