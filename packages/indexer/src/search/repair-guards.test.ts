// Each test here guards one rule of repairing a query word the index does not know, and fails
// when that rule is taken out: only words of letters are repaired; a typo goes to the nearest
// word in most practices, never to a word no practice has (unless it is a place), is shown in
// the form nearest to what was typed and is highlighted; a split compound finds its parts of 4+
// letters alone, keeps å, ä and ö as typed and highlights every part; a compound with a short or
// misspelt last part is split after a known head of 4+ letters, with a linking s when the rest
// is 3+ letters, never leaving a tail of 1 or 2 letters. Small in-memory sets, public API only.
import { describe, expect, it } from "vitest";
import { practiceEntry as practice } from "../../test/support/practice-data.js";
import { buildSearchIndex } from "../build-index.js";

const index = buildSearchIndex([
  practice("cykel", { title: "Cykelkurs för vuxna", summary: "Vi lånar ut en cykel på lördagar." }),
  practice("laxhjalp", { title: "Läxhjälp i skolan", summary: "Läxhjälp varje vecka." }),
  practice("van", { title: "Vän i nöd", summary: "En vän att tala med." }),
  practice("kurs", { title: "Kurs i svenska", summary: "En kurs för alla." }),
  practice("budget", { title: "Budget och rådgivning", summary: "Rådgivning om hushållets budget." }),
  practice("radgivning", { title: "Rådgivning om skulder", summary: "Rådgivning." }),
  practice("sprak", { title: "Språk på jobbet", summary: "Språk." }),
  practice("park", { title: "Parken i stan", summary: "Ett hus, ett bord och ett ord i parken." }),
  practice("taxi", { title: "Taxi till jobbet", summary: "Ett nätverk för förare, en sal och en al." }),
  practice("idrott", { title: "Idrott för alla", summary: "Utrustning lånas ut." }),
  // One term written three ways, the nearest to `samhälsorientering` in the middle.
  practice("so-1", { title: "Samhällsorienteringen i Flen", summary: "Möten." }),
  practice("so-2", { title: "Samhällsorientering för alla", summary: "Möten." }),
  practice("so-3", { title: "Samhällsorienteringens lärare", summary: "Möten." }),
  practice("malmo", { title: "Malmös nya bibliotek", summary: "Möten.", municipalities: ["malmo"] }),
]);
const run = (query: string) => index.run(query);
const correctedTo = (query: string) => run(query).corrections.map((correction) => correction.to);
const ids = (query: string) => run(query).hits.map((hit) => hit.id);

describe("only a word of letters is repaired", () => {
  it.each(["cykel2", "2cykel"])("%s, with a digit, is neither corrected nor found", (query) => {
    expect(run(query).corrections).toEqual([]);
    expect(ids(query)).toEqual([]);
  });
});

describe("a typo goes to the nearest known word", () => {
  const tie = (tavla: number, tabla: number) =>
    buildSearchIndex([
      ...Array.from({ length: tavla }, (_, i) => practice(`tavla-${i}`, { title: `Tavla nummer ${i}`, summary: "Tavla." })),
      ...Array.from({ length: tabla }, (_, i) => practice(`tabla-${i}`, { title: `Tabla nummer ${i}`, summary: "Tabla." })),
    ]).run("tafla");

  it("among equally near words, the one in most practices, whichever it is", () => {
    expect(tie(2, 1).corrections).toEqual([{ word: "tafla", to: "tavla", kind: "typo" }]);
    expect(tie(1, 2).corrections).toEqual([{ word: "tafla", to: "tabla", kind: "typo" }]);
    expect(tie(1, 2).hits.map((hit) => hit.id)).toEqual(["tabla-0", "tabla-1"]);
  });

  it("never a word no practice has: `kultru` is not corrected to `kultur`, known only from a topic's title", () => {
    expect(correctedTo("kulturkurs")).toEqual(["kultur kurs"]);
    expect(run("kultru").corrections).toEqual([]);
  });

  it("is shown in the written form nearest to what was typed, and highlighted", () => {
    const result = run("samhälsorientering");
    expect(result.corrections).toEqual([{ word: "samhälsorientering", to: "samhällsorientering", kind: "typo" }]);
    expect(result.highlight).toEqual(["samhällsorientering"]);
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(["so-1", "so-2", "so-3"]);
  });

  it("a place the practices write is shown as they write it: `Mamlös` is `malmös`", () => {
    expect(correctedTo("Mamlös")).toEqual(["malmös"]);
    expect(ids("Mamlös")).toEqual(["malmo"]);
  });

  it("is a whole word, not one being typed: a corrected `språkk` does not show pages whose titles only start with it", () => {
    expect(correctedTo("språkk")).toEqual(["språk"]);
    expect(run("språkk").pages).toEqual([]);
    // Typed as the last word, `språk` may be the start of `Språkvänner`.
    expect(run("språk").pages.map((page) => page.id)).toEqual(["amne:sprakvan"]);
  });
});

