// Recovering from few hits (pseudo-relevance feedback): when a query finds only one or two
// practices, what those hits are about – their most telling topics, those the fewest
// practices share – finds practices like them. They are listed apart, after the hits, and
// the page names the topics, so nothing is passed off as a match for what was typed.
// Topics, not the hits' words: in titles and summaries the rare words are place names and
// one-off compounds (`sportutrustning`), which find nothing like the hit.
import { matchesFilters } from "./filters.js";
import { insertTop, type Ranked } from "./ranking.js";
import type { IndexReader } from "./term-lookup.js";
import type { SearchFilters } from "./types.js";

/** Topics of the best hits used: enough to find their like, few enough to name. */
const TOPICS = 2;
/** Practices listed as like the hits. */
const RELATED = 5;

export interface FeedbackSource extends IndexReader {
  /** The practices tagged with a topic, by its page id (`amne:bostad`). */
  tagged(pageId: string): readonly number[];
}

export interface Feedback {
  /** The topics used, by page id. */
  topics: string[];
  ranked: Ranked[];
}

/** Practices like `best`, by the topics they are about; none of `seen` (those the query found). */
export function feedbackFrom(
  best: readonly number[],
  seen: ReadonlySet<number>,
  filters: SearchFilters,
  index: FeedbackSource,
): Feedback | undefined {
  const shared = new Map<string, number>();
  for (const n of best) for (const topic of index.doc(n)?.topics ?? []) shared.set(`amne:${topic}`, (shared.get(`amne:${topic}`) ?? 0) + 1);
  const telling = (page: string) => Math.log(1 + index.size / Math.max(1, index.tagged(page).length));
  const topics = [...shared]
    .map(([page, hits]) => ({ page, value: hits * telling(page) }))
    .sort((a, b) => b.value - a.value || a.page.localeCompare(b.page))
    .slice(0, TOPICS);

  const score = new Map<number, number>();
  for (const { page, value } of topics) {
    for (const n of index.tagged(page)) if (!seen.has(n)) score.set(n, (score.get(n) ?? 0) + value);
  }
  const ranked: Ranked[] = [];
  for (const [n, value] of score) {
    const doc = index.doc(n);
    if (!doc || !matchesFilters(doc, filters)) continue;
    insertTop(ranked, { n, score: Math.round(value * 1000) / 1000, matched: 0, doc }, RELATED, index);
  }
  return ranked.length > 0 ? { topics: topics.map(({ page }) => page), ranked } : undefined;
}
