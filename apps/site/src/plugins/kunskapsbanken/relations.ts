// Which practices a page links to: a practice's related ones and similar ones from
// other municipalities, a municipality's own practices.
import type { Practice } from "@kunskapsbanken/content-schema";
import type { Content } from "@kunskapsbanken/indexer";
import { dates } from "./packages";
import type { Labels } from "./labels";

/** What a listing shows of one practice. */
export interface PracticeCard {
  id: string;
  title: string;
  summary: string;
  municipalities: string[];
  /** The status with the date it describes: "Pågående enligt uppgifter från september 2017". */
  status: string;
  /** When the text was last known to be right: its as-of date, or a later confirmation. */
  latest: string;
  confirmed: boolean;
}

export function cardOf(practice: Practice, labels: Labels): PracticeCard {
  return {
    id: practice.id,
    title: practice.title,
    summary: practice.summary,
    municipalities: practice.municipalities.map((id) => labels.municipalities[id] ?? id),
    status: dates.statusAsOf(labels.status[practice.status] ?? practice.status, practice.asOf),
    latest: dates.freshnessOf(practice).latest,
    confirmed: practice.confirmed !== undefined,
  };
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, "sv");

export function relatedOf(practice: Practice, content: Content, labels: Labels): PracticeCard[] {
  const byId = new Map(content.practices.map((entry) => [entry.data.id, entry.data]));
  return practice.related.flatMap((id) => {
    const other = byId.get(id);
    return other ? [cardOf(other, labels)] : [];
  });
}

/** Same topic, none of the same municipalities: "Liknande exempel i andra kommuner". */
export function similarElsewhere(practice: Practice, content: Content, labels: Labels, limit = 5): PracticeCard[] {
  const shared = (other: Practice) => other.topics.filter((topic) => practice.topics.includes(topic)).length;
  return content.practices
    .map((entry) => entry.data)
    .filter(
      (other) =>
        other.id !== practice.id &&
        !practice.related.includes(other.id) &&
        shared(other) > 0 &&
        !other.municipalities.some((m) => practice.municipalities.includes(m)),
    )
    .sort((a, b) => shared(b) - shared(a) || byTitle(a, b))
    .slice(0, limit)
    .map((p) => cardOf(p, labels));
}

export function practicesIn(placeId: string, content: Content, labels: Labels): PracticeCard[] {
  return content.practices
    .map((entry) => entry.data)
    .filter((practice) => practice.municipalities.includes(placeId))
    .sort(byTitle)
    .map((p) => cardOf(p, labels));
}

export function allCards(content: Content, labels: Labels): PracticeCard[] {
  return content.practices.map((entry) => cardOf(entry.data, labels)).sort(byTitle);
}
