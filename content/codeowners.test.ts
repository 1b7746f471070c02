// Each county's practices are reviewed by that county's people: the CODEOWNERS file must give
// every county folder its team, and must be what `kb codeowners` writes from the county list.
import { readFile } from "node:fs/promises";
import { counties } from "@kunskapsbanken/content-schema";
import { codeownersText, reviewTeamOf } from "@kunskapsbanken/domain";
import { describe, expect, it } from "vitest";

const committed = await readFile(new URL("../.github/CODEOWNERS", import.meta.url), "utf8");

describe("CODEOWNERS", () => {
  it("is the file `npx kb codeowners` writes (run it again after changing the counties)", () => {
    expect(committed).toBe(codeownersText());
  });

  it("gives every county's practice folder to that county's team", () => {
    for (const county of counties) {
      const line = committed.split("\n").find((l) => l.startsWith(`/content/practices/${county.id}/ `));
      expect(line, county.name).toBeDefined();
      expect(line).toContain(reviewTeamOf(county.id));
    }
  });
});
