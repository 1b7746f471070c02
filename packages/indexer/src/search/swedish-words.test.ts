// The Swedish lexicon in the search, on the bank's real content: a real word is never
// "corrected" into another one, a compound is split only where Swedish allows it, and a
// real word that no practice uses is said to be absent instead of guessed at.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex } from "../build-index.js";
import { swedishWordForms } from "../compounds/word-forms.js";
import { loadContent } from "../content/load.js";
import type { SearchIndex } from "./search-index.js";
import { WordFlag } from "./swedish-words.js";

const contentDir = fileURLToPath(new URL("../../../../content", import.meta.url));

describe("the Swedish lexicon's word forms", () => {
  const flags = (form: string) => swedishWordForms().get(form) ?? 0;

  it("knows inflected forms, and which forms may begin or end a compound", () => {
    expect(flags("hemlosheten") & WordFlag.word).toBeTruthy();
    expect(flags("bristen") & WordFlag.end).toBeTruthy();
    expect(flags("bostads") & WordFlag.begin).toBeTruthy();
    // `löshet` is a word of its own, but no compound ends in it: hemlöshet is hemlös + het.
    expect(flags("loshet") & WordFlag.word).toBeTruthy();
    expect(flags("loshet") & WordFlag.end).toBe(0);
    expect(flags("samhalsorientering")).toBe(0);
  });
});

describe("search with the Swedish lexicon", () => {
  let index: SearchIndex;
  beforeAll(async () => {
    const content = await loadContent(contentDir, contentDir);
    index = buildSearchIndex(content.practices, content);
  }, 60_000);

  it("says that no practice is about hemlöshet instead of showing HVB homes for hem + löshet", () => {
    const result = index.run("hemlöshet");
    expect(result.hits.map((hit) => hit.slug).filter((slug) => slug.includes("hvb"))).toEqual([]);
    expect(result.total).toBe(0);
    expect(result.corrections).toEqual([]);
    expect(result.absent).toEqual(["hemlöshet"]);
  });

  it("never corrects a real word into another one: simhall is not samhall, sömnad is not sommar", () => {
    for (const word of ["simhall", "sömnad", "stickning"]) {
      const result = index.run(word);
      expect(result.corrections, word).toEqual([]);
      expect(result.absent, word).toEqual([word]);
    }
  });

  it("splits only where Swedish compounds may split: grannskap is not granns + kap", () => {
    expect(index.run("grannskap").corrections).toEqual([]);
  });

  it("still corrects typos and splits compounds that no practice writes as one word", () => {
    expect(index.run("samhälsorientering").corrections).toMatchObject([{ kind: "typo", to: "samhällsorientering" }]);
    expect(index.run("korridorboende").corrections).toMatchObject([{ kind: "split", to: "korridor boende" }]);
    expect(index.run("hyresvärdsnätvärk").corrections).toMatchObject([{ kind: "split" }]);
    expect(index.run("korridorboende").absent).toEqual([]);
  });

  it("names an absent word only when no practice has it, alongside the words that have hits", () => {
    const result = index.run("bostad hemlöshet");
    expect(result.absent).toEqual(["hemlöshet"]);
    expect(result.total).toBeGreaterThan(0);
    expect(index.run("bostad").absent).toEqual([]);
  });
});
