// Each test here guards one ranking rule and fails when that rule is taken out: IDF (a rare word
// outweighs a common one), the common-word filter, a practice's own place over a shared one,
// hits with all the query's words before hits with some, more words before fewer, a word found nowhere not hiding the
// others, equal hits in Swedish title order, and a limited list as the start of the full one.
// Small in-memory sets, public API only.
import { describe, expect, it } from "vitest";
import type { Practice } from "@kunskapsbanken/content-schema";
import { buildSearchIndex } from "../build-index.js";
import { practiceEntry } from "../../test/support/practice-data.js";

type Fields = Partial<Practice> & { body?: string };
/** Ten practices (unless more are given), each in its own municipality and with a neutral text. */
function indexOf(special: Record<string, Fields>, fillers = 10 - Object.keys(special).length) {
  const places = ["gnesta", "trosa", "nykoping", "oxelosund", "katrineholm", "vingaker", "eskilstuna", "strangnas"];
  const filler = Array.from({ length: fillers }, (_, i) =>
    practiceEntry(`fyllnad-${i}`, { title: `Mottagning ${i}`, municipalities: [places[i % places.length]!], body: "Möten varje vecka." }),
  );
  return buildSearchIndex([...Object.entries(special).map(([id, fields]) => practiceEntry(id, fields)), ...filler]);
}

const ordinals = ["ett", "två", "tre", "fyra", "fem"];

/** `count` practices with the same body, ids `a-<word>-1…`, titles "Aktivitet ett…". */
function alike(word: string, count: number, body: string): Record<string, { title: string; body: string }> {
  return Object.fromEntries(ordinals.slice(0, count).map((ordinal, i) => [`a-${word}-${i + 1}`, { title: `Aktivitet ${ordinal}`, body }]));
}

describe("a rare word outweighs a common one (IDF)", () => {
  it("the practice with the rare word ranks above those with the common word", () => {
    const index = indexOf({
      ...alike("cykel", 4, "Vi lånar ut en cykel."),
      "o-laxhjalp": { title: "Öppen verksamhet", body: "Vi ger läxhjälp." },
    });
    const ids = index.search("cykel läxhjälp").map((hit) => hit.id);
    expect(ids[0]).toBe("o-laxhjalp");
    expect(ids).toHaveLength(5);
  });
});

describe("a word in more than half the practices cannot make a hit on its own", () => {
  const index = indexOf({
    ...alike("projekt", 5, "Ett projekt om möten."),
    "o-laxhjalp": { title: "Öppen verksamhet", body: "Ett projekt med läxhjälp." },
  });

  it("with a telling word beside it, only the practices with the telling word are hits", () => {
    const result = index.run("projekt läxhjälp");
    expect(result.hits.map((hit) => hit.id)).toEqual(["o-laxhjalp"]);
    expect(result.total).toBe(1);
  });

  it("alone, the common word still finds what has it", () => {
    expect(index.search("projekt")).toHaveLength(6);
  });
});

describe("a practice's own place counts more than a place it shares", () => {
  it("a practice only in Flen ranks above one Flen shares with four others", () => {
    const index = indexOf({
      "a-delad": {
        title: "Aktivitet med läxhjälp",
        municipalities: ["flen", "gnesta", "trosa", "nykoping", "vingaker"],
        body: "Vi ger läxhjälp.",
      },
      "o-egen": { title: "Öppen läxhjälp", municipalities: ["flen"], body: "Vi ger läxhjälp." },
    });
    expect(index.search("Flen läxhjälp").map((hit) => hit.id)).toEqual(["o-egen", "a-delad"]);
  });
});

/** One word said often, in the title too: a high score for that word alone. */
const SAYS_LAXHJALP_OFTEN: Fields = {
  title: "Läxhjälp och mer läxhjälp",
  summary: "Läxhjälp för barn och unga, läxhjälp varje vecka.",
  body: "Läxhjälp, läxhjälp och läxhjälp.",
};

describe("hits with all the query's words come before hits with some", () => {
  it("a practice with every word ranks first, even when one with fewer words scores higher", () => {
    const index = indexOf({
      "a-bara-laxhjalp": SAYS_LAXHJALP_OFTEN,
      "b-laxhjalp-2": { title: "Biblioteket", body: "Vi ger läxhjälp." },
      "o-bada": { title: "Öppen verksamhet", body: "Vi ger läxhjälp och lånar ut en cykel." },
      "c-cykel": { title: "Cykelkurs", body: "Vi lånar ut en cykel." },
    });
    const result = index.run("läxhjälp cykel");
    expect(result.hits[0]!.id).toBe("o-bada");
    expect(result.withAll).toBe(1);
    expect(result.hits.slice(1).map((hit) => hit.matchedWords)).toEqual([1, 1, 1]);
    expect(result.hits[1]!.score).toBeGreaterThan(result.hits[0]!.score);
  });
});

