// The data behind the generated pages: start page, listings, topics, target groups, county.
import type { Content } from "@kunskapsbanken/indexer";
import type { Practice } from "@kunskapsbanken/content-schema";
import type { Loaded } from "./content";
import { allCards, cardOf } from "./relations";
import type { CountyData, ListData, MunicipalitySummary, StartData, TermWithCount } from "./types";

type ListField = "topics" | "targetGroups" | "municipalities";

const countOf = (content: Content, field: ListField, id: string) =>
  content.practices.filter((entry) => (entry.data[field] as string[]).includes(id)).length;

export function termsWithCounts(content: Content, field: ListField, terms: readonly { id: string; label: string; description?: string }[]): TermWithCount[] {
  return terms.map((term) => ({ id: term.id, label: term.label, count: countOf(content, field, term.id), ...(term.description ? { description: term.description } : {}) }));
}

export function startData({ content, labels, schema }: Loaded): StartData {
  const recent = [...content.practices]
    .map((entry) => entry.data)
    .map((p) => cardOf(p, labels))
    .sort((a, b) => b.latest.localeCompare(a.latest) || a.title.localeCompare(b.title, "sv"))
    .slice(0, 6);
  const profiles = new Set(content.profiles.map((entry) => entry.data.id));
  return {
    total: content.practices.length,
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

export function listOf({ content, labels }: Loaded, field: ListField, id: string, title: string, description?: string): ListData {
  const practices = content.practices
    .map((entry) => entry.data)
    .filter((practice: Practice) => (practice[field] as string[]).includes(id))
    .sort((a, b) => a.title.localeCompare(b.title, "sv"))
    .map((p) => cardOf(p, labels));
  return { title, practices, ...(description ? { description } : {}) };
}

export function allList({ content, labels }: Loaded): ListData {
  return { title: "Alla exempel", description: "Samtliga goda exempel i Kunskapsbanken, i bokstavsordning.", practices: allCards(content, labels) };
}

const answer = (value: { answer: string; note?: string } | undefined) => (value ? value.answer : null);

export function countyData({ content, schema }: Loaded): CountyData {
  const countyProfile = content.profiles.find((entry) => schema.counties.some((c) => c.id === entry.data.id))?.data;
  const rows: MunicipalitySummary[] = schema.municipalities.flatMap((m) => {
    const profile = content.profiles.find((entry) => entry.data.id === m.id)?.data;
    if (!profile) return [];
    const latest = [...profile.assignments].sort((a, b) => b.date.localeCompare(a.date))[0];
    return [
      {
        id: m.id,
        name: m.name,
        summary: profile.summary,
        quota2017: profile.quota["2017"] ?? null,
        quota2018: profile.quota["2018"] ?? null,
        latestAssignment: latest ?? null,
        visitDate: profile.visit?.date ?? null,
        integrationStrategy: answer(profile.integrationStrategy),
        keepsYouths: answer(profile.keepsYouthsTurning18),
        practiceCount: countOf(content, "municipalities", m.id),
      },
    ];
  });
  return {
    county: countyProfile
      ? {
          id: countyProfile.id,
          name: countyProfile.title,
          summary: countyProfile.summary,
          quota: countyProfile.quota,
          nationalQuota: countyProfile.nationalQuota ?? {},
        }
      : null,
    municipalities: rows,
  };
}

