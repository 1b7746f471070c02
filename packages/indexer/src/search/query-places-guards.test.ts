// Each test here guards one rule of reading places in a query and fails when that rule is
// taken out: every place of a query is read, also the one right after another and one written
// in lower case inside a question; only the last word of a name takes the genitive s; after
// `län` a name means the county, otherwise the municipality; the name typed exactly wins.
import { describe, expect, it } from "vitest";
import { practiceEntry as practice } from "../../test/support/practice-data.js";
import { buildSearchIndex } from "../build-index.js";

const index = buildSearchIndex([
  practice("flen-bostad", { title: "Bostäder för nyanlända", municipalities: ["flen"] }),
  practice("vingaker-intro", { title: "Gemensam introduktion", municipalities: ["vingaker"] }),
]);
const pagesOf = (query: string) => index.run(query).pages.map((page) => page.id);

describe("every place a query names is read", () => {
  it.each([
    ["Flen Vingåker", ["kommun:flen", "kommun:vingaker"]],
    ["Vingåker Flen", ["kommun:vingaker", "kommun:flen"]],
    ["flens kommun vingåkers kommun", ["kommun:flen", "kommun:vingaker"]],
  ])("%s names both places, in the order typed", (query, pages) => {
    expect(pagesOf(query)).toEqual(pages);
    expect(index.run(query).hits.map((hit) => hit.id)).toEqual(["flen-bostad", "vingaker-intro"]);
  });
});

describe("only the last word of a name takes the genitive s", () => {
  it("`Västra Götalands` names the county, `Västras Götaland` names nothing", () => {
    expect(pagesOf("Västra Götalands")).toEqual(["lan:vastra-gotalands-lan"]);
    expect(pagesOf("Västras Götaland")).toEqual([]);
  });
});

describe("a place name inside a question", () => {
  it("is read in lower case too, when it is not also an ordinary word", () => {
    expect(pagesOf("bostäder i flen")).toEqual(["kommun:flen"]);
  });
});

describe("a name of both a municipality and a county", () => {
  it.each([
    ["Gotland", "kommun:gotland"],
    ["Gotland stad", "kommun:gotland"],
    ["Gotland län", "lan:gotlands-lan"],
    ["gotland läns", "lan:gotlands-lan"],
  ])("%s names %s first", (query, first) => {
    expect(pagesOf(query)[0]).toBe(first);
  });
});

describe("names that fold alike", () => {
  it.each([
    ["Håbo", "kommun:habo-uppsala"],
    ["Habo", "kommun:habo-jonkoping"],
  ])("%s names the place written exactly so first", (query, first) => {
    expect(pagesOf(query)[0]).toBe(first);
  });
});

describe("a typo corrected to a place whose name is an ordinary word", () => {
  const local = buildSearchIndex([
    practice("boden-laxhjalp", { title: "Läxhjälp i Boden", municipalities: ["boden"] }),
    practice("flen-bostad", { title: "Bostäder för nyanlända", municipalities: ["flen"] }),
  ]);

  it("names the place when it is the whole query: `Bodne` is Boden", () => {
    const result = local.run("Bodne");
    expect(result.corrections.map((correction) => correction.to)).toEqual(["boden"]);
    expect(result.pages.map((page) => page.id)).toEqual(["kommun:boden"]);
  });

  it("stays the word beside other words: `läxhjälp bodne` names no place", () => {
    const result = local.run("läxhjälp bodne");
    expect(result.corrections.map((correction) => correction.to)).toEqual(["boden"]);
    expect(result.pages).toEqual([]);
    expect(result.hits.map((hit) => hit.id)).toEqual(["boden-laxhjalp"]);
  });
});

describe("a name is read only when all its words are typed", () => {
  it.each(["västra", "Västra bostäder"])("%s names no place: `Västra` alone is not Västra Götaland", (query) => {
    expect(pagesOf(query)).toEqual([]);
  });
});
