// Each test here guards one ranking rule and fails when that rule is taken out: IDF (a rare word
// outweighs a common one), the common-word filter, a practice's own place over a shared one, and
// hits with all the query's words before hits with some. Small in-memory sets, public API only.
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

describe("hits with all the query's words come before hits with some", () => {
  it("a practice with every word ranks first, even when one with fewer words scores higher", () => {
    const index = indexOf({
      "a-bara-laxhjalp": {
        title: "Läxhjälp och mer läxhjälp",
        summary: "Läxhjälp för barn och unga, läxhjälp varje vecka.",
        body: "Läxhjälp, läxhjälp och läxhjälp.",
      },
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
