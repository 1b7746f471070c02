// Which practices a page points to besides the one it shows. Pure, so the rule is tested here
// and the site only presents it.
import type { Practice } from "@kunskapsbanken/content-schema";

// The site asks for every practice's related and similar practices, so at 10 000 practices
// these run 10 000 times over 10 000: a collator instead of localeCompare, the id map made
// once per list, and the few most similar picked in one pass instead of sorting them all.
const collator = new Intl.Collator("sv");
const byTitle = (a: { title: string }, b: { title: string }) => collator.compare(a.title, b.title);

const idMaps = new WeakMap<readonly Practice[], Map<string, Practice>>();

function byIdIn(all: readonly Practice[]): Map<string, Practice> {
  let byId = idMaps.get(all);
  if (!byId) {
    byId = new Map(all.map((p) => [p.id, p]));
    idMaps.set(all, byId);
  }
  return byId;
}

/** The practices `practice.related` names, in that order; unknown ids are left out. */
export function relatedPractices(practice: Practice, all: readonly Practice[]): Practice[] {
  const byId = byIdIn(all);
  return practice.related.flatMap((id) => byId.get(id) ?? []);
}

/**
 * "Liknande exempel i andra kommuner": practices sharing at least one topic and none of the
 * municipalities, not already related; most shared topics first, then by title.
 */
export function similarElsewhere(practice: Practice, all: readonly Practice[], limit = 5): Practice[] {
  const topics = new Set(practice.topics);
  const places = new Set(practice.municipalities);
  const related = new Set(practice.related);
  /** The best so far, best first; a later one goes after an equal one, as a stable sort would put it. */
  const best: { other: Practice; shared: number }[] = [];
  const ahead = (a: { other: Practice; shared: number }, b: { other: Practice; shared: number }) =>
    a.shared > b.shared || (a.shared === b.shared && byTitle(a.other, b.other) < 0);
  for (const other of all) {
    if (other.id === practice.id || related.has(other.id)) continue;
    const shared = other.topics.filter((topic) => topics.has(topic)).length;
    if (shared === 0 || other.municipalities.some((m) => places.has(m))) continue;
    const candidate = { other, shared };
    let at = best.length;
    while (at > 0 && ahead(candidate, best[at - 1]!)) at--;
    if (at >= limit) continue;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((entry) => entry.other);
}

/** A place's practices, shared ones included, by title. */
export function practicesIn(placeId: string, all: readonly Practice[]): Practice[] {
  return all.filter((p) => p.municipalities.includes(placeId)).sort(byTitle);
}
