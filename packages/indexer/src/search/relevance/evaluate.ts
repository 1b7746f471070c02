// Scores a search engine on the relevance set: queries municipal staff would type, each with
// the practices a reader wants (written from the practices, not from what an engine returns).
import queriesData from "./queries.json" with { type: "json" };
import readerSetData from "./reader-set.json" with { type: "json" };

/** `none`: no practice answers the query, and the engine must say so (`expect` is empty). */
type QueryKind = "synonym" | "typo" | "compound" | "english" | "place" | "question" | "words" | "everyday" | "none";

export interface RelevanceQuery {
  query: string;
  kind: QueryKind;
  /** Any of these in the top three counts as found. */
  expect: string[];
  /** A page that must be shown first, e.g. `kommun:vingaker`. */
  page?: string;
}

export const relevanceQueries = queriesData as RelevanceQuery[];

/**
 * Everyday words, questions and queries nothing answers, written on 2026-12-04 by someone
 * who had read the practices but not the search code, and first run after it was written.
 */
export const readerQueries = readerSetData as RelevanceQuery[];

/** What an engine answered: practice ids best first, and the first page it showed (if it shows pages). */
export interface Answer {
  ids: readonly string[];
  firstPage?: string;
  /** The engine says that nothing, or nothing for one of the words, answers the query. */
  admitsNothing?: boolean;
}

export interface RelevanceReport {
  queries: number;
  /** Share of queries with an expected practice in the top three (and the expected page first). */
  passRate: number;
  /** Mean reciprocal rank of the first expected practice within the top ten. */
  mrr: number;
  byKind: Record<string, { queries: number; passRate: number; mrr: number }>;
  failures: { query: string; kind: QueryKind; rank: number; top: string[] }[];
}

const TOP = 3;
const DEPTH = 10;

export function evaluateRelevance(
  answer: (query: string) => Answer,
  queries: readonly RelevanceQuery[] = relevanceQueries,
): RelevanceReport {
  const rows = queries.map((q) => {
    const { ids, firstPage, admitsNothing } = answer(q.query);
    // A query nothing answers passes when the engine shows nothing or says so, as if at rank 1.
    const rank =
      q.kind === "none" ? (ids.length === 0 || admitsNothing ? 0 : -1) : ids.slice(0, DEPTH).findIndex((id) => q.expect.includes(id));
    const pass = rank >= 0 && rank < TOP && (!q.page || firstPage === q.page);
    return { q, rank, pass, rr: rank >= 0 ? 1 / (rank + 1) : 0, top: ids.slice(0, TOP) as string[] };
  });
  const summary = (list: typeof rows) => ({
    queries: list.length,
    passRate: list.filter((row) => row.pass).length / Math.max(1, list.length),
    mrr: list.reduce((sum, row) => sum + row.rr, 0) / Math.max(1, list.length),
  });
  const kinds = [...new Set(queries.map((q) => q.kind))];
  return {
    ...summary(rows),
    byKind: Object.fromEntries(kinds.map((kind) => [kind, summary(rows.filter((row) => row.q.kind === kind))])),
    failures: rows.filter((row) => !row.pass).map((row) => ({ query: row.q.query, kind: row.q.kind, rank: row.rank, top: row.top })),
  };
}

export function formatReport(name: string, report: RelevanceReport): string {
  const pct = (value: number) => `${(value * 100).toFixed(0)} %`;
  const lines = [
    `${name}: ${pct(report.passRate)} of ${report.queries} queries found (expected practice in the top ${TOP}), MRR ${report.mrr.toFixed(3)}`,
  ];
  for (const [kind, s] of Object.entries(report.byKind))
    lines.push(`  ${kind.padEnd(9)} ${String(s.queries).padStart(3)} queries  ${pct(s.passRate).padStart(5)}  MRR ${s.mrr.toFixed(3)}`);
  for (const f of report.failures)
    lines.push(`  not found: ${JSON.stringify(f.query)} (${f.kind}) rank ${f.rank < 0 ? "–" : f.rank + 1}, top: ${f.top.join(", ")}`);
  return lines.join("\n");
}
