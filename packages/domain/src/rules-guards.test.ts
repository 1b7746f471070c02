// Tests that guard the domain's rules one by one (each fails when its rule is changed):
// how dates and seasons are said, review ages, the content layout, places and ids.
import { describe, expect, it } from "vitest";
import { formatDay, isoDateOrUndefined } from "./dates.js";
import { formatMonth, formatSeason, freshnessOf } from "./freshness.js";
import { idFromTitle, MAX_ID_LENGTH } from "./ids.js";
import { contentFilePath, contentFolderOf, fileId } from "./layout.js";
import { countyOf, countyOfPlace, municipalityOf, practiceFolderOf, placesStartingWith } from "./places.js";
import { formatReviewAge, isDueForReview, parseReviewAge } from "./review-due.js";

describe("dates and seasons in Swedish", () => {
  it("a day is said with its month's name", () => {
    expect(formatDay("2026-11-28")).toBe("28 november 2026");
    expect(formatDay("2026-01-01")).toBe("1 januari 2026");
    expect(formatDay("28/11")).toBe("28/11");
  });

  it("only a string that is a date is a date", () => {
    expect(isoDateOrUndefined("2026-11-28")).toBe("2026-11-28");
    expect(isoDateOrUndefined(new String("2026-11-28"))).toBeUndefined();
    expect(isoDateOrUndefined(20261128)).toBeUndefined();
  });

  it("every month has its name", () => {
    const months = Array.from({ length: 12 }, (_, i) => formatMonth(`2017-${String(i + 1).padStart(2, "0")}`));
    expect(months.join(" ")).toBe(
      "januari 2017 februari 2017 mars 2017 april 2017 maj 2017 juni 2017 juli 2017 augusti 2017 september 2017 oktober 2017 november 2017 december 2017",
    );
  });

  it("seasons change at the first and the last month of each", () => {
    const seasons = Array.from({ length: 12 }, (_, i) => formatSeason(`2017-${String(i + 1).padStart(2, "0")}-15`));
    expect(seasons).toEqual([
      "vintern 2016/2017",
      "vintern 2016/2017",
      "våren 2017",
      "våren 2017",
      "våren 2017",
      "sommaren 2017",
      "sommaren 2017",
      "sommaren 2017",
      "hösten 2017",
      "hösten 2017",
      "hösten 2017",
      "vintern 2017/2018",
    ]);
  });

  it("a text that is no month is refused by name", () => {
    expect(() => formatMonth("hösten")).toThrow("not a YYYY-MM or YYYY-MM-DD date: hösten");
  });
});

describe("freshness", () => {
  const confirmed = { role: "samordnare", organisation: "Flens kommun" };

  it("a confirmation older than the facts does not make them older", () => {
    expect(freshnessOf({ asOf: "2024-05-01", confirmed: { ...confirmed, date: "2023-01-01" } }, "2024-06-01").latest).toBe("2024-05-01");
  });

  it("a month counts from its first day", () => {
    // Due once the first of the month is older than 18 months.
    expect(freshnessOf({ asOf: "2023-01" }, "2024-07-01").stale).toBe(false);
    expect(freshnessOf({ asOf: "2023-01" }, "2024-07-02").stale).toBe(true);
    expect(freshnessOf({ asOf: "2023-01-02" }, "2024-07-02").stale).toBe(false);
  });
});

