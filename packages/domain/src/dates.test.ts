import { describe, expect, it } from "vitest";
import { formatDay, isIsoDate, isIsoMonth, isIsoMonthOrDate, isoDateOrUndefined, isoToday, isYearText, parseIsoDay } from "./dates.js";

describe("dates", () => {
  it.each(["2017-09-06", "2024-02-29", "2000-02-29", "1999-12-31"])("%s is a day", (day) => expect(isIsoDate(day)).toBe(true));
  it.each([
    "2017-02-30",
    "2023-02-29",
    "1900-02-29",
    "2017-13-01",
    "2017-00-10",
    "2017-9-6",
    "17-09-06",
    "2017-09-06T00:00",
    " 2017-09-06",
    "0099-01-01x",
  ])("%j is not a day", (text) => expect(isIsoDate(text)).toBe(false));

  it("a month is YYYY-MM with a month that exists", () => {
    expect(isIsoMonth("2017-09")).toBe(true);
    expect(isIsoMonth("2017-12")).toBe(true);
    expect(isIsoMonth("2017-13")).toBe(false);
    expect(isIsoMonth("2017-00")).toBe(false);
    expect(isIsoMonth("2017-09-06")).toBe(false);
    expect(isIsoMonthOrDate("2017-09")).toBe(true);
    expect(isIsoMonthOrDate("2017-09-06")).toBe(true);
    expect(isIsoMonthOrDate("2017-09-31")).toBe(false);
    expect(isIsoMonthOrDate("2017")).toBe(false);
  });

  it("a year is four digits", () => {
    expect(isYearText("2017")).toBe(true);
    expect(isYearText("217")).toBe(false);
    expect(isYearText("2017a")).toBe(false);
  });

  it("splits a day, and counts a month from its first day", () => {
    expect(parseIsoDay("2017-09-06")).toEqual({ year: 2017, month: 9, day: 6 });
    expect(parseIsoDay("2017-09")).toEqual({ year: 2017, month: 9, day: 1 });
    expect(parseIsoDay("2017-02-30")).toBeUndefined();
    expect(parseIsoDay("hösten 2017")).toBeUndefined();
  });

  it("gives the local date as YYYY-MM-DD", () => {
    expect(isoToday(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(isoToday(new Date(2026, 10, 28, 0, 1))).toBe("2026-11-28");
  });

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
