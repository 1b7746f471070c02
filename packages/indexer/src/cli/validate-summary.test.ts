import { describe, expect, it } from "vitest";
import { allGoodLine } from "./validate.js";

describe("kb validate's summary", () => {
  it("says one collection, one profile and one file in the singular", () => {
    expect(allGoodLine({ practices: 1, profiles: 1, collections: 1, files: 1 }, "content")).toBe(
      "Allt ser bra ut: 1 exempel, 1 profil och 1 samling (1 fil) i content.",
    );
  });

  it("uses the plural for none and for many", () => {
    expect(allGoodLine({ practices: 64, profiles: 10, collections: 0, files: 74 }, "content")).toBe(
      "Allt ser bra ut: 64 exempel, 10 profiler och 0 samlingar (74 filer) i content.",
    );
  });
});
