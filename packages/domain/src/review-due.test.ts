import { describe, expect, it } from "vitest";
import { ageFlag, DEFAULT_REVIEW_AGE, formatReviewAge, isDueForReview, parseReviewAge, reviewCutoff } from "./review-due.js";

describe("parseReviewAge", () => {
  it.each([
    ["18m", { amount: 18, unit: "m" }],
    ["2y", { amount: 2, unit: "y" }],
    ["90d", { amount: 90, unit: "d" }],
    ["2å", { amount: 2, unit: "y" }],
    ["18 mån", { amount: 18, unit: "m" }],
    [" 6 månader ", { amount: 6, unit: "m" }],
  ])("%s", (text, age) => {
    expect(parseReviewAge(text)).toEqual(age);
  });

  it.each(["", "18", "m", "0m", "-3m", "18w", "1,5y"])("rejects %j", (text) => {
    expect(parseReviewAge(text)).toBeUndefined();
  });

  it("writes an age back as --older-than reads it", () => {
    for (const text of ["18m", "2y", "90d"]) expect(ageFlag(parseReviewAge(text)!)).toBe(text);
    expect(parseReviewAge(ageFlag(DEFAULT_REVIEW_AGE))).toEqual(DEFAULT_REVIEW_AGE);
  });

  it("formats in Swedish", () => {
    expect(formatReviewAge({ amount: 18, unit: "m" })).toBe("18 månader");
    expect(formatReviewAge({ amount: 1, unit: "y" })).toBe("1 år");
    expect(formatReviewAge({ amount: 1, unit: "d" })).toBe("1 dag");
  });
});

describe("reviewCutoff and isDueForReview", () => {
  it.each([
    ["2026-11-28", "18m", "2025-05-28"],
    ["2026-11-28", "2y", "2024-11-28"],
    ["2026-11-28", "90d", "2026-08-30"],
    ["2026-08-31", "6m", "2026-02-28"],
    ["2028-08-31", "6m", "2028-02-29"],
    ["2026-01-15", "1m", "2025-12-15"],
    ["2026-03-01", "1d", "2026-02-28"],
  ])("%s minus %s is %s", (today, age, cutoff) => {
    expect(reviewCutoff(today, parseReviewAge(age)!)).toBe(cutoff);
  });

  it("is due only when reviewed before the cutoff; exactly 18 months is not yet due", () => {
    const age = parseReviewAge("18m")!;
    expect(isDueForReview("2025-05-27", "2026-11-28", age)).toBe(true);
    expect(isDueForReview("2025-05-28", "2026-11-28", age)).toBe(false);
    expect(isDueForReview("2026-11-28", "2026-11-28", age)).toBe(false);
  });

  it("takes a month (YYYY-MM) from its first day, as the site's freshness notes do", () => {
    const age = parseReviewAge("18m")!; // on 2026-11-28 the cutoff is 2025-05-28
    expect(isDueForReview("2025-05", "2026-11-28", age)).toBe(true);
    expect(isDueForReview("2025-06", "2026-11-28", age)).toBe(false);
    expect(isDueForReview("2025-05", "2026-11-01", age)).toBe(false);
    expect(isDueForReview("2025-05", "2026-11-02", age)).toBe(true);
    expect(isDueForReview("2025-05")).toBe(isDueForReview("2025-05-01"));
  });

  it("rejects what is not a date rather than guessing", () => {
    expect(() => isDueForReview("2025", "2026-11-28")).toThrow();
    expect(() => isDueForReview("28/11/2025", "2026-11-28")).toThrow();
  });

  it("defaults to 18 months and accepts a Date for today", () => {
    expect(isDueForReview("2017-09-12", new Date(2026, 10, 28))).toBe(true);
    expect(isDueForReview("2026-01-01", new Date(2026, 10, 28))).toBe(false);
  });
});
