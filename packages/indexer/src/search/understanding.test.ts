// What a reader notices: synonyms, typos, compounds, places, question words, counts and filters.
import { describe, expect, it } from "vitest";
import type { MunicipalityProfile } from "@kunskapsbanken/content-schema";
import { thesaurus } from "@kunskapsbanken/content-schema";
import { buildSearchIndex, restoreSearchIndex, thesaurusData } from "../build-index.js";
import { Thesaurus } from "./query.js";
import { boundedDistance, typoKey } from "./typo.js";
import { countText, correctionPieces } from "./describe.js";
import { termOf } from "./swedish.js";
import { practiceEntry } from "../../test/support/practice-data.js";

const practice = practiceEntry;

const corpus = [
  practice("ideella", {
    title: "Ideella driver mötesplatsen",
    municipalities: ["vingaker"],
    topics: ["civilsamhalle"],
    targetGroups: ["foreningar"],
  }),
  practice("stod", { title: "Jobbcoach för den som söker försörjningsstöd", municipalities: ["oxelosund"], topics: ["arbete"] }),
  practice("fritidsbanken", {
    title: "Fritidsbanken lånar ut utrustning",
    summary: "Skidor och hjälmar utan kostnad.",
    municipalities: ["nykoping"],
    topics: ["fritid-kultur"],
  }),
  practice("radgivning", {
    title: "Bostadssocial enhet",
    summary: "Boskola och rådgivning om kommunens budget.",
    body: "Enheten ger skuldrådgivning.",
    municipalities: ["strangnas"],
    topics: ["bostad"],
  }),
  practice("vingaker-egen", {
    title: "Studiecirklar om äldrebostäder",
    summary: "Äldre i stora villor planerar nya bostäder.",
    municipalities: ["vingaker"],
    topics: ["bostad"],
    targetGroups: ["aldre"],
  }),
  practice("delad", {
    title: "Gemensam samhällsorientering på distans",
    municipalities: ["katrineholm", "vingaker"],
    topics: ["samhallsorientering"],
  }),
  practice("nämner", {
    title: "Nätverk i länet",
    body: "Vingåker och Flen träffas varje månad.",
    municipalities: ["flen"],
    topics: ["samverkan-styrning"],
  }),
  practice("bostad-flen", { title: "Bostäder för nyanlända i Flen", municipalities: ["flen"], topics: ["bostad"], status: "avslutad" }),
  practice("bostad-trosa", {
    title: "Bostad i en nedlagd förskola",
    municipalities: ["trosa"],
    topics: ["bostad", "skola"],
    funding: ["paragraf-37"],
  }),
  practice("trosa-skola", { title: "Skolan och föreningarna", municipalities: ["trosa"], topics: ["skola"] }),
];
const profiles = ["vingaker", "flen", "trosa"].map((id) => ({ data: { id } as MunicipalityProfile }));
const index = buildSearchIndex(corpus, { profiles });
const ids = (query: string, options = {}) => index.search(query, { limit: 50, ...options }).map((hit) => hit.id);

