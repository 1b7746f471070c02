import { countyOf, findPlace } from "@kunskapsbanken/domain";
import { countiesOf } from "./place-members.js";
import type { SearchDocument, SearchFilters } from "./types.js";

/**
 * Every filter, declared once: the stored field it looks at, the vocabulary of its values,
 * its `kb search` flag, its URL parameter on /sok and its heading, in the order shown.
 * The county filter reads the practice's places too: its values are the counties those
 * places lie in (a municipality's county, or the county itself), see `filterValues`.
 */
export const filterDefinitions = [
  {
    name: "county",
    field: "municipalities",
    vocabulary: "counties",
    flag: "--county",
    param: "lan",
    title: "Län",
    help: "bara exempel från länet, t.ex. skane-lan eller Skåne",
  },
  {
    name: "municipality",
    field: "municipalities",
    vocabulary: "municipalities",
    flag: "--municipality",
    param: "kommun",
    title: "Kommun",
    help: "bara exempel från kommunen, t.ex. flen eller Flen",
  },
  { name: "topic", field: "topics", vocabulary: "topics", flag: "--topic", param: "amne", title: "Ämne", help: "bara exempel inom ämnet" },
  {
    name: "targetGroup",
    field: "targetGroups",
    vocabulary: "targetGroups",
    flag: "--target-group",
    param: "malgrupp",
    title: "Målgrupp",
    help: "bara exempel för målgruppen",
  },
  {
    name: "funding",
    field: "funding",
    vocabulary: "funding",
    flag: "--funding",
    param: "finansiering",
    title: "Finansiering",
    help: "bara exempel med finansieringen",
  },
  {
    name: "status",
    field: "status",
    vocabulary: "status",
    flag: "--status",
    param: "status",
    title: "Status",
    help: "bara exempel med status, t.ex. pagaende",
  },
] as const satisfies readonly {
  name: keyof SearchFilters;
  field: keyof SearchDocument;
  vocabulary: string;
  flag: string;
  param: string;
  title: string;
  help: string;
}[];

export type FilterName = (typeof filterDefinitions)[number]["name"];
export const filterNames: FilterName[] = filterDefinitions.map((filter) => filter.name);

/** Which stored field each filter looks at. */
const filterFields = Object.fromEntries(filterDefinitions.map((filter) => [filter.name, filter.field])) as {
  [F in (typeof filterDefinitions)[number] as F["name"]]: F["field"];
};

/** The values of one filter a practice has; a county's are derived from the practice's places. */
function valuesOf(doc: SearchDocument, filter: FilterName): readonly string[] {
  if (filter === "county") return countiesOf(doc);
  const value = doc[filterFields[filter]];
  return Array.isArray(value) ? value : [value as string];
}

export function matchesFilters(doc: SearchDocument, filters: SearchFilters = {}): boolean {
  return filterNames.every((name) => {
    const wanted = filters[name];
    if (!wanted || wanted.length === 0) return true;
    const values = valuesOf(doc, name);
    return wanted.some((value) => values.includes(value));
  });
}

export type FacetCounts = Record<FilterName, Record<string, number>>;

/**
 * Counts beside each filter in one pass over the practices that match the query: a value
 * of filter F counts the practices that match every *other* chosen filter, so ticking it
 * gives exactly that many hits (within F, values combine with OR).
 */
export function facetCountsOf(docs: Iterable<SearchDocument>, filters: SearchFilters = {}): FacetCounts {
  const counts = Object.fromEntries(filterNames.map((name) => [name, {}])) as FacetCounts;
  const active = filterNames.filter((name) => (filters[name]?.length ?? 0) > 0);
  for (const doc of docs) {
    let failed: FilterName | undefined;
    let failures = 0;
    for (const name of active) {
      const values = valuesOf(doc, name);
      if (!filters[name]!.some((value) => values.includes(value))) {
        failed = name;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (const name of failures === 1 ? [failed!] : filterNames) {
      for (const value of valuesOf(doc, name)) counts[name][value] = (counts[name][value] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * A filter value as a reader may give it: the id, or for the place filters a name
 * (`Skåne`, `Sörmland`, `Malmö`, `Gothenburg`). Undefined for a place that does not exist,
 * or a county filter given a municipality.
 */
export function filterValueOf(name: FilterName, text: string): string | undefined {
  if (name !== "county" && name !== "municipality") return text;
  const place = findPlace(text) ?? findPlace(text.replace(/s?\s+län$/i, ""));
  if (name === "municipality") return place?.id;
  return place?.kind === "län" ? place.id : countyOf(text)?.id;
}
