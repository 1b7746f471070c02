// Search knows the country: every municipality and county is a place hit, by its name or
// another name, with typos repaired; a place without practices says so and points to its
// county; names that are also ordinary words (Vara, Mark) do not push aside what a
// question is about; and the county is a filter with exact counts.
import { describe, expect, it } from "vitest";
import type { MunicipalityProfile } from "@kunskapsbanken/content-schema";
import { counties, municipalities } from "@kunskapsbanken/content-schema";
import { practiceEntry as practice } from "../../test/support/practice-data.js";
import { buildSearchIndex, restoreSearchIndex } from "../build-index.js";
import { countySearchPath, pageText, placeNote } from "./describe.js";
import { filterValueOf } from "./filters.js";
import { ordinaryWordPlaces } from "./query-places.js";
import { fold } from "./swedish.js";

const corpus = [
  practice("flen-bostad", { title: "Bostäder för nyanlända", municipalities: ["flen"], topics: ["bostad"] }),
  practice("flen-vingaker", { title: "Gemensam introduktion", municipalities: ["flen", "vingaker"], topics: ["mottagande"] }),
  practice("lansstyrelsen", { title: "Länsstyrelsens utvecklingsmedel", municipalities: ["sodermanlands-lan"], topics: ["mottagande"] }),
  practice("nationellt", { title: "Ett nationellt program för nyanlända", municipalities: ["sverige"], topics: ["mottagande"] }),
  practice("lund-stod", { title: "Stöd för nyanlända föräldrar i Lund", municipalities: ["lund"], topics: ["foraldraskap"] }),
  practice("vara-laxhjalp", { title: "Läxhjälp på biblioteket", municipalities: ["vara"], topics: ["skola"] }),
  practice("mark-hyra", { title: "Hyresgäster i nya hus", municipalities: ["mark"], topics: ["bostad"] }),
  practice("stod-nyanlanda", {
    title: "Ett stöd för nyanlända i vardagen",
    summary: "Hur kan vi stödja nyanlända som flyttat hit?",
    municipalities: ["sverige"],
    topics: ["mottagande"],
  }),
  practice("byggmark", {
    title: "Mark för bostäder i centrum",
    summary: "Kommunen anvisar mark för nya bostäder.",
    municipalities: ["sverige"],
  }),
  practice("sormland-tva-lan", { title: "Samarbete över länsgränsen", municipalities: ["flen", "lund"], topics: ["samverkan-styrning"] }),
];
const profiles = ["flen"].map((id) => ({ data: { id } as MunicipalityProfile }));
const index = buildSearchIndex(corpus, { profiles });
const ids = (query: string, options = {}) => index.search(query, { limit: 50, ...options }).map((hit) => hit.id);
const firstPage = (query: string) => index.run(query).pages[0]?.id;

describe("every place is a hit", () => {
  it("names each of the 290 municipalities first when its name is searched", () => {
    const wrong = municipalities.filter((m) => firstPage(m.name) !== `kommun:${m.id}`).map((m) => `${m.name} → ${firstPage(m.name)}`);
    expect(wrong).toEqual([]);
  });

  it("names each of the 21 counties first, by its name and by its name without län", () => {
    for (const c of counties) {
      expect(firstPage(c.name), c.name).toBe(`lan:${c.id}`);
      const short = c.name.replace(/s? län$/, "");
      // Stockholm, Uppsala, Kalmar … are municipalities too: the municipality first, its county beside it.
      const pages = index.run(short).pages.map((page) => page.id);
      expect(pages, short).toContain(`lan:${c.id}`);
    }
  });

  it("knows the other names people use: Sörmland, Göteborg, Gothenburg, Västra Götaland, Skåne", () => {
    expect(firstPage("Sörmland")).toBe("lan:sodermanlands-lan");
    expect(firstPage("Göteborg")).toBe("kommun:goteborg");
    expect(firstPage("Gothenburg")).toBe("kommun:goteborg");
    expect(firstPage("Västra Götaland")).toBe("lan:vastra-gotalands-lan");
    expect(firstPage("Västra Götalands län")).toBe("lan:vastra-gotalands-lan");
    expect(firstPage("Skåne")).toBe("lan:skane-lan");
    // A place name is never taken apart as a compound or corrected as a typo.
    for (const query of ["Göteborg", "Västra Götaland", "Sörmland"]) expect(index.run(query).corrections, query).toEqual([]);
  });

  it("tells Stockholm the municipality from Stockholms län, and Håbo from Habo", () => {
    expect(index.run("Stockholm").pages.map((page) => page.id)).toEqual(["kommun:stockholm", "lan:stockholms-lan"]);
    expect(firstPage("Stockholms län")).toBe("lan:stockholms-lan");
    expect(firstPage("Håbo")).toBe("kommun:habo-uppsala");
    expect(firstPage("Habo")).toBe("kommun:habo-jonkoping");
  });

  it("reads names of several words and with a hyphen: Upplands Väsby, Upplands-Bro, Lilla Edet", () => {
    expect(firstPage("Upplands Väsby")).toBe("kommun:upplands-vasby");
    expect(firstPage("upplands-bro")).toBe("kommun:upplands-bro");
    expect(firstPage("bostäder i Lilla Edet")).toBe("kommun:lilla-edet");
  });
});

