// The vocabularies of places must say what Sweden's official lists say: every municipality
// and county, with SCB's codes and names. The lists are copied unchanged into data/sverige
// from ../shared/data/sverige; the copy is compared with that folder wherever it exists.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ID_PATTERN } from "./ids.js";
import { placeId, readCounties, readMunicipalities, repoRoot, sharedSverigeDir, sverigeDir } from "./scripts/sverige.js";
import { counties, municipalities, places } from "./vocabularies.js";

const idRule = ID_PATTERN;

describe("places compared with the official lists", () => {
  it("finds the reference data in the repository", () => {
    expect(existsSync(sverigeDir), `no reference data at ${sverigeDir} (repository root ${repoRoot})`).toBe(true);
  });

  // Said in the test's name when the shared folder is not there (a clean clone elsewhere): never silent.
  it.skipIf(!existsSync(sharedSverigeDir))(
    `keeps data/sverige identical to the shared reference folder (${existsSync(sharedSverigeDir) ? "found" : "skipped: not present"} at ../shared/data/sverige)`,
    () => {
      const shared = readdirSync(sharedSverigeDir).sort();
      expect(readdirSync(sverigeDir).sort()).toEqual(shared);
      for (const file of shared) {
        expect(
          readFileSync(join(sverigeDir, file)).equals(readFileSync(join(sharedSverigeDir, file))),
          `${file} differs from the shared copy`,
        ).toBe(true);
      }
    },
  );

  it("has all 290 municipalities with SCB's kommunkod, name, county and centroid", () => {
    const source = readMunicipalities();
    expect(source).toHaveLength(290);
    expect(municipalities).toHaveLength(source.length);
    const byCode = new Map(municipalities.map((m) => [m.scbCode, m]));
    expect(byCode.size).toBe(municipalities.length);
    for (const row of source) {
      const m = byCode.get(row.code);
      expect(m, `kommunkod ${row.code} (${row.name}) is missing`).toBeDefined();
      expect(m!.name).toBe(row.name);
      const county = counties.find((c) => c.id === m!.county);
      expect(county, `${m!.name}: county ${m!.county} does not exist`).toBeDefined();
      expect(county!.code, `${m!.name} lies in county ${row.countyCode}`).toBe(row.countyCode);
      expect(m!.centroid).toEqual({ lat: row.lat, lon: row.lon });
    }
  });

  it("has all 21 counties with SCB's code, letter, name and County Administrative Board", () => {
    const source = readCounties();
    expect(source).toHaveLength(21);
    expect(counties).toHaveLength(source.length);
    for (const row of source) {
      const county = counties.find((c) => c.code === row.code);
      expect(county, `county ${row.code} (${row.name}) is missing`).toBeDefined();
      expect({ name: county!.name, letter: county!.letter, authority: county!.authority }).toEqual({
        name: row.name,
        letter: row.letter,
        authority: row.authority,
      });
    }
  });

  it("gives every place a unique id folded from its name", () => {
    for (const place of places.filter((p) => p.kind !== "land")) {
      expect(place.id).toMatch(idRule);
      // Names that fold alike (Habo, Håbo) get their county added after the folded name.
      expect(place.id.startsWith(placeId(place.name)), `${place.id} does not fold ${place.name}`).toBe(true);
    }
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    expect(municipalities.find((m) => m.name === "Malung-Sälen")?.id).toBe("malung-salen");
    expect(municipalities.find((m) => m.name === "Upplands Väsby")?.id).toBe("upplands-vasby");
    expect(counties.find((c) => c.name === "Skåne län")?.id).toBe("skane-lan");
  });

  it("lets every name and other name lead to one place only", () => {
    const owners = new Map<string, string[]>();
    for (const place of [...municipalities, ...counties]) {
      for (const name of new Set([place.name, ...(place.aliases ?? [])].map((n) => n.toLowerCase()))) {
        owners.set(name, [...(owners.get(name) ?? []), place.id]);
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    expect(shared, "names used by more than one place").toEqual([]);
    expect(municipalities.find((m) => m.id === "goteborg")?.aliases).toContain("Gothenburg");
    expect(counties.find((c) => c.id === "vastra-gotalands-lan")?.aliases).toContain("Västra Götaland");
  });
});