describe("hits with more of the query's words come before hits with fewer", () => {
  it("when no practice has all three, the one with two ranks above one that says one of them often", () => {
    const index = indexOf({
      "a-bara-laxhjalp": SAYS_LAXHJALP_OFTEN,
      "o-tva": { title: "Öppen verksamhet", body: "Vi ger läxhjälp och lånar ut en cykel." },
      "c-simning": { title: "Simning", body: "Simning för alla." },
    });
    const result = index.run("läxhjälp cykel simning");
    expect(result.withAll).toBe(0);
    expect(result.hits.map((hit) => hit.matchedWords)).toEqual([2, 1, 1]);
    expect(result.hits[0]!.id).toBe("o-tva");
    const often = result.hits.find((hit) => hit.id === "a-bara-laxhjalp")!;
    expect(often.score).toBeGreaterThan(result.hits[0]!.score);
  });
});

describe("a practice's own place counts more even when the shared one has the word earlier", () => {
  it("the practice only in Flen ranks first although the word stands later in its title", () => {
    const index = indexOf({
      "a-delad": { title: "Läxhjälp för alla", municipalities: ["flen", "gnesta", "trosa"], body: "Vi ger läxhjälp." },
      "o-egen": { title: "Öppen verksamhet med läxhjälp", municipalities: ["flen"], body: "Vi ger läxhjälp." },
    });
    expect(index.search("Flen läxhjälp").map((hit) => hit.id)).toEqual(["o-egen", "a-delad"]);
  });
});

describe("a word found nowhere does not hide the hits of the other words", () => {
  it("a common word beside an unknown one still finds what has it", () => {
    const index = indexOf(alike("projekt", 5, "Ett projekt om möten."), 3);
    expect(index.search("projekt 4711")).toHaveLength(5);
  });
});

describe("equal hits are ordered by title, as Swedish sorts it", () => {
  // `Vara` alone names the place; a place that is also an ordinary word is found by the
  // practices' places only, so every practice in Vara scores the same.
  const inVara = (title: string) => ({ title, municipalities: ["vara"], body: "Möten varje vecka." });
  const index = indexOf({
    "p-odla": inVara("Ödla"),
    "p-apa-2": inVara("Apa"),
    "p-arla": inVara("Ärla"),
    "p-zebra": inVara("Zebra"),
    "p-asna": inVara("Åsna"),
    "p-apa-1": inVara("Apa"),
  });

  it("a to z, then å, ä, ö; the same title in the order the practices were given", () => {
    const hits = index.search("Vara");
    expect(hits.map((hit) => hit.id)).toEqual(["p-apa-2", "p-apa-1", "p-zebra", "p-asna", "p-arla", "p-odla"]);
    expect(new Set(hits.map((hit) => hit.score)).size).toBe(1);
  });

  it("a shorter list keeps the first of that order", () => {
    expect(index.search("Vara", { limit: 3 }).map((hit) => hit.id)).toEqual(["p-apa-2", "p-apa-1", "p-zebra"]);
  });
});

describe("a limited list holds the best hits of the full list, in its order", () => {
  it("every limit gives the start of the full ranking, and no more", () => {
    const index = indexOf({
      "c-titel": { title: "Cykel för alla", body: "Vi lånar ut en cykel." },
      "c-sen-titel": { title: "Lån av cykel", body: "Möten varje vecka." },
      "c-kropp": { title: "Verkstad", body: "Här lagar vi en cykel." },
      "c-sammanfattning": { title: "Mötesplats", summary: "En cykel att låna.", body: "Möten varje vecka." },
      "c-sist": { title: "Bibliotek", body: "Böcker, musik och till sist en cykel." },
    });
    const full = index.search("cykel").map((hit) => hit.id);
    expect(full).toHaveLength(5);
    expect(new Set(index.search("cykel").map((hit) => hit.score)).size).toBe(5);
    for (let limit = 0; limit <= 6; limit++) {
      expect(
        index.search("cykel", { limit }).map((hit) => hit.id),
        `limit ${limit}`,
      ).toEqual(full.slice(0, limit));
    }
  });
});

