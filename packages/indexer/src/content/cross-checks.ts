// Checks that need more than one file: ids that repeat and links that lead nowhere.
import {
  counties,
  municipalities,
  targetGroups,
  topics,
  type Collection,
  type MunicipalityProfile,
  type Practice,
} from "@kunskapsbanken/content-schema";
import type { RouteKind } from "@kunskapsbanken/domain";
import type { Entry } from "./entry.js";
import type { Problem } from "./problem.js";

export function crossCheck(
  practices: Entry<Practice>[],
  profiles: Entry<MunicipalityProfile>[],
  collections: Entry<Collection>[] = [],
  practiceFileIds: ReadonlySet<string> = new Set(practices.map((p) => p.data.id)),
): Problem[] {
  return [
    ...duplicateIds(practices),
    ...duplicateIds(profiles),
    ...duplicateIds(collections),
    ...brokenRelated(practices, practiceFileIds),
    ...unknownCollectionItems(collections, practiceFileIds),
    ...brokenSiteLinks([...practices, ...profiles, ...collections], {
      practice: practiceFileIds,
      shortLink: practiceFileIds,
      // Every municipality has a page; a county's own profile is published beside them.
      municipality: new Set([...municipalities.map((m) => m.id), ...profiles.map((p) => p.data.id)]),
      county: new Set(counties.map((c) => c.id)),
      topic: new Set(topics.map((t) => t.id)),
      targetGroup: new Set(targetGroups.map((t) => t.id)),
      collection: new Set(collections.map((c) => c.data.id)),
    }),
  ];
}

/** A link to a site page that will not exist would fail the site build: say so at the link's line. */
function brokenSiteLinks(entries: Entry<unknown>[], existing: Record<RouteKind, ReadonlySet<string>>): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const { line, target } of entry.siteLinks) {
      if (target.kind === "page" || existing[target.kind].has(target.id)) continue;
      problems.push({
        file: entry.file,
        line,
        field: "text",
        message: `länken leder till en sida som inte finns: det finns ingen ${pageNames[target.kind]} med id "${target.id}"`,
        severity: "error",
      });
    }
  }
  return problems;
}

const pageNames: Record<RouteKind, string> = {
  practice: "exempelsida",
  shortLink: "exempelsida",
  municipality: "kommunsida",
  county: "länssida",
  topic: "ämnessida",
  targetGroup: "målgruppssida",
  collection: "samling",
};

function duplicateIds(entries: Entry<{ id: string }>[]): Problem[] {
  const firstFile = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const earlier = firstFile.get(entry.data.id);
    if (earlier) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(["id"]),
        field: "id",
        message: `id "${entry.data.id}" används redan i ${earlier}. Varje fil behöver ett eget id`,
        severity: "error",
      });
    } else {
      firstFile.set(entry.data.id, entry.file);
    }
  }
  return problems;
}

function brokenRelated(practices: Entry<Practice>[], ids: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const practice of practices) {
    practice.data.related.forEach((id, index) => {
      const message =
        id === practice.data.id
          ? "ett exempel kan inte vara relaterat till sig självt"
          : ids.has(id)
            ? undefined
            : `det finns inget exempel med id "${id}". Kontrollera stavningen mot filnamnen i content/practices`;
      if (message) {
        problems.push({
          file: practice.file,
          line: practice.lineOf(["related", index]),
          field: `related[${index}]`,
          message,
          severity: "error",
        });
      }
    });
  }
  return problems;
}

/** Every practice a collection lists must exist; the problem points at the list item's own line. */
function unknownCollectionItems(collections: Entry<Collection>[], ids: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const collection of collections) {
    collection.data.practices.forEach((item, index) => {
      if (ids.has(item.id)) return;
      problems.push({
        file: collection.file,
        line: collection.lineOf(["practices", index, "id"]),
        field: `practices[${index}].id`,
        message: `det finns inget exempel med id "${item.id}". Kontrollera stavningen mot filnamnen i content/practices`,
        severity: "error",
      });
    });
  }
  return problems;
}
