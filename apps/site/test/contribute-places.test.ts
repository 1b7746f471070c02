// The places the form on /bidra offers: found by the beginning of a name, with or without
// å, ä and ö, or despite a typing mistake; named with their county; and the facts panel's label.
import { describe, expect, it } from "vitest";
import { placeById, placeFromParam, placeOptionLabel, placesRowLabel, searchPlaces } from "../src/lib/contribute/places";

const ids = (text: string) => searchPlaces(text).map((place) => place.id);

describe("finding a place as the contributor types", () => {
  it("finds Malmö typed with or without ö, and by a misspelling", () => {
    expect(ids("Malmö")[0]).toBe("malmo");
    expect(ids("malmo")[0]).toBe("malmo");
    expect(ids("MALM")).toContain("malmo");
    expect(ids("Mamlö")[0]).toBe("malmo");
    expect(ids("Malnö")[0]).toBe("malmo");
  });

  it("finds counties and the whole country", () => {
    expect(ids("Skåne")).toContain("skane-lan");
    expect(ids("hela")).toEqual(["sverige"]);
    expect(ids("sverige")).toEqual(["sverige"]);
  });

  it("finds nothing for too little or for nonsense", () => {
    expect(ids("")).toEqual([]);
    expect(ids("  ")).toEqual([]);
    expect(ids("xq")).toEqual([]);
    expect(ids("qwertyuiop")).toEqual([]);
  });

  it("names a municipality with its county", () => {
    expect(placeOptionLabel(placeById("malmo")!)).toBe("Malmö – Skåne län");
    expect(placeOptionLabel(placeById("skane-lan")!)).toBe("Skåne län (hela länet)");
    expect(placeOptionLabel(placeById("sverige")!)).toBe("Hela Sverige");
    expect(placeById("atlantis")).toBeUndefined();
  });

  it("reads the place an address starts the form with, by id or name", () => {
    expect(placeFromParam("malmo")?.id).toBe("malmo");
    expect(placeFromParam("Malmö")?.id).toBe("malmo");
    expect(placeFromParam("skane-lan")?.id).toBe("skane-lan");
    expect(placeFromParam("atlantis")).toBeUndefined();
    expect(placeFromParam(null)).toBeUndefined();
  });
});

describe("the label of the place row in the facts panel", () => {
  it("says what kind of place it is", () => {
    expect(placesRowLabel(["malmo"])).toBe("Kommun");
    expect(placesRowLabel(["malmo", "lund"])).toBe("Kommuner");
    expect(placesRowLabel(["skane-lan"])).toBe("Län");
    expect(placesRowLabel(["sverige"])).toBe("Plats");
    expect(placesRowLabel(["skane-lan", "malmo"])).toBe("Platser");
  });
});
