// Each test here guards one rule of the evidence a word gives and fails when that rule is taken
// out: the strongest field counts in full and another field only adds a little, so a word in the
// title and the body beats the same word in the title alone, but not a word standing earlier
// in the title. Small in-memory sets, public API only.
import { describe, expect, it } from "vitest";
import { practiceEntry as practice } from "../../test/support/practice-data.js";
import { buildSearchIndex } from "../build-index.js";

/** `before` practices with `cykel` in the title, then `title-only`, then `title-and-body`; `inBody` more with it in the body. */
function cycling(before: number, inBody: number) {
  const titles = Array.from({ length: before }, (_, i) => practice(`titel-${i}`, { title: `Cykel nummer ${i}`, summary: "Möten." }));
  const bodies = Array.from({ length: inBody }, (_, i) =>
    practice(`kropp-${i}`, { title: `Verkstad ${i}`, summary: "Möten.", body: "Cykel att låna." }),
  );
  return buildSearchIndex([
    ...bodies,
    ...titles,
    practice("title-only", { title: "Cykel i stan", summary: "Möten." }),
    practice("title-and-body", { title: "Cykel på landet", summary: "Möten.", body: "Cykel att låna." }),
  ]);
}
const order = (index: ReturnType<typeof cycling>) =>
  index
    .search("cykel", { limit: 50 })
    .map((hit) => hit.id)
    .filter((id) => id === "title-only" || id === "title-and-body");

describe("another field adds to the strongest, a little", () => {
  it("the word in the title and the body ranks above the word in the title alone, standing as early", () => {
    expect(order(cycling(10, 0))).toEqual(["title-and-body", "title-only"]);
  });

  it("but a mention in the body does not outweigh a title where the word comes earlier", () => {
    expect(order(cycling(5, 10))).toEqual(["title-only", "title-and-body"]);
  });
});
