// Each test here guards one rule of the filters and fails when that rule is taken out: a
// filter with no value chosen filters nothing, only the place filters read place names, and
// a county may be given as a reader writes it (`Sörmlands län`, `Sörmland län`).
import { describe, expect, it } from "vitest";
import { practiceEntry } from "../../test/support/practice-data.js";
import { buildSearchIndex } from "../build-index.js";
import { filterValueOf } from "./filters.js";

describe("a filter with no value chosen filters nothing", () => {
  const index = buildSearchIndex([
    practiceEntry("bostad", { title: "Bostad först", topics: ["bostad"] }),
    practiceEntry("skola", { title: "Läxhjälp i skolan", topics: ["skola"] }),
  ]);

  it("an empty list of topics gives every practice, as no topic filter does", () => {
    const ids = (filters = {}) => index.search("", { filters }).map((hit) => hit.id);
    expect(ids({ topic: [] })).toEqual(ids());
    expect(ids({ topic: [] })).toHaveLength(2);
  });
});

describe("a filter value as the reader gives it", () => {
  it("only the place filters read a place name: a topic named like a county stays as given", () => {
    expect(filterValueOf("topic", "Skåne")).toBe("Skåne");
    expect(filterValueOf("status", "avslutad")).toBe("avslutad");
  });

  it.each([
    ["Sörmlands län", "the other name in the genitive"],
    ["Sörmland län", "the other name without the genitive s"],
    ["Sörmlands  län", "with two spaces before län"],
  ])("the county filter takes %s (%s)", (text) => {
    expect(filterValueOf("county", text)).toBe("sodermanlands-lan");
  });

  it("the county filter refuses a place that does not exist, and so does the municipality filter", () => {
    expect(filterValueOf("county", "Atlantis")).toBeUndefined();
    expect(filterValueOf("municipality", "Atlantis län")).toBeUndefined();
  });
});
