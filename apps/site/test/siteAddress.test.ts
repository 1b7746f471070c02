import { describe, expect, it } from "vitest";
import { DEFAULT_EDITORS_EMAIL, editUrlBase, PLACEHOLDER_SITE_URL, siteAddress } from "../src/lib/siteAddress";

describe("the site's address and repository", () => {
  it("uses the placeholders for local and test builds", () => {
    const address = siteAddress({});
    expect(address.siteUrl).toBe(PLACEHOLDER_SITE_URL);
    expect(address.repository).toEqual({ owner: "kunskapsbanken", name: "kunskapsbanken", branch: "main" });
    expect(address.placeholder).toBe(true);
    expect(address.editorsEmail).toBe(DEFAULT_EDITORS_EMAIL);
  });

  it("reads the editors' address from KB_EDITORS_EMAIL, and refuses anything but a plain address", () => {
    expect(siteAddress({ KB_EDITORS_EMAIL: " kunskapsbanken@lansstyrelsen.se " }).editorsEmail).toBe("kunskapsbanken@lansstyrelsen.se");
    expect(siteAddress({ KB_EDITORS_EMAIL: "" }).editorsEmail).toBe(DEFAULT_EDITORS_EMAIL);
    for (const bad of ["redaktionen", "a b@lansstyrelsen.se", "a@b.se?cc=c@d.se", "a@b.se&body=x", "<a@b.se>"]) {
      expect(() => siteAddress({ KB_EDITORS_EMAIL: bad })).toThrow(/KB_EDITORS_EMAIL/);
    }
  });

  it("reads SITE_URL and KB_REPOSITORY", () => {
    const address = siteAddress({
      SITE_URL: "https://kunskapsbanken.lansstyrelsen.se/",
      KB_REPOSITORY: "lansstyrelsen-sodermanland/kunskapsbanken",
      PUBLISH: "true",
    });
    expect(address.siteUrl).toBe("https://kunskapsbanken.lansstyrelsen.se");
    expect(editUrlBase(address.repository)).toBe("https://github.com/lansstyrelsen-sodermanland/kunskapsbanken/edit/main/content");
    expect(address.placeholder).toBe(false);
  });

  it("refuses the placeholders when publishing", () => {
    expect(() => siteAddress({ PUBLISH: "true" })).toThrow(/kan inte publiceras: SITE_URL .*; KB_REPOSITORY/);
    expect(() => siteAddress({ PUBLISH: "true", SITE_URL: "https://kunskapsbanken.lansstyrelsen.se" })).toThrow(/KB_REPOSITORY/);
    expect(() => siteAddress({ PUBLISH: "true", KB_REPOSITORY: "a/b", SITE_URL: "http://kunskapsbanken.lansstyrelsen.se" })).toThrow(
      /https/,
    );
  });

  it("refuses malformed values at any time", () => {
    expect(() => siteAddress({ SITE_URL: "kunskapsbanken.se" })).toThrow(/SITE_URL/);
    expect(() => siteAddress({ KB_REPOSITORY: "https://github.com/a/b" })).toThrow(/KB_REPOSITORY/);
  });
});
