import { describe, expect, it } from "vitest";
import { practiceFilePath } from "./layout.js";
import {
  countiesOfPlaces,
  countyOfPlace,
  findPlace,
  municipalitiesIn,
  placesStartingWith,
  practiceFolderOf,
  wholeCountry,
} from "./places.js";

describe("places", () => {
  it("knows which county a municipality or county lies in, and none for the whole country", () => {
    expect(countyOfPlace("malmo")?.id).toBe("skane-lan");
    expect(countyOfPlace("flen")?.id).toBe("sodermanlands-lan");
    expect(countyOfPlace("skane-lan")?.id).toBe("skane-lan");
    expect(countyOfPlace(wholeCountry.id)).toBeUndefined();
    expect(countyOfPlace("atlantis")).toBeUndefined();
  });

  it("lists a county's municipalities", () => {
    expect(municipalitiesIn("sodermanlands-lan")).toHaveLength(9);
    expect(municipalitiesIn("skane-lan")).toHaveLength(33);
    expect(municipalitiesIn("gotlands-lan").map((m) => m.id)).toEqual(["gotland"]);
  });

  it("gives the counties a practice's places touch, each once, in order", () => {
    expect(countiesOfPlaces(["malmo", "lund", "flen"]).map((c) => c.id)).toEqual(["skane-lan", "sodermanlands-lan"]);
    expect(countiesOfPlaces([wholeCountry.id])).toEqual([]);
  });

  it("files a practice under the county of its first place, or sverige", () => {
    expect(practiceFolderOf(["malmo", "flen"])).toBe("skane-lan");
    expect(practiceFolderOf(["flen", "malmo"])).toBe("sodermanlands-lan");
    expect(practiceFolderOf(["vastra-gotalands-lan"])).toBe("vastra-gotalands-lan");
    expect(practiceFolderOf([wholeCountry.id])).toBe("sverige");
    expect(practiceFilePath("malmo-laxhjalp", ["malmo"])).toBe("practices/skane-lan/malmo-laxhjalp.md");
  });

  it("finds a place by id, name with or without å ä ö, or another name", () => {
    expect(findPlace("Malmö")?.id).toBe("malmo");
    expect(findPlace("malmo")?.id).toBe("malmo");
    expect(findPlace(" STRÄNGNÄS ")?.id).toBe("strangnas");
    expect(findPlace("Gothenburg")?.id).toBe("goteborg");
    expect(findPlace("Sörmland")?.id).toBe("sodermanlands-lan");
    expect(findPlace("Skåne län")?.id).toBe("skane-lan");
    expect(findPlace("sverige")?.id).toBe("sverige");
    expect(findPlace("Oslo")).toBeUndefined();
    expect(findPlace("  ")).toBeUndefined();
  });

  it("offers places that begin like what is typed, an exact name first", () => {
    const upp = placesStartingWith("upp").map((p) => p.id);
    expect(upp).toContain("upplands-vasby");
    expect(upp).toContain("uppsala");
    expect(upp).toContain("uppsala-lan");
    expect(placesStartingWith("Uppsala").map((p) => p.id)[0]).toBe("uppsala");
    expect(placesStartingWith("mal", 3)).toHaveLength(3);
    expect(placesStartingWith("")).toEqual([]);
  });
});
