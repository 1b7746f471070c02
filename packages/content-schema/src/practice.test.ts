import { describe, expect, it } from "vitest";
import { validatePractice } from "./validate.js";
import { formatPath } from "./problems.js";

const valid = {
  id: "flen-sprakvanner",
  title: "Språkvänner i grupp",
  summary: "Nyanlända och etablerade träffas i små grupper kring en aktivitet de tycker om.",
  municipalities: ["flen"],
  topics: ["sprakvan"],
  targetGroups: ["nyanlanda-vuxna"],
  status: "pagaende",
  period: { start: 2016 },
  funding: ["egen-budget"],
  partners: ["Studieförbund"],
  contact: { role: "integrationssamordnare", organisation: "Flens kommun" },
  sources: [{ document: "lansstyrelsen-sodermanland-2017", section: "Bilaga 2, Flens kommun" }],
  asOf: "2017-09-06",
  related: ["strangnas-sprakvan-gymnasiet"],
};

/** Problems for `valid` with one field replaced, as "path: message". */
function problemsWith(field: string, value: unknown): string[] {
  const data: Record<string, unknown> = { ...valid, [field]: value };
  if (value === undefined) delete data[field];
  const result = validatePractice(data);
  return result.ok ? [] : result.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
}

describe("a valid practice", () => {
  it("passes and gets defaults for optional lists", () => {
    const result = validatePractice({ ...valid, partners: undefined, related: undefined });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.partners).toEqual([]);
      expect(result.value.figures).toEqual([]);
      expect(result.value.sokord).toEqual([]);
    }
  });
});