describe("thesaurus", () => {
  it("finds a practice by a word it does not use: volontärer and frivilliga find ideella", () => {
    expect(ids("volontärer")[0]).toBe("ideella");
    expect(ids("frivilliga")[0]).toBe("ideella");
    expect(ids("socialbidrag")).toEqual(["stod"]);
  });

  it("ranks the word typed above its synonym", () => {
    const local = buildSearchIndex([
      practice("typed", { title: "Socialbidrag och arbete" }),
      practice("synonym", { title: "Försörjningsstöd och arbete" }),
    ]);
    expect(local.search("socialbidrag").map((hit) => hit.id)).toEqual(["typed", "synonym"]);
  });

  it("recognises a phrase of the thesaurus: hem för vård eller boende finds HVB", () => {
    const local = buildSearchIndex([
      practice("hvb", { title: "Från HVB-hem till egen lägenhet" }),
      practice("annat", { title: "Vård i hemmet" }),
    ]);
    expect(local.search("hem för vård eller boende").map((hit) => hit.id)[0]).toBe("hvb");
  });

  it("marks a matching phrase synonym's words, not its little words: barnhem marks HVB, never för or eller", () => {
    const local = buildSearchIndex([
      practice("hvb", { title: "Hem för vård eller boende för unga" }),
      practice("jobb", { title: "Jobb för alla eller inga" }),
      practice("sprak", { title: "Språk för vuxna" }),
    ]);
    const marked = local.run("barnhem").highlight;
    expect(marked).toEqual(expect.arrayContaining(["hem", "vård", "boende"]));
    expect(marked).not.toContain("för");
    expect(marked).not.toContain("eller");
  });

  it("puts no index term in two groups, so a word never expands two ways", () => {
    const seen = new Map<string, string>();
    for (const group of thesaurus) {
      for (const term of group.terms) {
        const key = new Thesaurus({ groups: [{ terms: [term, "xx"] }] }).groups[0]!.terms[0]!.terms.join(" ");
        if (!key) continue;
        expect(seen.get(key) ?? group.id, `${term} (${key})`).toBe(group.id);
        seen.set(key, group.id);
      }
    }
    expect(thesaurusData().groups.length).toBe(thesaurus.length);
  });
});

describe("typos", () => {
  it("corrects a word without hits to the nearest word of the index and says so", () => {
    const result = index.run("fritidsbankn");
    expect(result.hits.map((hit) => hit.id)).toEqual(["fritidsbanken"]);
    expect(result.corrections).toEqual([{ word: "fritidsbankn", to: "fritidsbanken", kind: "typo" }]);
    expect(
      correctionPieces(result.corrections[0]!)
        .map((p) => p.text)
        .join(""),
    ).toBe("Visar träffar för fritidsbanken (du skrev ”fritidsbankn”)");
  });

  it("forgives double letters and å, ä, ö", () => {
    expect(index.run("samhälsorientering").corrections[0]?.to).toBe("samhällsorientering");
    expect(ids("samhälsorientering")).toEqual(["delad"]);
    expect(typoKey("Brommagården")).toBe(typoKey("bromagarden"));
  });

  it("allows one edit for 5–7 letters, two from 8, none below", () => {
    expect(boundedDistance("sprakvanenr", "sprakvanner", 2)).toBe(1);
    expect(index.run("skidr").corrections[0]?.to).toBe("skidor");
    expect(index.run("skdr").hits).toEqual([]);
    expect(index.run("fritdsbankn").corrections[0]?.to).toBe("fritidsbanken");
    expect(index.run("frtdsbnkn").hits).toEqual([]);
  });

  it("never corrects a word that has hits", () => {
    const result = index.run("skolan");
    expect(result.corrections).toEqual([]);
    expect(result.hits.map((hit) => hit.id)).toContain("trosa-skola");
  });
});

describe("compounds typed by the reader", () => {
  it("splits an unknown word into words the index knows: budgetrådgivning", () => {
    const result = index.run("budgetrådgivning");
    expect(result.corrections).toEqual([{ word: "budgetrådgivning", to: "budget rådgivning", kind: "split" }]);
    expect(result.hits[0]?.id).toBe("radgivning");
  });

  it("splits with a typo in the last part: fritidsbanksutrustnin", () => {
    expect(ids("idrottsutrustnin")[0]).toBe("fritidsbanken");
  });
});

