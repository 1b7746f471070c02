import { describe, expect, it } from "vitest";
import { validateProfile } from "./validate.js";
import { formatPath } from "./problems.js";

const valid = {
  id: "gnesta",
  title: "Gnesta kommun",
  summary: "En liten kommun som tagit emot många anvisade i förhållande till sin storlek.",
  quota: { "2017": 36, "2018": 17 },
  assignments: [{ date: "2017-08-14", quota: 36, assigned: 30, counted: 20, remaining: 16 }],
  visit: { date: "2017-09-19", durationHours: 2 },
  integrationStrategy: { answer: "nej" },
  keepsYouthsTurning18: { answer: "nej", note: "om inte särskilda behov finns" },
  sources: [{ document: "lansstyrelsen-sodermanland-2017", section: "Bilaga 1, Gnesta kommun" }],
  asOf: "2017-09-06",
};

const problems = (data: unknown) => {
  const result = validateProfile(data);
  return result.ok ? [] : result.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
};

describe("municipality profile", () => {
  it("accepts a complete profile", () => {
    expect(problems(valid)).toEqual([]);
  });

  it.each([
    [{ quota: { "2017": -1 } }, ["quota.2017: måste vara minst 0"]],
    [{ quota: { tjugo: 3 } }, ["quota.tjugo: nyckeln ska vara ett årtal, t.ex. 2018"]],
    [{ id: "uppsal" }, ['id: "uppsal" är inget tillåtet värde. Menade du "uppsala"?']],
    [
      { integrationStrategy: { answer: "kanske" } },
      ['integrationStrategy.answer: "kanske" är inget tillåtet värde. Tillåtna värden: "ja", "nej".'],
    ],
    [
      { integrationStrategy: { answer: "ja", url: "eskilstuna.se/strategi" } },
      ["integrationStrategy.url: ska vara en fullständig webbadress som börjar med https://"],
    ],
    [{ visit: { date: "2017-09-19" } }, ["visit.durationHours: fältet saknas men måste fyllas i"]],
  ])("rejects %j", (change, expected) => {
    expect(problems({ ...valid, ...change })).toEqual(expected);
  });

  it("names a place that is not in the vocabulary, and lists places that begin alike rather than hundreds", () => {
    const [message] = problems({ ...valid, id: "ekorrdalen" });
    expect(message).toMatch(/^id: "ekorrdalen" är inget tillåtet värde\. /);
    expect(message).toContain('"eskilstuna"');
    expect(message!.length).toBeLessThan(400);
  });
});
