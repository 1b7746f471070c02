import { describe, expect, it } from "vitest";
import { editUrlBase, PLACEHOLDER_SITE_URL, siteAddress } from "../src/lib/siteAddress";

describe("the site's address and repository", () => {
  it("uses the placeholders for local and test builds", () => {
    const address = siteAddress({});
    expect(address.siteUrl).toBe(PLACEHOLDER_SITE_URL);
    expect(address.repository).toEqual({ owner: "kunskapsbanken", name: "kunskapsbanken", branch: "main" });
    expect(address.placeholder).toBe(true);
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
