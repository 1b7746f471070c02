// The county overview, computed from the profiles: the years come from the quotas the
// profiles hold and the names from the vocabularies, so a new year or another county needs
// data, not code.
import { counties, municipalities, type MunicipalityProfile, type Practice } from "@kunskapsbanken/content-schema";

interface AssignmentOverview {
  date: string;
  quota: number;
  assigned: number;
  counted: number;
  remaining: number;
}

export interface MunicipalityRow {
  id: string;
  name: string;
  summary: string;
  /** The quota for each year in `CountyOverview.years`, in the same order; null where the profile has none. */
  quotas: (number | null)[];
  latestAssignment: AssignmentOverview | null;
  visitDate: string | null;
  integrationStrategy: "ja" | "nej" | null;
  keepsYouths: "ja" | "nej" | null;
  practiceCount: number;
}

export interface CountyOverview {
  county: {
    id: string;
    name: string;
    summary: string;
    quotas: (number | null)[];
    /** The national quota for each year in `years`. */
    nationalQuotas: (number | null)[];
  } | null;
  /** Every year that any profile gives a quota for, oldest first. */
  years: string[];
  municipalities: MunicipalityRow[];
}

const inYears = (years: readonly string[], byYear: Readonly<Record<string, number>> | undefined) =>
  years.map((year) => byYear?.[year] ?? null);

/** The municipalities of `countyId` that have a profile, in vocabulary order, with the county's own profile. */
export function countyOverview(countyId: string, profiles: readonly MunicipalityProfile[], practices: readonly Practice[]): CountyOverview {
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const members = municipalities.filter((m) => m.county === countyId && byId.has(m.id));
  const countyProfile = byId.get(countyId);
  const relevant = [...members.map((m) => byId.get(m.id)!), ...(countyProfile ? [countyProfile] : [])];
  const years = [...new Set(relevant.flatMap((profile) => Object.keys(profile.quota)))].sort();
  const county = counties.find((c) => c.id === countyId);
  return {
    county:
      countyProfile && county
        ? {
            id: countyId,
            name: county.name,
            summary: countyProfile.summary,
            quotas: inYears(years, countyProfile.quota),
            nationalQuotas: inYears(years, countyProfile.nationalQuota),
          }
        : null,
    years,
    municipalities: members.map((m) => {
      const profile = byId.get(m.id)!;
      const latest = [...profile.assignments].sort((a, b) => b.date.localeCompare(a.date))[0];
      return {
        id: m.id,
        name: m.name,
        summary: profile.summary,
        quotas: inYears(years, profile.quota),
        latestAssignment: latest ?? null,
        visitDate: profile.visit?.date ?? null,
        integrationStrategy: profile.integrationStrategy?.answer ?? null,
        keepsYouths: profile.keepsYouthsTurning18?.answer ?? null,
        practiceCount: practices.filter((p) => p.municipalities.includes(m.id)).length,
      };
    }),
  };
}
