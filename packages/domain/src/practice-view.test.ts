import { describe, expect, it } from "vitest";
import { alsoCalled, practiceFacts, type FactsInput } from "./practice-view.js";

const practice: FactsInput = {
  municipalities: ["flen"],
  topics: ["sprakvan"],
  targetGroups: ["nyanlanda-vuxna"],
  funding: ["egen-budget"],
  status: "pagaende",
  asOf: "2017-09",
  sources: [{ document: "lansstyrelsen-sodermanland-2017", section: "Bilaga 2, Flens kommun" }],
};

describe("the facts' everyday words (Kallas också)", () => {
  it("shows a practice's sokord in the order written", () => {
    expect(practiceFacts({ ...practice, sokord: ["språkkompis", "fika"] }).alsoCalled).toEqual(["språkkompis", "fika"]);
  });

  it("is empty for a practice without sokord, so the page shows no row", () => {
    expect(practiceFacts(practice).alsoCalled).toEqual([]);
  });

  it("shows a draft's words trimmed, without blank lines and each once", () => {
    expect(alsoCalled([" läxhjälp ", "", "  ", "Läxhjälp", "fika"])).toEqual(["läxhjälp", "fika"]);
  });
});