describe.each([
  // field, valid values, [invalid value, pinned message]
  {
    field: "id",
    good: ["flen-sprakvanner", "a1"],
    bad: [
      ["Flen_Språkvänner", "id: får bara innehålla små bokstäver a–z utan å, ä, ö, siffror och bindestreck, t.ex. flen-sprakvanner"],
      [undefined, "id: fältet saknas men måste fyllas i"],
    ],
  },
  {
    field: "title",
    good: ["Fritidsbanken", "Å".repeat(120)],
    bad: [
      ["Kort", "title: är för kort: skriv minst 5 tecken"],
      ["x".repeat(121), "title: är för långt: högst 120 tecken"],
      [42, "title: ska vara text, men är talet 42"],
    ],
  },
  {
    field: "summary",
    good: ["En mening som är lång nog att säga något.", "Första meningen, t.ex. om bostäder. Andra meningen."],
    bad: [
      ["Ett. Två meningar här. Och tre.", "summary: ska vara en eller två meningar"],
      ["för kort", "summary: är för kort: skriv minst 20 tecken"],
    ],
  },
  {
    // Everyday words readers use for the practice: plain, short, few, each once.
    field: "sokord",
    good: [[], ["läxhjälp", "fika"], ["pengar från staten", "SFI"], Array.from({ length: 15 }, (_, i) => `ord ${i + 1}`), ["x".repeat(60)]],
    bad: [
      [["läxhjälp", "Läxhjälp"], 'sokord[1]: "Läxhjälp" står redan i listan (som "läxhjälp"): skriv varje ord en gång'],
      [["fika", "grannar", "fika"], 'sokord[2]: "fika" står redan i listan: skriv varje ord en gång'],
      [["ÅTERBRUK", "återbruk"], 'sokord[1]: "återbruk" står redan i listan (som "ÅTERBRUK"): skriv varje ord en gång'],
      [["x"], "sokord[0]: är för kort: skriv minst 2 tecken"],
      [["  "], "sokord[0]: är för kort: skriv minst 2 tecken"],
      [["x".repeat(61)], "sokord[0]: är för långt: högst 60 tecken"],
      [Array.from({ length: 16 }, (_, i) => `ord ${i + 1}`), "sokord: listan får ha högst 15 värden"],
      [["<b>fika</b>"], 'sokord[0]: ska vara vanlig text utan Markdown, HTML eller länkar (tecknet "<"): skriv bara ordet, t.ex. läxhjälp'],
      [
        ["**läxhjälp**"],
        'sokord[0]: ska vara vanlig text utan Markdown, HTML eller länkar (tecknet "*"): skriv bara ordet, t.ex. läxhjälp',
      ],
      [
        ["[fika](https://example.se)"],
        'sokord[0]: ska vara vanlig text utan Markdown, HTML eller länkar (tecknet "["): skriv bara ordet, t.ex. läxhjälp',
      ],
      [
        ["se https://example.se"],
        'sokord[0]: ska vara vanlig text utan Markdown, HTML eller länkar (tecknet "https://"): skriv bara ordet, t.ex. läxhjälp',
      ],
      [["läxhjälp, fika"], "sokord[0]: får inte innehålla kommatecken: skriv varje ord eller fras som ett eget värde i listan"],
      ["läxhjälp, fika", 'sokord: ska vara en lista, men är texten "läxhjälp, fika"'],
      [[42], "sokord[0]: ska vara text, men är talet 42"],
    ],
  },
  {
    field: "municipalities",
    good: [["flen", "gnesta"], ["sodermanlands-lan"]],
    bad: [
      [[], "municipalities: listan är tom: skriv minst ett värde"],
      [["stranngas"], 'municipalities[0]: "stranngas" är inget tillåtet värde. Menade du "strangnas"?'],
      [["flen", "flen"], "municipalities: samma värde står två gånger"],
      ["flen", 'municipalities: ska vara en lista, men är texten "flen"'],
    ],
  },
  {
    field: "topics",
    good: [["bostad", "skola"]],
    bad: [[["bostader"], 'topics[0]: "bostader" är inget tillåtet värde. Menade du "bostad"?']],
  },
  {
    field: "targetGroups",
    good: [["ensamkommande"]],
    bad: [[[], "targetGroups: listan är tom: skriv minst ett värde"]],
  },
  {
    field: "status",
    good: ["pagaende", "avslutad", "planerad", "ide"],
    bad: [["klar", 'status: "klar" är inget tillåtet värde. Tillåtna värden: "pagaende", "avslutad", "planerad", "ide".']],
  },
  {
    field: "period",
    // startAtLatest: the source does not give the start year, only that it existed by then.
    good: [
      { start: 2017 },
      { start: 2016, end: 2018 },
      { start: 2017, startAtLatest: true },
      { start: 2015, startAtLatest: true, end: 2017 },
    ],
    bad: [
      [{ start: 2018, end: 2016 }, "period.end: slutåret kan inte ligga före startåret"],
      [{ start: 2017, startAtLatest: "senast" }, 'period.startAtLatest: ska vara ja eller nej (true/false), men är texten "senast"'],
      [{ start: 17 }, "period.start: måste vara minst 1990"],
      [{ start: 2017.5 }, "period.start: ska vara ett heltal, men är talet 2017.5"],
    ],
  },
  {
    field: "funding",
    good: [["paragraf-37", "egen-budget"]],
    bad: [
      [
        ["§37"],
        'funding[0]: "§37" är inget tillåtet värde. Tillåtna värden: "paragraf-37", "statsbidrag", "egen-budget", "samverkansmedel", "eu-medel", "partner", "uppgift-saknas".',
      ],
    ],
  },
  {
    field: "contact",
    good: [{ role: "enhetschef, Bostadssociala enheten", organisation: "Strängnäs kommun" }],
    bad: [
      [
        { role: "Anna Svensson", organisation: "Flens kommun" },
        "contact.role: ser ut som ett personnamn. Skriv en roll i stället, t.ex. integrationsstrateg",
      ],
      [
        { role: "socialchef", organisation: "Flens kommun", namn: "Anna" },
        'contact.namn: okänt fält "namn". Tillåtna fält här: "role", "organisation".',
      ],
      [{ roll: "socialchef", organisation: "Flens kommun" }, 'contact.roll: okänt fält "roll". Menade du "role"?'],
    ],
  },
  {
    field: "sources",
    good: [
      [{ document: "lansstyrelsen-sodermanland-2017", section: "4.3 Framgångsfaktorer", page: 12 }],
      // An own source: the municipality's report or web page, written in the practice itself.
      [{ title: "Integrationsplan 2024–2027", url: "https://www.flen.se/integrationsplan", year: 2024 }],
      [
        { document: "lansstyrelsen-sodermanland-2017", section: "Bilaga 2, Flens kommun" },
        { title: "Uppföljning av språkvänner", url: "https://www.flen.se/sprakvan.pdf", year: 2019, section: "Kapitel 3" },
      ],
    ],
    bad: [
      [[], "sources: listan är tom: skriv minst ett värde"],
      [[{ document: "lansstyrelsen-sodermanland-2017" }], "sources[0].section: fältet saknas men måste fyllas i"],
      [
        [{ document: "lansstyrelsen-sodermanland-2071", section: "Bilaga 2" }],
        'sources[0].document: "lansstyrelsen-sodermanland-2071" är inget tillåtet värde. Menade du "lansstyrelsen-sodermanland-2017"?',
      ],
      [
        [{ title: "Integrationsplan", url: "http://www.flen.se/plan", year: 2024 }],
        "sources[0].url: ska vara en fullständig webbadress som börjar med https://",
      ],
      [
        [{ title: "Integrationsplan", url: "www.flen.se/plan", year: 2024 }],
        "sources[0].url: ska vara en fullständig webbadress som börjar med https://",
      ],
      [[{ title: "Integrationsplan", url: "https://www.flen.se/plan" }], "sources[0].year: fältet saknas men måste fyllas i"],
      [[{ title: "Integrationsplan", year: 2024 }], "sources[0].url: fältet saknas men måste fyllas i"],
      [
        [{ title: "", url: "" }],
        [
          "sources[0].title: är för kort: skriv minst 3 tecken",
          "sources[0].url: ska vara en fullständig webbadress som börjar med https://",
          "sources[0].year: fältet saknas men måste fyllas i",
        ].join("\n"),
      ],
    ],
  },
  {
    field: "asOf",
    good: ["2017-09-06", "2017-09", "2024-02-29"],
    bad: [
      ["2023-02-29", "asOf: ska vara en månad (ÅÅÅÅ-MM, t.ex. 2017-09) eller ett datum (ÅÅÅÅ-MM-DD, t.ex. 2017-09-12)"],
      ["2017-13", "asOf: ska vara en månad (ÅÅÅÅ-MM, t.ex. 2017-09) eller ett datum (ÅÅÅÅ-MM-DD, t.ex. 2017-09-12)"],
      ["hösten 2017", "asOf: ska vara en månad (ÅÅÅÅ-MM, t.ex. 2017-09) eller ett datum (ÅÅÅÅ-MM-DD, t.ex. 2017-09-12)"],
    ],
  },
  {
    field: "confirmed",
    good: [{ date: "2026-11-28", role: "integrationsstrateg", organisation: "Flens kommun" }],
    bad: [
      [
        { date: "2026-11", role: "integrationsstrateg", organisation: "Flens kommun" },
        "confirmed.date: ska vara ett datum skrivet som ÅÅÅÅ-MM-DD, t.ex. 2017-09-12",
      ],
      [
        { date: "2026-11-28", role: "Anna Svensson", organisation: "Flens kommun" },
        "confirmed.role: ser ut som ett personnamn. Skriv en roll i stället, t.ex. integrationsstrateg",
      ],
      [{ date: "2026-11-28", role: "integrationsstrateg" }, "confirmed.organisation: fältet saknas men måste fyllas i"],
    ],
  },
  {
    field: "related",
    good: [[], ["nykoping-fritidsbanken"]],
    bad: [
      [
        ["Nyköping Fritidsbanken"],
        "related[0]: får bara innehålla små bokstäver a–z utan å, ä, ö, siffror och bindestreck, t.ex. flen-sprakvanner",
      ],
    ],
  },
] as { field: string; good: unknown[]; bad: [unknown, string][] }[])("field $field", ({ field, good, bad }) => {
  it.each(good.map((value) => [value]))("accepts %j", (value) => {
    expect(problemsWith(field, value)).toEqual([]);
  });
  it.each(bad)("rejects %j", (value, message) => {
    expect(problemsWith(field, value)).toEqual(message.split("\n"));
  });
});

