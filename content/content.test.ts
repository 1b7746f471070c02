// Keeps the knowledge base complete and honest: every practice of the report is here,
// every fact has a source, and every municipality profile carries its figures.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { municipalities, topics, targetGroups, validateProfile } from "@kunskapsbanken/content-schema";
import { loadContent, formatProblem } from "@kunskapsbanken/indexer";
import { reportInventory, statedStartYears } from "./report-inventory.js";

const contentDir = fileURLToPath(new URL(".", import.meta.url));
const content = await loadContent(contentDir, contentDir);
const practiceIds = content.practices.map((p) => p.data.id);

describe("the content", () => {
  it("validates without problems", () => {
    expect(content.problems.map(formatProblem)).toEqual([]);
  });

  it.each(reportInventory.map((id) => [id]))("has the report's practice %s", (id) => {
    expect(practiceIds).toContain(id);
  });

  it("cites a section of a source document in every practice and profile", () => {
    for (const entry of [...content.practices, ...content.profiles]) {
      expect(entry.data.sources.length, entry.file).toBeGreaterThan(0);
      // An own source (title, address, year) may leave out the section; a known document may not.
      for (const source of entry.data.sources)
        if ("document" in source) expect(source.section.trim().length, entry.file).toBeGreaterThan(2);
    }
  });

  it("has no stub bodies: each practice says something under its own headings", () => {
    for (const practice of content.practices) {
      const words = practice.body.split(/\s+/).filter(Boolean).length;
      expect(words, `${practice.file} has only ${words} words`).toBeGreaterThanOrEqual(120);
      expect(practice.body, practice.file).toMatch(/^## /m);
    }
  });

  it("marks ideas and plans as such in status", () => {
    expect(content.practices.find((p) => p.data.id === "nykoping-medhjalpare-aldreomsorg")?.data.status).toBe("ide");
  });

  it("links practices that answer the same need in different municipalities", () => {
    const related = (id: string) => content.practices.find((p) => p.data.id === id)?.data.related ?? [];
    const buddies = [
      "flen-sprakvanner",
      "strangnas-sprakvan-gymnasiet",
      "strangnas-sprakvan-foreningsmatchning",
      "eskilstuna-sfi-foreningsmatchning",
    ];
    for (const id of buddies) expect(related(id).filter((other) => buddies.includes(other)).length, id).toBeGreaterThan(0);
    expect(related("gnesta-korridorsboende-aldreboende")).toContain("trosa-korridorsboende-forskola");
  });
});

describe("dates", () => {
  const fromReportOnly = content.practices.filter((p) =>
    p.data.sources.every((source) => "document" in source && source.document === "lansstyrelsen-sodermanland-2017"),
  );

  it("never presents a start year the report does not give as the start: it is marked startAtLatest", () => {
    const unmarkedAndUnstated = fromReportOnly
      .filter((p) => !p.data.period.startAtLatest && statedStartYears[p.data.id]?.year !== p.data.period.start)
      .map((p) => `${p.file}: start ${p.data.period.start}`);
    expect(unmarkedAndUnstated).toEqual([]);
  });

  it("does not mark a start year the report states as only 'at the latest'", () => {
    for (const [id, stated] of Object.entries(statedStartYears)) {
      const period = content.practices.find((p) => p.data.id === id)?.data.period;
      expect(period, id).toEqual(expect.objectContaining({ start: stated.year }));
      expect(period?.startAtLatest, `${id} (${stated.where})`).toBeFalsy();
    }
  });

  it("dates a practice's facts to a visit it cites: a day as-of is the day of one of those visits", () => {
    const visitOf = new Map(content.profiles.flatMap((p) => (p.data.visit ? [[p.data.title, p.data.visit.date] as const] : [])));
    for (const practice of content.practices) {
      const visits = practice.data.sources.flatMap((source) => {
        const place = "document" in source ? /^Bilaga 2, ([^(]+?)\s*(?:\(|$)/.exec(source.section)?.[1] : undefined;
        const date = place ? visitOf.get(place) : undefined;
        return date ? [date] : [];
      });
      if (visits.length > 0 && practice.data.asOf.length === 10) expect(visits, practice.file).toContain(practice.data.asOf);
    }
  });
});

describe("municipality profiles", () => {
  const profile = (id: string) => content.profiles.find((p) => p.data.id === id);
  // The report covers the nine municipalities of Södermanland; the vocabulary holds the whole country.
  const REPORT_COUNTY = "sodermanlands-lan";
  const reportMunicipalities = municipalities.filter((m) => m.county === REPORT_COUNTY);

  it.each(reportMunicipalities.map((m) => [m.id]))("%s has kommuntal for 2017 and 2018, a visit and the report's table answers", (id) => {
    const data = profile(id)?.data;
    expect(data, `content/municipalities/${id}.md is missing`).toBeDefined();
    expect(Object.keys(data!.quota)).toEqual(expect.arrayContaining(["2017", "2018"]));
    expect(data!.visit?.date).toMatch(/^2017-/);
    expect(data!.integrationStrategy).toBeDefined();
    expect(data!.keepsYouthsTurning18).toBeDefined();
  });

  it("carry the report's figures (Figur 5)", () => {
    expect(profile("nykoping")?.data.quota).toEqual({ "2017": 135, "2018": 73 });
    expect(profile("gnesta")?.data.quota).toEqual({ "2017": 36, "2018": 17 });
    expect(profile("strangnas")?.data.keepsYouthsTurning18?.answer).toBe("ja");
  });

  it("say why wherever a kommuntal of 0 is shown", () => {
    const withZero = content.profiles.filter((p) => Object.values(p.data.quota).includes(0));
    expect(withZero.map((p) => p.data.id).sort()).toEqual(["eskilstuna", "flen", "oxelosund", "vingaker"]);
    for (const profile of withZero) expect(profile.data.zeroQuotaReason, profile.file).toMatch(/\S{3,}/);
    // The report's reason for Flen, Oxelösund and Vingåker: the county board decided they need receive no one.
    for (const id of ["flen", "oxelosund", "vingaker"]) expect(profile(id)?.data.zeroQuotaReason, id).toMatch(/Länsstyrelsen beslutade/);
    // And the rule holds: the same profile without its reason is refused at the 0.
    const { zeroQuotaReason: _, ...flenWithoutReason } = profile("flen")!.data;
    const result = validateProfile(flenWithoutReason);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.path.join("."))).toContain("quota.2017");
  });

  it("the county profile's totals equal the sum of its municipalities", () => {
    const county = profile(REPORT_COUNTY)?.data;
    expect(reportMunicipalities).toHaveLength(9);
    for (const year of ["2017", "2018"]) {
      const sum = reportMunicipalities.reduce((total, m) => total + (profile(m.id)?.data.quota[year] ?? 0), 0);
      expect(county?.quota[year], year).toBe(sum);
    }
  });
});

describe("vocabulary", () => {
  it("every topic and every target group is used by at least one practice", () => {
    const usedTopics = new Set(content.practices.flatMap((p) => p.data.topics));
    const usedGroups = new Set(content.practices.flatMap((p) => p.data.targetGroups));
    expect(topics.filter((t) => !usedTopics.has(t.id)).map((t) => t.id)).toEqual([]);
    expect(targetGroups.filter((t) => !usedGroups.has(t.id)).map((t) => t.id)).toEqual([]);
  });
});
