// The data behind the generated pages: start page, listings, topics, target groups, county.
import type { Content } from "@kunskapsbanken/indexer";
import type { Practice } from "@kunskapsbanken/content-schema";
import type { Loaded } from "./content";
import { domain } from "./packages";
import { allCards, cardOf } from "./relations";
import type { ListSource, StartData, TermWithCount } from "./types";

type ListField = "topics" | "targetGroups" | "municipalities";

const countOf = (content: Content, field: ListField, id: string) =>
  content.practices.filter((entry) => (entry.data[field] as string[]).includes(id)).length;

export function termsWithCounts(
  content: Content,
  field: ListField,
  terms: readonly { id: string; label: string; description?: string }[],
): TermWithCount[] {
  return terms.map((term) => ({
    id: term.id,
    label: term.label,
    count: countOf(content, field, term.id),
    ...(term.description ? { description: term.description } : {}),
  }));
}

export function startData({ content, schema }: Loaded): StartData {
  const recent = [...content.practices]
    .map((entry) => cardOf(entry.data))
    .sort((a, b) => b.latest.localeCompare(a.latest) || a.title.localeCompare(b.title, "sv"))
    .slice(0, 6);
  const profiles = new Set(content.profiles.map((entry) => entry.data.id));
  return {
    total: content.practices.length,
    // The knowledge bank starts in one county; the wording follows the vocabulary when it grows.
    region: schema.counties.length === 1 ? schema.counties[0]!.name : "Sverige",
    recent,
    topics: termsWithCounts(content, "topics", schema.topics),
    targetGroups: termsWithCounts(content, "targetGroups", schema.targetGroups),
    municipalities: termsWithCounts(
      content,
      "municipalities",
      schema.municipalities.filter((m) => profiles.has(m.id)).map((m) => ({ id: m.id, label: m.name })),
    ),
  };
}

export function listOf({ content }: Loaded, field: ListField, id: string, title: string, description?: string): ListSource {
  const practices = content.practices
    .map((entry) => entry.data)
    .filter((practice: Practice) => (practice[field] as string[]).includes(id))
    .sort(domain.byTitle)
    .map(cardOf);
  return { title, practices, ...(description ? { description } : {}) };
}

export function allList({ content }: Loaded): ListSource {
  return {
    title: "Alla exempel",
    description: "Samtliga goda exempel i Kunskapsbanken, i bokstavsordning.",
    practices: allCards(content),
  };
}
