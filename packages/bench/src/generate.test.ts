import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@kunskapsbanken/indexer";
import { counties, municipalities } from "@kunskapsbanken/content-schema";
import { generateCorpus, identityOf, writeCorpus } from "./generate.js";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

// Generous timeouts: turbo runs every package's tests at once on a small machine.
describe("synthetic corpus", { timeout: 60_000 }, () => {
  it("writes 50 practices that pass loadContent with zero problems", async () => {
    const out = await mkdtemp(join(tmpdir(), "kb-corpus-"));
    dirs.push(out);
    await writeCorpus({ count: 50, seed: 7, out });
    const files = await readdir(join(out, "practices"), { recursive: true });
    expect(files.filter((name) => name.endsWith(".md"))).toHaveLength(50);
    const content = await loadContent(out, out);
    expect(content.problems).toEqual([]);
    expect(content.practices).toHaveLength(50);
  });

  it("gives identical output for the same seed and different output for another", () => {
    const a = [...generateCorpus({ count: 50, seed: 42 })];
    const b = [...generateCorpus({ count: 50, seed: 42 })];
    const c = [...generateCorpus({ count: 50, seed: 43 })];
    expect(b).toEqual(a);
    expect(c.map((f) => f.text)).not.toEqual(a.map((f) => f.text));
  });

  it("spreads practices over every vocabulary and writes Swedish letters and compounds", async () => {
    const out = await mkdtemp(join(tmpdir(), "kb-corpus-"));
    dirs.push(out);
    await writeCorpus({ count: 400, seed: 1, out });
    const content = await loadContent(out, out);
    expect(content.problems).toEqual([]);
    const seen = (pick: (p: (typeof content.practices)[number]["data"]) => string[]) =>
      new Set(content.practices.flatMap((e) => pick(e.data)));
    const { topics, targetGroups, fundingKinds, statuses } = await import("@kunskapsbanken/content-schema");
    expect(seen((p) => p.topics).size).toBe(topics.length);
    expect(seen((p) => p.targetGroups).size).toBe(targetGroups.length);
    expect(seen((p) => p.funding).size).toBe(fundingKinds.length);
    expect(seen((p) => [p.status]).size).toBe(statuses.length);
    expect(seen((p) => p.municipalities).size).toBe(municipalities.length + counties.length);
    const text = await readFile(join(out, content.practices[0]!.file), "utf8");
    expect(text).toMatch(/[åäö]/);
    expect(text).toMatch(/[a-zåäö]{14,}/); // compounds are long
    // A practice shared between municipalities stays within one county.
    const countyOf = new Map(municipalities.map((m) => [m.id, m.county]));
    const shared = content.practices.filter((p) => p.data.municipalities.length > 1);
    expect(shared.length).toBeGreaterThan(10);
    for (const practice of shared) {
      expect(new Set(practice.data.municipalities.map((id) => countyOf.get(id))).size, practice.data.id).toBe(1);
    }
  });

  it("spreads practices over all 290 municipalities and the 21 counties, in an order set by the seed", () => {
    const places = municipalities.length + counties.length;
    expect(municipalities).toHaveLength(290);
    const firstPlaces = (seed: number, count: number) => Array.from({ length: count }, (_, i) => identityOf(seed, i).place.id);
    // Each round of one practice per place covers the country: every municipality and county once.
    for (const start of [0, places]) {
      const run = Array.from({ length: places }, (_, i) => identityOf(3, start + i).place.id);
      expect(new Set(run).size, `practices ${start}–${start + places - 1}`).toBe(places);
    }
    expect(firstPlaces(3, 40)).toEqual(firstPlaces(3, 40));
    expect(firstPlaces(4, 40)).not.toEqual(firstPlaces(3, 40));
    // A practice is the same whatever the size of the corpus it is part of.
    const small = [...generateCorpus({ count: 20, seed: 5 })];
    const large = [...generateCorpus({ count: 400, seed: 5 })].slice(0, 20);
    expect(large.map((f) => f.name)).toEqual(small.map((f) => f.name));
  });
});
