import { validatePractice } from "@kunskapsbanken/content-schema";
import { describe, expect, it } from "vitest";
import { idFromTitle, isId, MAX_ID_LENGTH, practiceId, slugify } from "./ids.js";

describe("practiceId", () => {
  it.each([
    ["Språkvän på gymnasiet", "strangnas", "strangnas-sprakvan-pa-gymnasiet"],
    ["Fritidsbanken", "nykoping", "nykoping-fritidsbanken"],
    ["Korridorsboende i ett nedlagt äldreboende", "gnesta", "gnesta-korridorsboende-i-ett-nedlagt-aldreboende"],
    ["Flen: språkvänner", "flen", "flen-sprakvanner"],
    ["Strängnäs dukat bord", "strangnas", "strangnas-dukat-bord"],
    ["Öppen förskola – för föräldrar & barn!", "oxelosund", "oxelosund-oppen-forskola-for-foraldrar-barn"],
    ["§37-medel för ökad samverkan", "sodermanlands-lan", "sodermanlands-lan-37-medel-for-okad-samverkan"],
    ["Café Émigré", "trosa", "trosa-cafe-emigre"],
    ["  SFI   och  föreningar  ", "eskilstuna", "eskilstuna-sfi-och-foreningar"],
    ["Upplands Väsby läxhjälp", "upplands-vasby", "upplands-vasby-laxhjalp"],
  ])("%s + %s → %s", (title, place, id) => {
    expect(practiceId(title, place)).toBe(id);
  });

  it("cuts long titles at a word, never in the middle of one, within the schema's id length", () => {
    const title = "Ett mycket långt namn på ett arbetssätt som aldrig verkar ta slut utan bara fortsätter och fortsätter";
    const id = practiceId(title, "vingaker");
    expect(id).toBe("vingaker-ett-mycket-langt-namn-pa-ett-arbetssatt-som-aldrig-verkar-ta-slut-utan");
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    // One more word would have passed the limit.
    expect(`${id}-bara`.length).toBeGreaterThan(MAX_ID_LENGTH);
  });

  it("always gives an id the schema accepts", () => {
    for (const title of ["Språkvän på gymnasiet", "---", "Å Ä Ö", "2018 års mottagande", "x".repeat(200)]) {
      expect(validatePractice({ id: practiceId(title, "flen") }).problems.filter((p) => p.path[0] === "id")).toEqual([]);
    }
  });
});

describe("slugify and idFromTitle", () => {
  it("folds Swedish letters and turns everything else into single hyphens", () => {
    expect(slugify("Språkvän på gymnasiet")).toBe("sprakvan-pa-gymnasiet");
    expect(slugify("  Öppen förskola – för alla! ")).toBe("oppen-forskola-for-alla");
    expect(slugify("Malung-Sälen")).toBe("malung-salen");
  });

  it("makes a collection's id from its title alone, cutting at a word", () => {
    expect(idFromTitle("Nätverksmöte om bostäder")).toBe("natverksmote-om-bostader");
    const long = idFromTitle(`Nätverksmöte ${"bostäder ".repeat(20)}`);
    expect(long.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(long.endsWith("-bostader")).toBe(true);
  });

  it("gives no id for a title without letters or digits, and cuts a single overlong word", () => {
    expect(idFromTitle("!!!")).toBe("");
    expect(idFromTitle("a".repeat(200))).toBe("a".repeat(MAX_ID_LENGTH));
  });
});

describe("isId", () => {
  it.each(["flen", "flen-sprakvanner", "a1-b2", "x".repeat(MAX_ID_LENGTH)])("accepts %s", (id) => expect(isId(id)).toBe(true));
  it.each(["Flen", "flen--x", "-flen", "flen-", "strängnäs", "a b", "flen/../x", "", "x".repeat(MAX_ID_LENGTH + 1)])("refuses %j", (id) =>
    expect(isId(id)).toBe(false),
  );
});