describe("a compound of known words is split", () => {
  it("finds the practices with both parts first, and those with a part of 4+ letters alone", () => {
    const result = run("budgetrådgivning");
    expect(result.corrections).toEqual([{ word: "budgetrådgivning", to: "budget rådgivning", kind: "split" }]);
    expect(result.hits.map((hit) => hit.id)).toEqual(["budget", "radgivning"]);
    expect(ids("läxhjälpkurs")).toEqual(expect.arrayContaining(["kurs", "laxhjalp"]));
  });

  it("a part of 3 letters is not searched alone, and is marked only in hits that have it", () => {
    const result = run("läxhjälpvän");
    expect(result.corrections.map((correction) => correction.to)).toEqual(["läxhjälp vän"]);
    expect(result.hits.map((hit) => hit.id)).toEqual(["laxhjalp"]);
    expect(result.highlight).toEqual(["läxhjälp"]);
  });

  it("a part no practice has is not highlighted, the other part is", () => {
    expect(run("kulturcykel").highlight).toEqual(["cykel"]);
  });

  it("keeps å, ä and ö as typed, in every part", () => {
    expect(correctedTo("rådgivningbudget")).toEqual(["rådgivning budget"]);
  });
});

describe("a misspelt thesaurus word", () => {
  it("is corrected to it, and finds its group's practices: `idrottsutrustnin` is the thesaurus' idrottsutrustning", () => {
    expect(run("idrottsutrustnin").corrections).toEqual([{ word: "idrottsutrustnin", to: "idrottsutrustning", kind: "typo" }]);
    expect(ids("idrottsutrustnin")).toEqual(["idrott"]);
  });
});

describe("a compound with a short or misspelt last part", () => {
  it.each([
    ["parkhus", "park hus", "a known head of 4 letters and a known tail of 3"],
    ["taxisnätvärk", "taxi nätverk", "a linking s before a misspelt tail"],
    ["taxisal", "taxi sal", "no linking s before a tail of 2 letters"],
    ["cykelutrustnin", "cykel utrustning", "the tail corrected to the nearest word"],
  ])("%s is split into %s (%s)", (query, to) => {
    expect(run(query).corrections).toEqual([{ word: query, to, kind: "split" }]);
  });

  it("never leaves a tail of 1 or 2 letters: `parkut` is not `park ut`", () => {
    expect(run("parkut").corrections).toEqual([]);
    expect(ids("parkut")).toEqual([]);
  });
});

describe("a real Swedish word that no practice uses", () => {
  const index = buildSearchIndex([
    practice("samhall", { title: "Samhall anställer nyanlända", summary: "Jobb hos Samhall." }),
    practice("hem", { title: "Ett hem för unga", summary: "Ett HVB-hem." }),
    practice("loshet", { title: "Löshet i rutinerna", summary: "Om löshet." }),
  ]);

  it("is not corrected to another word, and is named as absent; a word that is none is corrected", () => {
    const real = index.run("simhall");
    expect(real.corrections).toEqual([]);
    expect(real.absent).toEqual(["simhall"]);
    expect(index.run("smahall").corrections).toMatchObject([{ kind: "typo", to: "samhall" }]);
    expect(index.run("smahall").absent).toEqual([]);
  });

  it("is split only into parts that may begin and end a Swedish compound: hemlöshet is not hem + löshet", () => {
    const result = index.run("hemlöshet");
    expect(result.corrections).toEqual([]);
    expect(result.hits).toEqual([]);
    expect(result.absent).toEqual(["hemlöshet"]);
  });
});

describe("a query word the bank has nothing for", () => {
  const bank = buildSearchIndex([
    practice("titel", { title: "Rådgivning", summary: "Rådgivning om rådgivning för alla." }),
    practice("bada", { title: "Möten", summary: "Rådgivning på jobbet." }),
    practice("taxi", { title: "Taxi till jobbet", summary: "Förare." }),
    practice("sprak", { title: "Språk på jobbet", summary: "Språk." }),
    practice("simning", { title: "Simning för kvinnor", summary: "Vi simmar." }),
  ]);

  it("is named, even when it is no word of the lexicon, and no typo or compound of the bank's words", () => {
    expect(bank.run("xqvh").absent).toEqual(["xqvh"]);
    expect(bank.run("jobbet xqvh").absent).toEqual(["xqvh"]);
    expect(bank.run("jobbet xqvh").total).toBe(3);
  });

  it("does not keep the practices with all the other words from coming first", () => {
    const ids = (query: string) => bank.search(query).map((hit) => hit.id);
    // `titel` says rådgivning three times, in its title too; only `bada` has both words.
    expect(ids("rådgivning jobbet")[0]).toBe("bada");
    expect(ids("rådgivning jobbet xqvh")).toEqual(ids("rådgivning jobbet"));
    const result = bank.run("rådgivning jobbet xqvh");
    expect([result.concepts, result.withAll, result.withSome]).toEqual([3, 0, 2]);
  });

  it("a thesaurus word is named when no practice has any word of its group, and not when one has", () => {
    expect(bank.run("körkort").absent).toEqual(["körkort"]);
    expect(bank.run("körkort").corrections).toEqual([]);
    expect(bank.run("simskola").absent).toEqual([]);
    expect(bank.search("simskola").map((hit) => hit.id)).toEqual(["simning"]);
  });

  it("a lone letter or digit is not searched: `#1` finds nothing, `a` is no word", () => {
    expect(bank.run("#1").total).toBe(0);
    expect(bank.run("jobbet 1 a").concepts).toBe(1);
  });
});
