import { describe, expect, it } from "vitest";
import { counties, labelOf, municipalities, places, topics, targetGroups, fundingKinds, statuses } from "./vocabularies.js";

describe("vocabularies", () => {
  it("hold Södermanland's nine municipalities with SCB codes in county 04", () => {
    expect(municipalities).toHaveLength(9);
    for (const m of municipalities) {
      expect(m.scbCode).toMatch(/^04\d{2}$/);
      expect(counties.map((c) => c.id)).toContain(m.county);
    }
    expect(municipalities.find((m) => m.id === "vingaker")?.scbCode).toBe("0428");
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
