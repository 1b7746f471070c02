// Reads Sweden's official municipality and county lists (SCB codes and names) from the
// shared reference folder, `<repo>/../shared/data/sverige`. Used by the script that writes
// the vocabularies and by the test that compares them with the source.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { slugify } from "../ids.js";

/** The repository root: three levels above this file (packages/content-schema/src/scripts). */
export const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../../..");

/**
 * The reference data: SCB's lists and the boundaries, copied unchanged from the shared folder
 * `../shared/data/sverige` next to the repository into `data/sverige`, so a clean clone (and CI)
 * has them. A test checks the copy against the shared folder wherever that folder exists.
 */
export const sverigeDir = resolve(repoRoot, "packages/content-schema/data/sverige");

/** The shared folder the copy comes from. */
export const sharedSverigeDir = resolve(repoRoot, "../shared/data/sverige");

export interface SourceMunicipality {
  /** Kommunkod, four digits. */
  code: string;
  name: string;
  /** Länskod, two digits. */
  countyCode: string;
  lat: number;
  lon: number;
}

export interface SourceCounty {
  code: string;
  letter: string;
  name: string;
  authority: string;
}

function readRows(file: string, columns: readonly string[]): Record<string, string>[] {
  const path = join(sverigeDir, file);
  if (!existsSync(path)) {
    throw new Error(
      `Reference data not found: looked for ${path} (the folder ../shared/data/sverige next to the repository root ${repoRoot})`,
    );
  }
  const [header, ...lines] = readFileSync(path, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  if (header !== columns.join(";")) throw new Error(`${path}: expected the header ${columns.join(";")}, found ${header}`);
  return lines.map((line, i) => {
    const cells = line.split(";");
    if (cells.length !== columns.length) throw new Error(`${path}:${i + 2}: expected ${columns.length} columns, found ${cells.length}`);
    return Object.fromEntries(columns.map((column, c) => [column, cells[c]!.trim()]));
  });
}

export function readMunicipalities(): SourceMunicipality[] {
  return readRows("kommuner.csv", ["kod", "namn", "lan_kod", "lat", "lon"]).map((row) => ({
    code: row.kod!,
    name: row.namn!,
    countyCode: row.lan_kod!,
    lat: Number(row.lat),
    lon: Number(row.lon),
  }));
}

export function readCounties(): SourceCounty[] {
  return readRows("lan.csv", ["kod", "bokstav", "namn", "lansstyrelse"]).map((row) => ({
    code: row.kod!,
    letter: row.bokstav!,
    name: row.namn!,
    authority: row.lansstyrelse!,
  }));
}

/** Folds a name to an id: `Malung-Sälen` → `malung-salen`, `Skåne län` → `skane-lan`. */
export const placeId = slugify;