describe("review ages", () => {
  it.each([
    ["90d", { amount: 90, unit: "d" }],
    ["1 dag", { amount: 1, unit: "d" }],
    ["90 dagar", { amount: 90, unit: "d" }],
    ["18 mån", { amount: 18, unit: "m" }],
    ["2å", { amount: 2, unit: "y" }],
  ])("%s is read", (text, age) => {
    expect(parseReviewAge(text)).toEqual(age);
  });

  it.each(["18mx", "18 månader till", "x18m", "0m"])("%s is not an age", (text) => {
    expect(parseReviewAge(text)).toBeUndefined();
  });

  it.each([
    [{ amount: 1, unit: "d" }, "1 dag"],
    [{ amount: 2, unit: "d" }, "2 dagar"],
    [{ amount: 1, unit: "m" }, "1 månad"],
    [{ amount: 2, unit: "m" }, "2 månader"],
    [{ amount: 1, unit: "y" }, "1 år"],
    [{ amount: 2, unit: "y" }, "2 år"],
  ] as const)("%j is said %s", (age, text) => {
    expect(formatReviewAge(age)).toBe(text);
  });

  it("a date that is no date is refused by name", () => {
    expect(() => isDueForReview("snart", "2024-01-01")).toThrow("not a YYYY-MM-DD or YYYY-MM date: snart");
  });
});

describe("the content layout", () => {
  it("a path's folder, if it is one of ours", () => {
    expect(contentFolderOf("practices/sodermanlands-lan/x.md")).toBe("practices");
    expect(contentFolderOf("municipalities\\flen.md")).toBe("municipalities");
    expect(contentFolderOf("collections/x.md")).toBe("collections");
    expect(contentFolderOf("bilder/x.png")).toBeUndefined();
    expect(contentFolderOf("toString/x.md")).toBeUndefined();
  });

  it("a profile's and a collection's file", () => {
    expect(contentFilePath("profile", "flen")).toBe("municipalities/flen.md");
    expect(contentFilePath("collection", "bostad")).toBe("collections/bostad.md");
  });

  it("a file's id is its name without .md", () => {
    expect(fileId("content/practices/sodermanlands-lan/flen-sprakvanner.md")).toBe("flen-sprakvanner");
    expect(fileId("content\\municipalities\\flen.md")).toBe("flen");
    expect(fileId("x.md.md")).toBe("x.md");
    expect(fileId("x.mdx")).toBe("x.mdx");
    expect(fileId("flen")).toBe("flen");
  });
});

describe("places", () => {
  it("by id, each in its own list", () => {
    expect(municipalityOf("flen")?.name).toBe("Flen");
    expect(municipalityOf("sodermanlands-lan")).toBeUndefined();
    expect(countyOf("sodermanlands-lan")?.id).toBe("sodermanlands-lan");
    expect(countyOf("flen")).toBeUndefined();
    expect(countyOfPlace("flen")?.id).toBe("sodermanlands-lan");
  });

  it("a practice's folder: its first place's county, or sverige", () => {
    expect(practiceFolderOf(["goteborg", "flen"])).toBe("vastra-gotalands-lan");
    expect(practiceFolderOf(["sverige", "flen"])).toBe("sverige");
    expect(practiceFolderOf(["okand"])).toBe("sverige");
    expect(practiceFolderOf([])).toBe("sverige");
  });

  it("type-ahead: the exact place once and first, names and other names, up to the limit", () => {
    expect(placesStartingWith(" Mark ").map((p) => p.id)).toEqual(["mark", "markaryd"]);
    expect(placesStartingWith("Ånge").map((p) => p.id)).toEqual(["ange", "angelholm"]);
    expect(placesStartingWith("gothen").map((p) => p.id)).toEqual(["goteborg"]);
    expect(placesStartingWith("s", 3)).toHaveLength(3);
    expect(placesStartingWith("  ")).toEqual([]);
  });
});

describe("ids from titles", () => {
  it("a title that starts with the prefix does not repeat it; one that shares a word does", () => {
    expect(idFromTitle("Flen språkvän", "flen")).toBe("flen-sprakvan");
    expect(idFromTitle("Flen språkvän", "flen-skola")).toBe("flen-skola-flen-sprakvan");
  });

  it("whole words up to exactly the longest id", () => {
    const word = "a".repeat(MAX_ID_LENGTH - 2);
    expect(idFromTitle(`${word} b`)).toBe(`${word}-b`);
    expect(idFromTitle(`${word} bc`)).toBe(word);
  });
});
