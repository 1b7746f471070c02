import { describe, expect, it } from "vitest";
import { parseSitePath, practicePath, shortLinkPath } from "./routes.js";

describe("parseSitePath", () => {
  it("recognises pages per id and fixed pages", () => {
    expect(parseSitePath(practicePath("flen-sprakvanner"))).toEqual({ kind: "practice", id: "flen-sprakvanner" });
    expect(parseSitePath(shortLinkPath("flen-sprakvanner"))).toEqual({ kind: "shortLink", id: "flen-sprakvanner" });
    expect(parseSitePath("/kommun/flen")).toEqual({ kind: "municipality", id: "flen" });
    expect(parseSitePath("/lan")).toEqual({ kind: "page", path: "/lan" });
    expect(parseSitePath("/sok?q=bostad")).toEqual({ kind: "page", path: "/sok" });
  });

  it.each([
    "/praktik/../../package-lock.json",
    "/praktik/%2e%2e",
    "/praktik/flen-sprakvanner#vad",
    "/praktiker?q=x",
    "/praktik/",
    "/praktik/Flen",
    "/assets/files/x.json",
    "//evil.example/praktik/x",
    "/kommun/flen/extra",
  ])("refuses %s", (link) => {
    expect(parseSitePath(link)).toBeUndefined();
  });
});
