import { describe, expect, it } from "vitest";
import { formatDay, isoDateOrUndefined } from "./dates.js";

// What a date is (isIsoDate and the rest) is tested where the rule lives, in content-schema.
describe("dates in words", () => {
  it("says a day in Swedish, and leaves other text as it is", () => {
    expect(formatDay("2026-11-28")).toBe("28 november 2026");
    expect(formatDay("2017-09-06")).toBe("6 september 2017");
    expect(formatDay("2017-02-30")).toBe("2017-02-30");
  });

  it("keeps only real days from untrusted values", () => {
    expect(isoDateOrUndefined("2026-11-28")).toBe("2026-11-28");
    expect(isoDateOrUndefined("2026-11-31")).toBeUndefined();
    expect(isoDateOrUndefined(20261128)).toBeUndefined();
  });
});
