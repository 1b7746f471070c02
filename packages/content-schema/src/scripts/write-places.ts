// Writes data/municipalities.json and data/counties.json from Sweden's official lists in
// ../shared/data/sverige (see sverige.ts). Run by hand when the reference data changes:
//   npx tsx packages/content-schema/src/scripts/write-places.ts
// Ids already in the data are kept, so content that refers to them stays valid; other
// names people use (aliases) already in the data are kept too.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fold } from "../text.js";
import type { County, Municipality } from "../vocabularies.js";
import { placeId, readCounties, readMunicipalities } from "./sverige.js";

const dataDir = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../data");

/** Other names worth finding that no rule derives, by kommunkod or länskod. */
const extraMunicipalityAliases: Record<string, string[]> = {
  "1480": ["Gothenburg"], // Göteborg
};
const extraCountyAliases: Record<string, string[]> = {
  "04": ["Sörmland"],
  "23": ["Jämtland Härjedalen"],
};

function readExisting<T>(file: string): T[] {
  const path = join(dataDir, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T[]) : [];
}

function unique(values: readonly string[]): string[] | undefined {
  const kept = [...new Set(values)];
  return kept.length > 0 ? kept : undefined;
}

const sourceMunicipalities = readMunicipalities();
const sourceCounties = readCounties();
const oldMunicipalities = new Map(readExisting<Municipality>("municipalities.json").map((m) => [m.scbCode, m]));
const oldCounties = new Map(readExisting<County>("counties.json").map((c) => [c.code, c]));
const municipalityNames = new Set(sourceMunicipalities.map((m) => fold(m.name)));
const collator = new Intl.Collator("sv");

const counties: County[] = sourceCounties
  .map((source) => {
    const old = oldCounties.get(source.code);
    // "Skåne län" → "Skåne", "Västra Götalands län" → "Västra Götaland". A short form that is
    // also a municipality's name (Stockholm, Uppsala, Gotland …) is left out: a name should
    // lead to one place, and there it is the municipality's.
    const short = source.name.replace(/s? län$/, "");
    const aliases = [
      ...(old?.aliases ?? []),
      ...(municipalityNames.has(fold(short)) ? [] : [short]),
      ...(extraCountyAliases[source.code] ?? []),
    ];
    return {
      id: old?.id ?? placeId(source.name),
      name: source.name,
      code: source.code,
      letter: source.letter,
      authority: source.authority,
      ...(unique(aliases) ? { aliases: unique(aliases) } : {}),
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const countyIdByCode = new Map(counties.map((c) => [c.code, c.id]));
const countyByCode = new Map(counties.map((c) => [c.code, c]));

// Names that fold alike (Habo in Jönköpings län, Håbo in Uppsala län) both get their county's
// short name added, `habo-jonkoping` and `habo-uppsala`, so neither plain id can be mistaken
// for the other.
const foldCount = new Map<string, number>();
for (const m of sourceMunicipalities) foldCount.set(placeId(m.name), (foldCount.get(placeId(m.name)) ?? 0) + 1);
function municipalityId(name: string, countyCode: string): string {
  const id = placeId(name);
  if (foldCount.get(id) === 1) return id;
  return `${id}-${placeId(countyByCode.get(countyCode)!.name.replace(/s? län$/, ""))}`;
}

const municipalities: Municipality[] = sourceMunicipalities
  .map((source) => {
    const old = oldMunicipalities.get(source.code);
    const county = countyIdByCode.get(source.countyCode);
    if (!county) throw new Error(`${source.name} (${source.code}): no county with code ${source.countyCode}`);
    const aliases = unique([...(old?.aliases ?? []), ...(extraMunicipalityAliases[source.code] ?? [])]);
    return {
      id: old?.id ?? municipalityId(source.name, source.countyCode),
      name: source.name,
      ...(aliases ? { aliases } : {}),
      scbCode: source.code,
      county,
      centroid: { lat: source.lat, lon: source.lon },
    };
  })
  .sort((a, b) => collator.compare(a.name, b.name));

for (const list of [municipalities, counties]) {
  const ids = list.map((entry) => entry.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) throw new Error(`Ids used twice: ${repeated.join(", ")}`);
}

/** One entry a line, as the rest of the data is written, so a diff shows which place changed. */
function writeList(file: string, list: readonly object[]): void {
  const line = (value: unknown): string =>
    Array.isArray(value)
      ? `[${value.map(line).join(", ")}]`
      : value !== null && typeof value === "object"
        ? `{ ${Object.entries(value)
            .map(([key, v]) => `${JSON.stringify(key)}: ${line(v)}`)
            .join(", ")} }`
        : JSON.stringify(value);
  writeFileSync(join(dataDir, file), `[\n${list.map((entry) => `  ${line(entry)}`).join(",\n")}\n]\n`);
}

writeList("municipalities.json", municipalities);
writeList("counties.json", counties);
console.log(`Wrote ${municipalities.length} municipalities and ${counties.length} counties to ${dataDir}`);
