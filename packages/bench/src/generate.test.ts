import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@kunskapsbanken/indexer";
import { generateCorpus, writeCorpus } from "./generate.js";

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
    expect(await readdir(join(out, "practices"))).toHaveLength(50);
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
    const { topics, targetGroups, fundingKinds, statuses, municipalities, counties } = await import("@kunskapsbanken/content-schema");
    expect(seen((p) => p.topics).size).toBe(topics.length);
    expect(seen((p) => p.targetGroups).size).toBe(targetGroups.length);
    expect(seen((p) => p.funding).size).toBe(fundingKinds.length);
    expect(seen((p) => [p.status]).size).toBe(statuses.length);
    expect(seen((p) => p.municipalities).size).toBe(municipalities.length + counties.length);
    const text = await readFile(join(out, "practices", (await readdir(join(out, "practices")))[0]!), "utf8");
    expect(text).toMatch(/[åäö]/);
    expect(text).toMatch(/[a-zåäö]{14,}/); // compounds are long
  });
});
