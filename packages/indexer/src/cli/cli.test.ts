// Runs the real `kb` binary the way a contributor does, against the real content.
import { beforeAll, describe, expect, it } from "vitest";
import { kbRun, repoRoot as root } from "../../test/support/run-kb.js";

const searchIds = async (...args: string[]) =>
  (JSON.parse((await kbRun("search", ...args, "--json")).stdout) as { id: string }[]).map((h) => h.id);

// Searching the content builds the index each time (compound splitting is most of kb's
// work), so the queries below search an index that `kb build` wrote once; the last test
// checks that it answers exactly as a search straight on the content does.
const built = `${root}node_modules/.cache/kb-test/sokindex.json`;
const indexedIds = (...args: string[]) => searchIds(...args, "--index", built);

describe("kb on the project's content", () => {
  beforeAll(async () => {
    const result = await kbRun("build", "--out", built);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("validate passes", async () => {
    const result = await kbRun("validate");
    expect(result.stdout + result.stderr).toMatch(/Allt ser bra ut/);
    expect(result.code).toBe(0);
  });

  it("search fritidsbanken lists nykoping-fritidsbanken first, with the fields the site shows", async () => {
    const { stdout } = await kbRun("search", "fritidsbanken", "--json", "--index", built);
    const hits = JSON.parse(stdout) as { id: string; title: string; municipalities: string[]; score: number }[];
    expect(hits[0]).toMatchObject({ id: "nykoping-fritidsbanken", municipalities: ["nykoping"] });
    expect(typeof hits[0]!.score).toBe("number");
  });

  it("sprakvan and språkvänner find the language-buddy practices of Flen and Strängnäs", async () => {
    for (const query of ["sprakvan", "språkvänner"]) {
      expect(await indexedIds(query, "--limit", "10")).toEqual(
        expect.arrayContaining(["flen-sprakvanner", "strangnas-sprakvan-gymnasiet"]),
      );
    }
  });

  it("strangnas finds Strängnäs' practices", async () => {
    const ids = await indexedIds("strangnas", "--limit", "5");
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith("strangnas-"))).toBe(true);
  });

  it("filters combine and an empty query lists what matches", async () => {
    const ids = await indexedIds("", "--municipality", "strangnas", "--topic", "bostad", "--limit", "50");
    expect(ids).toContain("strangnas-dukat-bord");
    expect(ids.every((id) => id.startsWith("strangnas-"))).toBe(true);
  });

  it("build writes an index that answers as a search straight on the content does", async () => {
    expect(await indexedIds("bostad", "--limit", "100")).toEqual(await searchIds("bostad", "--limit", "100"));
  });

  it("validate on broken files exits 1 with FILE:LINE lines and no stack trace", async () => {
    const result = await kbRun("validate", "packages/indexer/test/fixtures/broken");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^packages\/indexer\/test\/fixtures\/broken\/practices\/sodermanlands-lan\/typo-field\.md:3: titel: /m);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a bad --limit in plain words", async () => {
    const result = await kbRun("search", "bostad", "--limit", "noll");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--limit ska vara ett positivt heltal");
  });
});
