// A practice from anywhere in Sweden lands where its readers look: on its municipality's page,
// on its county's page and in the county's count on /lan. Checked on a copy of the real
// content with one Malmö practice added, loaded the way the site build loads it.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AreaMapData } from "../src/plugins/maps";

const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const noMap: AreaMapData = { viewBox: "0 0 1 1", width: 1, height: 1, areas: [] };

/** A Gnesta/Vingåker practice moved to Malmö: a whole, valid file whose only place is Malmö. */
async function malmoPractice(): Promise<string> {
  const text = await readFile(join(repoRoot, "content/practices/sodermanlands-lan/alskade-barn.md"), "utf8");
  return text
    .replace("id: alskade-barn", "id: malmo-foraldrastod")
    .replace("municipalities: [gnesta, vingaker]", "municipalities: [malmo]")
    .replace("organisation: Gnesta kommun", "organisation: Malmö stad")
    .replace(/^related: .*$/m, "related: []");
}

describe("place pages with a practice from Malmö", () => {
  let dir: string;
  let place: typeof import("../src/plugins/kunskapsbanken/placeData");
  let loaded: Awaited<ReturnType<typeof import("../src/plugins/kunskapsbanken/content")["getContent"]>>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kb-places-"));
    await cp(join(repoRoot, "content"), dir, { recursive: true, filter: (path) => !path.includes("node_modules") });
    await mkdir(join(dir, "practices/skane-lan"), { recursive: true });
    await writeFile(join(dir, "practices/skane-lan/malmo-foraldrastod.md"), await malmoPractice());
    vi.stubEnv("KB_CONTENT_DIR", dir);
    vi.resetModules();
    loaded = await (await import("../src/plugins/kunskapsbanken/content")).getContent();
    place = await import("../src/plugins/kunskapsbanken/placeData");
  }, 120_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  it("shows it on /kommun/malmo and not as a neighbour", () => {
    const malmo = place.municipalityData(loaded, "malmo");
    expect(malmo.practices.map((card) => card.id)).toEqual(["malmo-foraldrastod"]);
    expect(malmo.neighbours.map((card) => card.id)).not.toContain("malmo-foraldrastod");
    expect(malmo.county).toMatchObject({ id: "skane-lan", count: 1 });
  });

  it("offers it to Malmö's neighbours in Skåne, not to Stockholm's", () => {
    expect(place.municipalityData(loaded, "lund").neighbours.map((card) => card.id)).toEqual(["malmo-foraldrastod"]);
    expect(place.municipalityData(loaded, "solna").neighbours).toEqual([]);
  });

  it("counts it on Skåne's page, on Malmö's row of the county table and on /lan", () => {
    const skane = place.countyPageData(loaded, "skane-lan", noMap);
    expect(skane.practices.map((card) => card.id)).toEqual(["malmo-foraldrastod"]);
    expect(skane.municipalities.find((m) => m.id === "malmo")?.count).toBe(1);
    const country = place.countryData(loaded, noMap);
    expect(country.counties.find((c) => c.id === "skane-lan")?.count).toBe(1);
    expect(country.counties.find((c) => c.id === "sodermanlands-lan")?.count).toBeGreaterThan(50);
  });

  it("tells /lan where Södermanland's figures went, and no other county", () => {
    expect(place.countryData(loaded, noMap).figuresMovedTo).toEqual([{ id: "sodermanlands-lan", name: "Södermanlands län" }]);
  });
});
