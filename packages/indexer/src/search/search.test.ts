import { describe, expect, it } from "vitest";
import { buildSearchIndex, restoreSearchIndex } from "../build-index.js";
import { SearchIndex } from "./search-index.js";
import { highlightParts } from "./highlight.js";
import { practiceEntry } from "../../test/support/practice-data.js";

const practice = practiceEntry;

const corpus = [
  practice("sprakvan", {
    title: "Språkvän på gymnasiet",
    municipalities: ["strangnas"],
    topics: ["sprakvan", "skola"],
    funding: ["paragraf-37"],
  }),
  practice("verksamhet", { title: "Föreningar i skolan", body: "Kommunen samordnar en språkvänsverksamhet med föreningslivet." }),
  practice("bostadsbrist", {
    title: "Korridorsboende",
    topics: ["bostad"],
    body: "Bostadsbristen i kommunen är stor.",
    municipalities: ["gnesta"],
    status: "avslutad",
  }),
  practice("bostad-titel", { title: "Bostad först", topics: ["bostad"], municipalities: ["trosa"] }),
  practice("bostad-summary", { summary: "Om bostad för nyanlända familjer i kommunen.", topics: ["bostad"], municipalities: ["trosa"] }),
  practice("bostad-body", { body: "Här står ordet bostad först långt ner i texten.", topics: ["bostad"], municipalities: ["katrineholm"] }),
  practice("samhallsorientering", {
    title: "Samhällsorientering på distans",
    topics: ["samhallsorientering"],
    period: { start: 2017, end: 2018 },
  }),
  practice("fritidsbanken", { title: "Fritidsbanken lånar ut utrustning", municipalities: ["nykoping"], topics: ["fritid-kultur"] }),
  practice("arbete-bostad", { title: "Arbete och bostad för unga", topics: ["arbete", "bostad"], municipalities: ["nykoping"] }),
  practice("bara-arbete", { title: "Arbete genom praktik", topics: ["arbete"], municipalities: ["nykoping"] }),
];

const index = buildSearchIndex(corpus);
const ids = (query: string, options = {}) => index.search(query, options).map((hit) => hit.id);

