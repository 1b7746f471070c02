import { describe, expect, it } from "vitest";
import { profileSchema, type MunicipalityProfile } from "@kunskapsbanken/content-schema";
import { countyOverview } from "./county.js";

const profile = (id: string, quota: Record<string, number>, extra: Record<string, unknown> = {}): MunicipalityProfile =>
  profileSchema.parse({
    id,
    title: `Profil ${id}`,
    summary: "En sammanfattning som är lång nog för schemat.",
    quota,
    sources: [{ document: "lansstyrelsen-sodermanland-2017", section: "Bilaga 1" }],
    asOf: "2017-09",
    ...extra,
  });

describe("countyOverview", () => {
  const profiles = [
    profile("flen", { "2017": 70, "2018": 36 }, { integrationStrategy: { answer: "ja" } }),
    profile("gnesta", { "2019": 12 }),
    profile("sodermanlands-lan", { "2017": 600, "2018": 400 }, { nationalQuota: { "2018": 14000 } }),
  ];

  it("takes the years from the profiles and the names from the vocabularies", () => {
    const overview = countyOverview("sodermanlands-lan", profiles, []);
    expect(overview.years).toEqual(["2017", "2018", "2019"]);
    expect(overview.county).toMatchObject({ name: "Södermanlands län", quotas: [600, 400, null], nationalQuotas: [null, 14000, null] });
    expect(overview.municipalities.map((m) => [m.name, m.quotas, m.integrationStrategy])).toEqual([
      ["Flen", [70, 36, null], "ja"],
      ["Gnesta", [null, null, 12], null],
    ]);
  });

  it("leaves out municipalities without a profile and another county's", () => {
    expect(countyOverview("sodermanlands-lan", [profiles[0]!], []).municipalities.map((m) => m.id)).toEqual(["flen"]);
    expect(countyOverview("sodermanlands-lan", [], []).county).toBeNull();
  });
});
