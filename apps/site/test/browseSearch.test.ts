import { describe, expect, it } from "vitest";
import { searchPathFor } from "../src/components/browseSearch";
import { profileToc } from "../src/components/profile/profileToc";

describe("browse pages lead to the matching search", () => {
  it("maps each browse page to its filter", () => {
    expect(searchPathFor("/amne/bostad")).toBe("/sok?amne=bostad");
    expect(searchPathFor("/malgrupp/foraldrar")).toBe("/sok?malgrupp=foraldrar");
    expect(searchPathFor("/kommun/nykoping")).toBe("/sok?kommun=nykoping");
    // A county page searches with the county filter, not the municipality filter.
    expect(searchPathFor("/lan/sodermanlands-lan")).toBe("/sok?lan=sodermanlands-lan");
    expect(searchPathFor("/praktiker")).toBe("/sok");
    expect(searchPathFor("/amne/bostad/")).toBe("/sok?amne=bostad");
  });

  it("has no search for pages that are not browse pages", () => {
    for (const path of ["/", "/amne", "/lan", "/praktik/flen-sprakvanner", "/amne/bostad/extra"])
      expect(searchPathFor(path)).toBeUndefined();
  });
});

describe("a municipality page's table of contents", () => {
  it("starts with the practices and their count, then figures, the text's headings and the lists", () => {
    const toc = profileToc({ name: "Nyköping", practiceCount: 7, hasFigures: true, hasSuccessFactors: true, hasChallenges: false }, [
      { value: "Mottagande &amp; boende", id: "mottagande--boende", level: 2 },
    ]);
    expect(toc.map((entry) => [entry.id, entry.value])).toEqual([
      ["kommunens-exempel", "Goda exempel från Nyköping (7)"],
      ["siffror", "Mottagandet i siffror"],
      ["mottagande--boende", "Mottagande &amp; boende"],
      ["framgangsfaktorer", "Framgångsfaktorer"],
    ]);
  });
});
