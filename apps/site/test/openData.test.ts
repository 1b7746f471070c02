import { describe, expect, it } from "vitest";
import { toAtom, toCsv, type OpenPractice } from "../src/plugins/kunskapsbanken/openData";

const practice: OpenPractice = {
  id: "flen-sprakvanner",
  title: 'Språkvänner "i grupp", Flen',
  summary: "En mening; med semikolon & <tecken>.",
  municipalities: ["flen"],
  topics: ["sprakvan", "civilsamhalle"],
  targetGroups: ["nyanlanda-vuxna"],
  status: "pagaende",
  periodStart: 2016,
  periodEnd: null,
  funding: ["kommunal"],
  lastReviewed: "2026-11-28",
  url: "https://kunskapsbanken.example.se/praktik/flen-sprakvanner",
};

describe("open data", () => {
  it("writes RFC 4180 CSV with lists joined by semicolons", () => {
    expect(toCsv([practice]).split("\r\n")[1]).toBe(
      'flen-sprakvanner,"Språkvänner ""i grupp"", Flen","En mening; med semikolon & <tecken>.","flen","sprakvan;civilsamhalle","nyanlanda-vuxna",pagaende,2016,,"kommunal",2026-11-28,https://kunskapsbanken.example.se/praktik/flen-sprakvanner',
    );
  });

  it("writes an Atom feed with escaped text", () => {
    const feed = toAtom([practice], "https://kunskapsbanken.example.se", "Kunskapsbanken");
    expect(feed).toContain("<updated>2026-11-28T00:00:00Z</updated>");
    expect(feed).toContain("<summary>En mening; med semikolon &amp; &lt;tecken&gt;.</summary>");
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://kunskapsbanken.example.se/praktik/flen-sprakvanner"/>');
  });
});
