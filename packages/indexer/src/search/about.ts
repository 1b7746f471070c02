// The practices a query word is about, not only mentions: those tagged with the topic the
// word names (`bostad` → the topic Bostad och boende). They gain evidence, so a page
// that merely mentions the word, or a synonym that stems like another word (`lägenhet` and
// `matlagning` both give `lag`), never outranks the pages about it – with or without filters.
import { fieldWeights } from "./encoder.js";
import type { Evidence } from "./evidence.js";
import { fileUnder } from "./multimap.js";
import type { Pages } from "./pages.js";
import type { Concept } from "./query.js";
import type { SearchDocument } from "./types.js";

/** What a practice tagged with the concept's topic gains: as much as the word in its summary. */
const ABOUT = fieldWeights.summary;

type Tagged = Pick<SearchDocument, "topics">;

/** Practice numbers by `amne:ID` (the topic pages' ids), built in one pass. */
export function taggedMembersOf(docs: Iterable<{ n: number; doc: Tagged }>): Map<string, number[]> {
  const members = new Map<string, number[]>();
  for (const { n, doc } of docs) {
    for (const id of new Set(doc.topics)) fileUnder(members, `amne:${id}`, n);
  }
  return members;
}

/**
 * The concept's evidence with the practices it is about added: a copy when anything is
 * added (the evidence of a single word is the lookup's own, cached for the query).
 */
export function withAbout(
  evidence: Evidence,
  concept: Concept,
  pages: Pages,
  members: (pageId: string) => readonly number[],
  fresh: () => Evidence,
): Evidence {
  const about = pages.about(concept);
  if (about.length === 0) return evidence;
  const found = fresh().copyOf(evidence);
  // A practice tagged with two of the word's topics gains once; a page's members are each listed once.
  const tagged = about.length === 1 ? members(about[0]!.id) : new Set(about.flatMap((page) => members(page.id)));
  for (const n of tagged) found.set(n, (found.get(n) ?? 0) + ABOUT);
  return found;
}