describe("places and pages", () => {
  it("a municipality's name shows its profile first and its own practices above shared ones and mentions", () => {
    const result = index.run("vingåker");
    expect(result.pages[0]).toMatchObject({
      id: "kommun:vingaker",
      kind: "kommun",
      title: "Vingåker",
      path: "/kommun/vingaker",
      practices: 3,
      profile: true,
    });
    const order = result.hits.map((hit) => hit.id);
    expect(order.slice(0, 2).sort()).toEqual(["ideella", "vingaker-egen"]);
    expect(order.indexOf("delad")).toBe(2);
    expect(order.indexOf("nämner")).toBe(3);
  });

  it("a topic or target group whose name answers the query is a hit: volontärer shows Föreningar och ideella", () => {
    expect(index.run("volontärer").pages.map((page) => page.id)).toContain("malgrupp:foreningar");
    expect(index.run("kvantdator").pages).toEqual([]);
  });
});

describe("ranking", () => {
  it("does not count question words and filler verbs", () => {
    expect(ids("hur får vi fler som kan göra skuldrådgivning")).toEqual(ids("skuldrådgivning"));
  });

  it("counts rare words more: pensionärer som bor i stora hus finds the elderly in large villas", () => {
    expect(ids("pensionärer som bor i stora hus")[0]).toBe("vingaker-egen");
  });

  it("lists practices with all the concepts first and says how many", () => {
    const result = index.run("bostad trosa");
    expect(result.hits[0]!.id).toBe("bostad-trosa");
    expect([result.withAll, result.concepts]).toEqual([1, 2]);
    expect(result.hits.slice(0, result.withAll).every((hit) => hit.matchedWords === 2)).toBe(true);
    expect(countText(result)).toBe(`1 träff med alla orden, ${result.withSome} till med några av dem`);
    expect(result.total).toBe(result.withAll + result.withSome);
  });
});

describe("no dead ends", () => {
  it("with few hits suggests the topics and target groups of the word's thesaurus group", () => {
    const result = index.run("socialbidrag");
    expect(result.total).toBe(1);
    expect(result.suggestions.map((page) => page.id)).toContain("amne:arbete");
  });

  it("with many hits suggests nothing", () => {
    expect(index.run("bostad").suggestions).toEqual([]);
  });
});

describe("facet counts", () => {
  it("counts each filter's values over the hits that match the other filters, exactly", () => {
    const result = index.run("bostad", { facets: true, filters: { municipality: ["trosa"] } });
    expect(result.hits.map((hit) => hit.id)).toEqual(["bostad-trosa"]);
    // Municipality counts ignore the municipality filter itself: every place with a bostad practice.
    expect(result.facets!.municipality).toEqual({ flen: 1, trosa: 1, strangnas: 1, vingaker: 1 });
    // Other filters count only Trosa's bostad practices.
    expect(result.facets!.topic).toEqual({ bostad: 1, skola: 1 });
    expect(result.facets!.funding).toEqual({ "paragraf-37": 1 });
    expect(result.facets!.status).toEqual({ pagaende: 1 });
  });

  it("counts what ticking a value would give, with two filters set", () => {
    const result = index.run("", { facets: true, filters: { municipality: ["trosa", "flen"], status: ["avslutad"] } });
    expect(result.hits.map((hit) => hit.id)).toEqual(["bostad-flen"]);
    expect(result.facets!.status).toEqual({ avslutad: 1, pagaende: 3 });
    expect(result.facets!.municipality).toEqual({ flen: 1 });
    for (const value of Object.keys(result.facets!.status)) {
      expect(index.search("", { limit: 50, filters: { municipality: ["trosa", "flen"], status: [value] } }).length).toBe(
        result.facets!.status[value],
      );
    }
  });
});

describe("export", () => {
  it("carries the thesaurus and the pages, so an imported index understands the same", async () => {
    const restored = await restoreSearchIndex(JSON.parse(JSON.stringify(await index.exportIndex())));
    for (const query of ["volontärer", "fritidsbankn", "budgetrådgivning", "vingåker", "bostad trosa", "pensionärer som bor i stora hus"]) {
      expect(restored.run(query, { facets: true })).toEqual(index.run(query, { facets: true }));
    }
    expect(termOf("volontärer")).not.toBe("");
  });
});
