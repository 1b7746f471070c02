// `kb search` and places, run as a contributor runs it on the project's content (all of it
// from Södermanland so far): the county filter by id or name, a place without practices, and
// a word without practices.
import { beforeAll, describe, expect, it } from "vitest";
import { kbRun, repoRoot as root } from "../../test/support/run-kb.js";

const built = `${root}node_modules/.cache/kb-test/sokindex-platser.json`;
const search = (...args: string[]) => kbRun("search", ...args, "--index", built);
const ids = async (...args: string[]) =>
  (JSON.parse((await search(...args, "--json", "--limit", "500")).stdout) as { id: string }[]).map((h) => h.id);

describe("kb search and places", () => {
  beforeAll(async () => {
    expect((await kbRun("build", "--out", built)).code).toBe(0);
  });

  it("--county takes the id, the name or another name, and keeps that county's practices", async () => {
    const all = await ids("");
    const sormland = await ids("", "--county", "sodermanlands-lan");
    expect(sormland.length).toBeGreaterThan(50);
    expect(all).toEqual(expect.arrayContaining(sormland));
    expect(await ids("", "--county", "Sörmland")).toEqual(sormland);
    expect(await ids("", "--county", "Södermanlands län")).toEqual(sormland);
    expect(await ids("", "--county", "Skåne")).toEqual([]);
  });

  it("refuses a county that is none, in plain Swedish, with exit code 2", async () => {
    const result = await search("bostad", "--county", "Malmö");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--county Malmö: det är inte ett län");
  });

  it("--municipality takes a name too", async () => {
    expect(await ids("", "--municipality", "Vingåker")).toEqual(await ids("", "--municipality", "vingaker"));
  });

  it("Malmö names Malmö, a kommun with no practices yet, and says so", async () => {
    const { stdout, code } = await search("Malmö");
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 2)).toEqual([
      "→ Malmö – kommun, inga exempel ännu  (/kommun/malmo)",
      "  Inga exempel från Malmö ännu. Inte heller från Skåne län.",
    ]);
  });

  it("a typo in a place name is repaired: Mamlö", async () => {
    const { stdout } = await search("Mamlö");
    expect(stdout).toContain("Visar träffar för Malmö (du skrev ”Mamlö”).");
  });

  it("a real word that no practice uses is named, not corrected or split: hemlöshet", async () => {
    const { stdout, code } = await search("hemlöshet");
    expect(code).toBe(0);
    expect(stdout).toContain("Inga exempel handlar om ”hemlöshet”.");
    expect(stdout).not.toContain("Sökte på delarna");
  });
});
