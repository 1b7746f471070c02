import { describe, expect, it } from "vitest";
import { formatMonth, formatSeason, freshnessOf, statusAsOf } from "./freshness.js";

describe("dates in words", () => {
  it.each([
    ["2017-09-06", "september 2017", "hösten 2017"],
    ["2017-12", "december 2017", "vintern 2017/2018"],
    ["2018-01-15", "januari 2018", "vintern 2017/2018"],
    ["2018-04", "april 2018", "våren 2018"],
    ["2018-07-01", "juli 2018", "sommaren 2018"],
  ])("%s is %s, %s", (date, month, season) => {
    expect(formatMonth(date)).toBe(month);
    expect(formatSeason(date)).toBe(season);
  });

  it("never shows a status without its date", () => {
    expect(statusAsOf("Pågående", "2017-09-06")).toBe("Pågående enligt uppgifter från september 2017");
  });
});

describe("freshnessOf", () => {
  const confirmed = { date: "2026-03-01", role: "integrationsstrateg", organisation: "Flens kommun" };

  it("says plainly that facts from 2017 have not been confirmed since", () => {
    expect(freshnessOf({ asOf: "2017-10-31" }, "2026-11-29")).toEqual({
      asOf: "2017-10-31",
      confirmed: null,
      latest: "2017-10-31",
      stale: true,
      notice: "Uppgifterna är från hösten 2017 och har inte bekräftats sedan dess.",
    });
  });

  it("is fresh within 18 months of a confirmation, and counts from the confirmation", () => {
    expect(freshnessOf({ asOf: "2017-10-31", confirmed }, "2026-11-29")).toMatchObject({
      latest: "2026-03-01",
      stale: false,
      notice: null,
    });
  });

  it("says who confirmed it last when even the confirmation is old", () => {
    expect(freshnessOf({ asOf: "2017-10-31", confirmed }, "2028-01-01").notice).toBe(
      "Uppgifterna bekräftades senast i mars 2026 av Flens kommun och kan ha ändrats sedan dess.",
    );
  });

  it("reads a month as its first day, and 18 months exactly is not yet stale", () => {
    expect(freshnessOf({ asOf: "2025-05" }, "2026-11-01").stale).toBe(false);
    expect(freshnessOf({ asOf: "2025-05" }, "2026-11-02").stale).toBe(true);
  });
});
