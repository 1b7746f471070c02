import { describe, expect, it } from "vitest";
import { counties, labelOf, municipalities, places, topics, targetGroups, fundingKinds, statuses } from "./vocabularies.js";

describe("vocabularies", () => {
  it("keep the ids of Södermanland's nine municipalities, which the content refers to", () => {
    const sodermanland = municipalities.filter((m) => m.county === "sodermanlands-lan");
    expect(sodermanland.map((m) => m.id).sort()).toEqual(
      ["eskilstuna", "flen", "gnesta", "katrineholm", "nykoping", "oxelosund", "strangnas", "trosa", "vingaker"].sort(),
    );
    for (const m of sodermanland) expect(m.scbCode).toMatch(/^04\d{2}$/);
    expect(municipalities.find((m) => m.id === "vingaker")?.scbCode).toBe("0428");
    expect(counties.find((c) => c.id === "sodermanlands-lan")?.aliases).toContain("Sörmland");
  });

  it("have unique ids and Swedish labels", () => {
    for (const list of [places, topics, targetGroups, fundingKinds, statuses]) {
      const ids = list.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(labelOf("status", "ide")).toBe("Idé");
    expect(labelOf("municipalities", "strangnas")).toBe("Strängnäs");
    expect(labelOf("funding", "paragraf-37")).toBe("§37-medel från Länsstyrelsen");
  });
});
