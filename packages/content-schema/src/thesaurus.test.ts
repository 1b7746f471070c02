import { describe, expect, it } from "vitest";
import { thesaurus, thesaurusKey, thesaurusSchema } from "./thesaurus.js";

const groupOf = (word: string) => thesaurus.find((group) => group.terms.some((t) => thesaurusKey(t) === thesaurusKey(word)));

describe("thesaurus", () => {
  it("has at least 150 groups, every word in exactly one group", () => {
    expect(thesaurus.length).toBeGreaterThanOrEqual(150);
    const keys = thesaurus.flatMap((group) => group.terms.map(thesaurusKey));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ["tjejer", "flickor"],
    ["jobb", "sysselsättning"],
    ["volontär", "ideell"],
    ["socialbidrag", "ekonomiskt bistånd"],
    ["feriejobb", "sommarjobb"],
    ["lägenhet", "bostad"],
    ["pensionär", "äldre"],
    ["överbelagd", "trångboddhet"],
    ["statsbidrag", "statliga medel"],
    ["hvb", "hem för vård eller boende"],
    ["housing", "bostad"],
    ["language buddy", "språkvän"],
  ])("puts %s and %s in one group", (a, b) => {
    expect(groupOf(a)).toBeDefined();
    expect(groupOf(a)).toBe(groupOf(b));
  });

  it("rejects a word in two groups, an unknown topic, a one-word group and capitals, naming the group", () => {
    const result = thesaurusSchema.safeParse([
      { id: "a", terms: ["bostad", "lägenhet"] },
      { id: "b", terms: ["boende", "Bostad"], topics: ["bostäder"] },
      { id: "c", terms: ["ensam"] },
    ]);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1\.terms\.1: /),
        expect.stringMatching(/^1\.topics\.0: /),
        expect.stringMatching(/^2\.terms: en grupp behöver minst två ord/),
      ]),
    );
    const duplicate = thesaurusSchema.safeParse([
      { id: "a", terms: ["bostad", "lägenhet"] },
      { id: "b", terms: ["boende", "lägenhet"] },
    ]);
    expect(duplicate.error!.issues[0]!.message).toContain('gruppen "a"');
  });

  it("links groups only to topics and target groups that exist", () => {
    expect(thesaurusSchema.safeParse(thesaurus).success).toBe(true);
    expect(groupOf("bostad")?.topics).toContain("bostad");
  });
});
