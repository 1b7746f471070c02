// Which practices a page points to besides the one it shows. Pure, so the rule is tested here
// and the site only presents it.
import type { Practice } from "@kunskapsbanken/content-schema";

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, "sv");

/** The practices `practice.related` names, in that order; unknown ids are left out. */
export function relatedPractices(practice: Practice, all: readonly Practice[]): Practice[] {
  const byId = new Map(all.map((p) => [p.id, p]));
  return practice.related.flatMap((id) => byId.get(id) ?? []);
}

/**
 * "Liknande exempel i andra kommuner": practices sharing at least one topic and none of the
 * municipalities, not already related; most shared topics first, then by title.
 */
export function similarElsewhere(practice: Practice, all: readonly Practice[], limit = 5): Practice[] {
  const shared = (other: Practice) => other.topics.filter((topic) => practice.topics.includes(topic)).length;
  return all
    .filter(
      (other) =>
        other.id !== practice.id &&
        !practice.related.includes(other.id) &&
        shared(other) > 0 &&
        !other.municipalities.some((m) => practice.municipalities.includes(m)),
    )
    .sort((a, b) => shared(b) - shared(a) || byTitle(a, b))
    .slice(0, limit);
}

/** A place's practices, shared ones included, by title. */
export function practicesIn(placeId: string, all: readonly Practice[]): Practice[] {
  return all.filter((p) => p.municipalities.includes(placeId)).sort(byTitle);
}