describe("a place without practices", () => {
  it("Malmö names Malmö first, as a kommun (it has no profile), and says honestly that it has no practices yet", () => {
    const result = index.run("Malmö");
    const malmo = result.pages[0]!;
    expect(malmo).toMatchObject({ id: "kommun:malmo", path: "/kommun/malmo", practices: 0 });
    expect(pageText(malmo)).toBe("Malmö – kommun, inga exempel ännu");
    expect(result.hits).toEqual([]);
    // Its county has one practice (Lund's) and one it shares with Sörmland: both offered.
    expect(placeNote(malmo)).toEqual({
      text: "Inga exempel från Malmö ännu.",
      link: { text: "Se de 2 exemplen från Skåne län", path: "/sok?lan=skane-lan" },
    });
  });

  it("says when the county has none either", () => {
    expect(placeNote(index.run("Kiruna").pages[0]!)).toEqual({ text: "Inga exempel från Kiruna ännu. Inte heller från Norrbottens län." });
    expect(placeNote(index.run("Norrbotten").pages[0]!)).toEqual({ text: "Inga exempel från Norrbottens län ännu." });
  });

  it("a municipality with a profile is a kommunprofil; one with practices gets no note", () => {
    const flen = index.run("Flen").pages[0]!;
    expect(pageText(flen)).toBe("Flen – kommunprofil, 3 exempel");
    expect(placeNote(flen)).toBeUndefined();
    expect(pageText(index.run("Lund").pages[0]!)).toBe("Lund – kommun, 2 exempel");
  });
});

describe("typos in place names", () => {
  it("repairs Mamlö to Malmö, a place without practices, and says so", () => {
    const result = index.run("Mamlö");
    expect(result.corrections).toEqual([{ word: "Mamlö", to: "Malmö", kind: "typo" }]);
    expect(result.pages[0]?.id).toBe("kommun:malmo");
  });

  it("finds Strängnäs, Vingåker and Göteborg typed without å, ä and ö, and in the genitive", () => {
    expect(firstPage("strangnas")).toBe("kommun:strangnas");
    expect(index.run("strangnas").corrections).toEqual([]);
    expect(firstPage("vingakers")).toBe("kommun:vingaker");
    expect(firstPage("goteborg")).toBe("kommun:goteborg");
  });
});