describe("sources", () => {
  it("suggests the known key for a misspelt one in either form of source", () => {
    const messages = problemsWith("sources", [{ dokument: "lansstyrelsen-sodermanland-2017", section: "Bilaga 2" }]);
    expect(messages).toContain('sources[0].dokument: okänt fält "dokument". Menade du "document"?');
  });
});

describe("unknown fields", () => {
  it.each([
    ["titel", 'titel: okänt fält "titel". Menade du "title"?'],
    ["kommuner", 'kommuner: okänt fält "kommuner". Menade du "municipalities"?'],
    ["sumary", 'sumary: okänt fält "sumary". Menade du "summary"?'],
    ["asof", 'asof: okänt fält "asof". Menade du "asOf"?'],
    ["vardagsord", 'vardagsord: okänt fält "vardagsord". Menade du "sokord"?'],
    ["synonymer", 'synonymer: okänt fält "synonymer". Menade du "sokord"?'],
  ])("suggests the known field for %s", (key, message) => {
    const result = validatePractice({ ...valid, [key]: "x" });
    expect(result.ok ? [] : result.problems.map((p) => `${formatPath(p.path)}: ${p.message}`)).toEqual([message]);
  });

  it("lists the allowed fields when nothing is close", () => {
    const result = validatePractice({ ...valid, xyzzyplugh: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^okänt fält "xyzzyplugh"\. Tillåtna fält här: "id", "title"/);
  });
});

describe("sokord", () => {
  it("keeps the words trimmed, in the order written", () => {
    const result = validatePractice({ ...valid, sokord: [" läxhjälp ", "fika"] });
    expect(result.ok && result.value.sokord).toEqual(["läxhjälp", "fika"]);
  });
});