describe("a synonym widens the result only when it tells something", () => {
  it("a one-word synonym found in most practices is not used: `villa` does not find every `radhus`", () => {
    const radhus = Object.fromEntries(ordinals.map((ordinal, i) => [`r-${i}`, { title: `Radhus ${ordinal}`, body: "Ett radhus." }]));
    const index = indexOf({
      ...radhus,
      "r-5": { title: "Radhus sex", body: "Ett radhus." },
      "v-villa": { title: "Villa", body: "En villa." },
    });
    expect(index.search("villa").map((hit) => hit.id)).toEqual(["v-villa"]);
  });

  // The index does not keep word order: a phrase synonym is used only when its words are rare.
  const phraseIndex = (ownHome: string) =>
    indexOf(
      {
        "e-hvb": { title: "Boende för unga", body: "Vi driver egna HVB-hem." },
        "e-hem": { title: "Nya bostäder", body: ownHome },
        "e-1": { title: "Egna möten", body: "Egna möten varje vecka." },
        "e-2": { title: "Egna aktiviteter", body: "Egna aktiviteter." },
        "h-1": { title: "Hem och skola", body: "Ett hem för alla." },
        "h-2": { title: "Hem och fritid", body: "Ett hem för alla." },
      },
      14,
    );

  it("`egna hem` for `villa` does not find `egna HVB-hem` when both words are in many practices", () => {
    expect(
      phraseIndex("Vi bygger egna hem.")
        .search("villa")
        .map((hit) => hit.id),
    ).toEqual([]);
  });

  const withWords = (word: string, count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`${word}-${i}`, { title: `Ord ${i}`, body: `Ett ${word} i texten.` }]));

  it("with one of its words in very few practices, the phrase finds the practice that has it", () => {
    // 24 practices: `egna` in one, `hem` in five (more than a tenth).
    const index = indexOf({ "e-hem": { title: "Nya bostäder", body: "Vi bygger egna hem." }, ...withWords("hem", 4) }, 19);
    expect(index.search("villa").map((hit) => hit.id)).toEqual(["e-hem"]);
  });

  it("with both its words in at most a tenth of the practices, the phrase finds the practice that has them", () => {
    // 40 practices: `egna` and `hem` in three each, more than the very rare share.
    const index = indexOf(
      { "e-hem": { title: "Nya bostäder", body: "Vi bygger egna hem." }, ...withWords("egna", 2), ...withWords("hem", 2) },
      35,
    );
    expect(index.search("villa").map((hit) => hit.id)).toEqual(["e-hem"]);
  });
});

describe("a synonym's words are counted by how many practices have them, in any field", () => {
  it("a one-word synonym in a third of the practices is used: `villa` finds every `radhus`", () => {
    const radhus = Object.fromEntries(
      ordinals.slice(0, 3).map((ordinal, i) => [`r-${i}`, { title: `Radhus ${ordinal}`, body: "Ett radhus." }]),
    );
    expect(
      indexOf(radhus)
        .search("villa")
        .map((hit) => hit.id)
        .sort(),
    ).toEqual(["r-0", "r-1", "r-2"]);
  });

  it("a one-word synonym in more than half the practices, spread over titles and texts, is not used", () => {
    const inTitle = Object.fromEntries(
      ordinals.slice(0, 3).map((ordinal, i) => [`t-${i}`, { title: `Radhus ${ordinal}`, body: "Möten." }]),
    );
    const inBody = Object.fromEntries(
      ordinals.slice(0, 3).map((ordinal, i) => [`b-${i}`, { title: `Boende ${ordinal}`, body: "Ett radhus." }]),
    );
    expect(
      indexOf({ ...inTitle, ...inBody, "v-villa": { title: "Villa", body: "En villa." } })
        .search("villa")
        .map((hit) => hit.id),
    ).toEqual(["v-villa"]);
  });

  const withWords = (word: string, count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`${word}-${i}`, { title: `Ord ${i}`, body: `Ett ${word} i texten.` }]));
  const villaIn = (special: Record<string, Fields>, fillers: number) =>
    indexOf({ "e-hem": { title: "Nya bostäder", body: "Vi bygger egna hem." }, ...special }, fillers)
      .search("villa")
      .map((hit) => hit.id);

  it("a phrase with a word in more than half the practices is not used, however rare its other word", () => {
    expect(villaIn(withWords("hem", 6), 3)).toEqual([]);
  });

  it("a phrase with its rarest word in 2 practices, the very rare limit, is used", () => {
    // 40 practices: `egna` in two, `hem` in eight (more than a tenth).
    expect(villaIn({ ...withWords("egna", 1), ...withWords("hem", 7) }, 31)).toEqual(["e-hem"]);
  });

  it("a phrase with both words in exactly a tenth of the practices is used, one word over it is not", () => {
    // 40 practices: `egna` and `hem` in four each.
    expect(villaIn({ ...withWords("egna", 3), ...withWords("hem", 3) }, 33)).toEqual(["e-hem"]);
    // 40 practices: `egna` in three, `hem` in six.
    expect(villaIn({ ...withWords("egna", 2), ...withWords("hem", 5) }, 32)).toEqual([]);
  });
});