describe("place names that are ordinary words", () => {
  it("`hur kan vi vara ett stöd för nyanlända` is about support, not about Vara", () => {
    const result = index.run("hur kan vi vara ett stöd för nyanlända");
    expect(result.pages.map((page) => page.id)).not.toContain("kommun:vara");
    // Led by a practice with both words the question is about, never by Vara's only practice.
    expect(result.hits[0]?.matchedWords).toBe(2);
    expect(result.hits[0]?.id).not.toBe("vara-laxhjalp");
    expect(ids("hur kan vi vara ett stöd för nyanlända")).not.toContain("vara-laxhjalp");
  });

  it("`mark för bostäder` is about land for housing, not about Mark, even with a capital first letter", () => {
    for (const query of ["mark för bostäder", "Mark för bostäder"]) {
      const result = index.run(query);
      expect(
        result.pages.map((page) => page.id),
        query,
      ).not.toContain("kommun:mark");
      expect(result.hits[0]?.id, query).toBe("byggmark");
    }
  });

  it("the name alone, after a capital, or with kommun is the place", () => {
    for (const query of ["Vara", "vara", "vara kommun"]) {
      expect(firstPage(query), query).toBe("kommun:vara");
      expect(ids(query)[0], query).toBe("vara-laxhjalp");
    }
    // The place is found by where its practices are; `vara` in their text is the verb, not marked.
    expect(index.run("Vara").highlight).toEqual([]);
    expect(index.run("Flen").highlight).toEqual(["Flen"]);
    expect(firstPage("bostäder i Mark")).toBe("kommun:mark");
    expect(ids("bostäder i Mark")[0]).toBe("mark-hyra");
  });

  it("lists only real municipalities, each a one-word name", () => {
    const names = new Set(municipalities.map((m) => fold(m.name)));
    for (const word of ordinaryWordPlaces) expect(names.has(word), word).toBe(true);
  });
});

describe("the county filter", () => {
  const sormland = ["flen-bostad", "flen-vingaker", "lansstyrelsen", "sormland-tva-lan"];

  it("keeps the practices whose places lie in the county, the county itself included", () => {
    expect(ids("", { filters: { county: ["sodermanlands-lan"] } }).sort()).toEqual(sormland.sort());
    expect(ids("", { filters: { county: ["skane-lan"] } }).sort()).toEqual(["lund-stod", "sormland-tva-lan"]);
    expect(ids("bostäder", { filters: { county: ["sodermanlands-lan"] } })).toEqual(["flen-bostad"]);
  });

  it("counts each county exactly what ticking it gives", () => {
    const { facets, total } = index.run("", { facets: true, limit: 0 });
    expect(total).toBe(corpus.length);
    // Sörmland: Flen, Flen and Vingåker, the county itself, Flen and Lund; Skåne: Lund twice; Västra Götaland: Vara, Mark.
    expect(facets!.county).toEqual({ "sodermanlands-lan": 4, "skane-lan": 2, "vastra-gotalands-lan": 2 });
    for (const [county, count] of Object.entries(facets!.county)) {
      expect(index.run("", { filters: { county: [county] } }).total, county).toBe(count);
    }
    // With a municipality chosen, the county counts are over that municipality's practices.
    const withFlen = index.run("", { facets: true, filters: { municipality: ["flen"] } }).facets!;
    expect(withFlen.county).toEqual({ "sodermanlands-lan": 3, "skane-lan": 1 });
  });

  it("is the county page's filter, and a query naming a county ranks its practices first", () => {
    const county = index.listPages().find((page) => page.id === "lan:sodermanlands-lan")!;
    expect(county.filter).toEqual({ name: "county", value: "sodermanlands-lan" });
    expect(county.practices).toBe(4);
    expect(ids("nyanlända Sörmland")[0]).toBe("flen-bostad");
    expect(countySearchPath("skane-lan")).toBe("/sok?lan=skane-lan");
  });

  it("takes a county's id, name or other name, and refuses a municipality", () => {
    expect(filterValueOf("county", "skane-lan")).toBe("skane-lan");
    expect(filterValueOf("county", "Skåne")).toBe("skane-lan");
    expect(filterValueOf("county", "Skåne län")).toBe("skane-lan");
    expect(filterValueOf("county", "Sörmland")).toBe("sodermanlands-lan");
    expect(filterValueOf("county", "Västra Götalands län")).toBe("vastra-gotalands-lan");
    expect(filterValueOf("county", "Malmö")).toBeUndefined();
    expect(filterValueOf("municipality", "Flen")).toBe("flen");
    expect(filterValueOf("municipality", "Gothenburg")).toBe("goteborg");
    expect(filterValueOf("municipality", "Atlantis")).toBeUndefined();
  });

  it("survives export and import: the restored index knows places and counties alike", async () => {
    const restored = await restoreSearchIndex(await index.exportIndex());
    expect(restored.run("Mamlö").pages[0]?.id).toBe("kommun:malmo");
    expect(restored.search("", { filters: { county: ["sodermanlands-lan"] }, limit: 50 }).length).toBe(sormland.length);
  });
});