describe("Swedish-aware search", () => {
  it.each([
    ["strangnas", "sprakvan"],
    ["STRÄNGNÄS", "sprakvan"],
    ["sprakvan", "sprakvan"],
    ["samhallsorientering", "samhallsorientering"],
  ])("folds case and diacritics: %s finds %s", (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it("keeps double letters: samhällsorientering is not confused by letter collapsing", () => {
    expect(ids("samhällsorientering")).toEqual(["samhallsorientering"]);
  });

  it.each([
    ["språkvänner", "sprakvan"],
    ["bostäder", "bostad-titel"],
    ["bostäderna", "bostad-titel"],
    ["fritidsbankens", "fritidsbanken"],
  ])("handles inflection: %s finds %s", (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it.each([
    ["språkvän", "verksamhet"],
    ["bostad", "bostadsbrist"],
    ["brist", "bostadsbrist"],
  ])("splits compounds: %s finds %s", (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it("ranks a match in the title above the summary above the body", () => {
    const order = ids("bostad").filter((id) => id.startsWith("bostad-"));
    expect(order).toEqual(["bostad-titel", "bostad-summary", "bostad-body"]);
  });

  it("ranks practices with all the words first and still lists those with some", () => {
    const hits = index.search("arbete bostad", { limit: 50 });
    expect(hits[0]!.id).toBe("arbete-bostad");
    expect(hits[0]!.matchedWords).toBe(2);
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(["bara-arbete", "bostad-titel"]));
    const firstPartial = hits.findIndex((h) => h.matchedWords < 2);
    expect(hits.slice(firstPartial).every((h) => h.matchedWords < 2)).toBe(true);
  });

  it("finds a year as a whole number, not as triples", () => {
    expect(ids("2018")).toEqual([]);
    expect(ids("Samhällsorientering 2017")).toEqual(["samhallsorientering"]);
  });
});

describe("filters", () => {
  it("filter by municipality, topic, target group, funding and status", () => {
    expect(ids("bostad", { filters: { municipality: ["trosa"] } })).toEqual(["bostad-titel", "bostad-summary"]);
    expect(ids("", { filters: { funding: ["paragraf-37"] } })).toEqual(["sprakvan"]);
    expect(ids("", { filters: { status: ["avslutad"] } })).toEqual(["bostadsbrist"]);
    expect(ids("", { filters: { targetGroup: ["ensamkommande"] } })).toEqual([]);
  });

  it("combine: AND across filters, OR within one", () => {
    expect(ids("", { filters: { municipality: ["nykoping"], topic: ["arbete"] }, limit: 50 }).sort()).toEqual([
      "arbete-bostad",
      "bara-arbete",
    ]);
    expect(ids("", { filters: { municipality: ["trosa", "gnesta"], topic: ["bostad"] }, limit: 50 }).sort()).toEqual([
      "bostad-summary",
      "bostad-titel",
      "bostadsbrist",
    ]);
  });

  it("an empty query with no filters lists everything, sorted by title", () => {
    const hits = index.search("", { limit: 100 });
    expect(hits).toHaveLength(corpus.length);
    const titles = hits.map((h) => h.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "sv")));
  });
});

describe("robustness", () => {
  it.each([
    "(",
    ")",
    '"',
    "'",
    "§",
    "§37",
    "[]{}",
    "🙂🏠",
    "\u0000",
    "a".repeat(10_000),
    "och och och",
    "ä ö å",
    "-- OR 1=1",
    "\\",
    "*",
    "?",
  ])("never throws on %j", (query) => {
    expect(() => index.search(query)).not.toThrow();
  });

  it("finds §37 practices by the number", () => {
    expect(ids("§37")).toContain("sprakvan");
  });
});

describe("export and import", () => {
  it("return the same hits after a round trip through JSON", async () => {
    const json = JSON.parse(JSON.stringify(await index.exportIndex()));
    const restored = await restoreSearchIndex(json);
    for (const query of ["bostad", "språkvänner", "strangnas", "arbete bostad", "brist", ""]) {
      expect(restored.search(query, { limit: 50 })).toEqual(index.search(query, { limit: 50 }));
    }
    expect(restored.search("", { filters: { municipality: ["nykoping"] }, limit: 50 })).toEqual(
      index.search("", { filters: { municipality: ["nykoping"] }, limit: 50 }),
    );
  });

  it("refuses a file that is not our index", async () => {
    await expect(SearchIndex.fromSerialized({ format: "något annat" } as never)).rejects.toThrow(/Unknown search index format/);
  });
});

describe("highlightParts", () => {
  it("marks the words the query matched, inflected or not", () => {
    const parts = highlightParts("Språkvänner möts på gymnasiet", "språkvän gymnasium");
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["Språkvänner"]);
    expect(parts.map((p) => p.text).join("")).toBe("Språkvänner möts på gymnasiet");
  });

  it("marks compounds that hold the word, but not short terms inside other words", () => {
    const marked = (text: string, query: string) =>
      highlightParts(text, query)
        .filter((p) => p.match)
        .map((p) => p.text);
    expect(marked("Genomgångsbostäder och bostadsbrist", "bostad")).toEqual(["Genomgångsbostäder", "bostadsbrist"]);
    expect(marked("Kapital och kommuntal", "tal")).toEqual([]);
  });
});

describe("pages about a query word", () => {
  const bank = buildSearchIndex([
    practice("namner", { title: "Språkcafé", summary: "Vi pratar om bostad, jobb och bostad igen.", topics: ["fritid-kultur"] }),
    practice("om-bostad", { title: "Hyresgäster", summary: "Nyanlända får stöd.", body: "Varje bostad besöks.", topics: ["bostad"] }),
    practice("taggad", { title: "Hyresvärdar", summary: "Nyanlända får kontrakt.", topics: ["bostad"] }),
  ]);

  it("practices tagged with the topic the word names outrank one that only mentions the word, however often", () => {
    expect(bank.search("bostad").map((hit) => hit.id)).toEqual(["om-bostad", "taggad", "namner"]);
  });
});
