// Searches readers tried and reported, on the bank's real content: a filter never lets a
// page that merely mentions a word outrank the pages about it, and the hits mark the
// word that matched, not every word of its synonyms.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex } from "../build-index.js";
import { loadContent } from "../content/load.js";
import type { SearchIndex } from "./search-index.js";

const contentDir = fileURLToPath(new URL("../../../../content", import.meta.url));

describe("searches readers reported", () => {
  let index: SearchIndex;
  beforeAll(async () => {
    const content = await loadContent(contentDir, contentDir);
    index = buildSearchIndex(content.practices, content);
  }, 60_000);

  it("bostad filtered to Flen leads with Flen's housing practices, not Språkvänner (whose `matlagning` stems like `lägenhet`)", () => {
    const hits = index.search("bostad", { filters: { municipality: ["flen"] }, limit: 50 });
    const housing = hits.map((hit) => hit.topics.includes("bostad"));
    expect(housing.length).toBeGreaterThan(2);
    expect(housing[0]).toBe(true);
    // Every practice about housing comes before every practice that is not.
    expect(housing).toEqual([...housing].sort((a, b) => Number(b) - Number(a)));
    expect(hits.findIndex((hit) => hit.id === "flen-sprakvanner")).toBeGreaterThan(housing.lastIndexOf(true));
  });

  it("ensamkommande marks ensamkommande, not barn and unga of its synonyms", () => {
    expect(index.run("ensamkommande").highlight).toEqual(["ensamkommande"]);
  });

  it("marks the parts a compound was split into and the word a typo was corrected to", () => {
    expect(index.run("korridorboende").highlight).toEqual(expect.arrayContaining(["korridor", "boende"]));
    expect(index.run("samhälsorientering").highlight).toContain("samhällsorientering");
  });

  it("with one hit, lists practices about the same topics after it, names the topics, and keeps the filters", () => {
    const one = index.run("fritidsbanken");
    expect(one.hits.map((hit) => hit.id)).toEqual(["nykoping-fritidsbanken"]);
    expect(one.relatedBy).toContain("Fritid, kultur och idrott");
    expect(one.related.length).toBeGreaterThan(0);
    expect(one.related.map((hit) => hit.id)).not.toContain("nykoping-fritidsbanken");
    for (const hit of one.related)
      expect(
        hit.topics.some((topic) => ["fritid-kultur", "civilsamhalle"].includes(topic)),
        hit.id,
      ).toBe(true);
    const inNykoping = index.run("fritidsbanken", { filters: { municipality: ["nykoping"] } });
    for (const hit of inNykoping.related) expect(hit.municipalities, hit.id).toContain("nykoping");
    // Enough hits: nothing is added.
    expect(index.run("bostad").related).toEqual([]);
  });
});
