// The contribution form's logic without a browser: the file it writes passes the same
// checks as `kb validate`, each problem lands on its field, and long texts still reach GitHub.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile } from "@kunskapsbanken/indexer/check";
import { sectionGuides } from "../src/lib/contribute/sections";
import { emptyForm, emptySource, isBlank, type FormState } from "../src/lib/contribute/state";
import { readDraftState } from "../src/lib/contribute/draftState";
import { idOf, practiceData, practiceFile } from "../src/lib/contribute/practiceFile";
import { GENERAL, messagesByField } from "../src/lib/contribute/fieldProblems";
import { formFromPracticeFile, splitSections } from "../src/lib/contribute/fromPractice";
import { editFileLink, GITHUB_URL_LIMIT, issueLink, newFileLink } from "../src/lib/contribute/github";
import { issueFieldsOf } from "../src/lib/contribute/issueFields";

const headings = sectionGuides.map((guide) => guide.heading);
const today = "2026-12-01";
const repository = { owner: "lansstyrelsen", name: "kunskapsbanken", branch: "main" };

function filledForm(): FormState {
  const form = emptyForm(headings);
  return {
    ...form,
    title: "Språkvän på gymnasiet",
    summary: "Gymnasieelever blir språkvänner med nyanlända elever. Det ger fler tillfällen att tala svenska.",
    municipalities: ["strangnas"],
    topics: ["sprakvan", "skola"],
    targetGroups: ["barn-unga"],
    status: "pagaende",
    start: "2017",
    funding: ["paragraf-37"],
    role: "integrationssamordnare",
    organisation: "Strängnäs kommun",
    sources: [{ ...emptySource("document", "lansstyrelsen-sodermanland-2017"), section: "Bilaga 2, Strängnäs kommun" }],
    sections: form.sections.map((s, i) => ({ ...s, text: i < 3 ? `Text om ${s.heading.toLowerCase()} med några ord.` : "" })),
  };
}

const check = (text: string, id: string) => checkFile(`content/practices/${id}.md`, text, validatePractice);

describe("the practice file from the form", () => {
  it("forms the id from the first municipality and the title, as kb new does", () => {
    expect(idOf(filledForm())).toBe("strangnas-sprakvan-pa-gymnasiet");
    expect(idOf({ ...filledForm(), updating: "flen-sprakvanner" })).toBe("flen-sprakvanner");
  });

  it("passes the checks of kb validate when the form is filled in", () => {
    const file = practiceFile(filledForm(), today);
    // In the folder of the county of the first municipality, as kb validate wants it.
    expect(file.path).toBe("content/practices/sodermanlands-lan/strangnas-sprakvan-pa-gymnasiet.md");
    expect(check(file.text, file.id).problems).toEqual([]);
    expect(file.text).toContain("topics: [sprakvan, skola]\n");
    expect(file.text).toContain("\n## Vad är det?\n\nText om vad är det? med några ord.\n");
    expect(file.text).not.toContain("## Resultat");
  });

  it("dates the facts today unless told otherwise, and writes a confirmation only when given", () => {
    const data = practiceData(filledForm(), today);
    expect(data.asOf).toBe(today);
    expect(data.confirmed).toBeUndefined();
    const confirmed = practiceData(
      {
        ...filledForm(),
        asOf: "2024-03",
        confirmation: { confirmed: true, date: "", role: "integrationsstrateg", organisation: "Strängnäs kommun" },
      },
      today,
    );
    expect(confirmed.asOf).toBe("2024-03");
    expect(confirmed.confirmed).toEqual({ date: today, role: "integrationsstrateg", organisation: "Strängnäs kommun" });
    const file = practiceFile({ ...filledForm(), asOf: "mars 2024" }, today);
    const byField = messagesByField(check(file.text, file.id).problems, filledForm(), file.text);
    expect(byField.get("asOf")?.[0]?.message).toMatch(/ska vara en månad/);
  });

  it("writes the kind of organiser after the partners, and places outside Södermanland in their county's folder", () => {
    const form = { ...filledForm(), municipalities: ["malmo", "lund"], organiserType: "civilsamhalle" };
    const file = practiceFile(form, today);
    expect(file.path).toBe("content/practices/skane-lan/malmo-sprakvan-pa-gymnasiet.md");
    expect(file.text).toContain("municipalities: [malmo, lund]\n");
    expect(file.text).toMatch(/\norganiserType: civilsamhalle\ncontact:/);
    expect(check(file.text, file.id).problems).toEqual([]);
    expect(practiceData(filledForm(), today)).not.toHaveProperty("organiserType");
    expect(practiceFile({ ...filledForm(), municipalities: ["sverige"] }, today).path).toBe(
      "content/practices/sverige/sverige-sprakvan-pa-gymnasiet.md",
    );
  });

  it("accepts an own source with title, address and year", () => {
    const form = {
      ...filledForm(),
      sources: [{ ...emptySource("own"), title: "Strängnäs integrationsplan", url: "https://www.strangnas.se/plan.pdf", year: "2019" }],
    };
    const file = practiceFile(form, today);
    expect(check(file.text, file.id).problems).toEqual([]);
    expect(practiceData(form, today).sources).toEqual([
      { title: "Strängnäs integrationsplan", url: "https://www.strangnas.se/plan.pdf", year: 2019 },
    ]);
  });
});

describe("problems beside their fields", () => {
  function messages(form: FormState) {
    const file = practiceFile(form, today);
    return messagesByField(check(file.text, file.id).problems, form, file.text);
  }

  it("puts a missing title, a personal identity number and a script tag where they were typed", () => {
    const form = filledForm();
    form.title = "";
    form.sections[1]!.text = "Eleven 19850709-9805 deltog.";
    form.sections[2]!.text = "Steg ett.\n\n<script>alert(1)</script>";
    const byField = messages(form);
    expect(byField.get("title")?.[0]?.message).toBe("fältet saknas men måste fyllas i");
    expect(byField.get("section.1")?.[0]?.message).toMatch(/personnummer/);
    expect(byField.get("section.2")?.[0]?.message).toMatch(/<script> är inte tillåtet/);
    expect(byField.get(GENERAL)).toBeUndefined();
  });

  it("names vocabulary values by their labels, and sources by their form", () => {
    const form = {
      ...filledForm(),
      status: "",
      municipalities: [],
      sources: [{ ...emptySource("own"), title: "Plan", url: "http://x.se", year: "" }],
    };
    const byField = messages(form);
    expect(byField.get("status")?.[0]?.message).toBe("Välj en status.");
    expect(messages({ ...filledForm(), status: "pagar" }).get("status")?.[0]?.message).toContain('"Pågående"');
    expect(messages({ ...filledForm(), status: "pagar" }).get("status")?.[0]?.message).not.toContain("pagaende");
    // An empty choice is said for the control, not in the schema's words for the file.
    expect(byField.get("municipalities")?.[0]?.message).toBe("Välj minst en kommun, ett län eller hela Sverige.");
    expect(byField.get("sources.0.url")?.[0]?.message).toBe("ska vara en fullständig webbadress som börjar med https://");
    expect(byField.get("sources.0.year")?.[0]?.message).toBe("fältet saknas men måste fyllas i");
  });

  it("says what to choose when a list of choices is empty", () => {
    const byField = messages({ ...filledForm(), topics: [], targetGroups: [], funding: [] });
    expect(byField.get("topics")?.map((m) => m.message)).toEqual(["Välj minst ett ämne."]);
    expect(byField.get("targetGroups")?.map((m) => m.message)).toEqual(["Välj minst en målgrupp."]);
    expect(byField.get("funding")?.[0]?.message).toMatch(/^Välj minst en sorts finansiering/);
    const national = messages({ ...filledForm(), municipalities: ["sverige", "malmo"] });
    expect(national.get("municipalities")?.[0]?.message).toContain('"Hela Sverige"');
  });

  it("shows a start year typed as text as the schema's message, not a crash", () => {
    const byField = messages({ ...filledForm(), start: "våren 2017" });
    expect(byField.get("period.start")?.[0]?.message).toMatch(/ska vara ett tal, men är texten "våren 2017"/);
  });
});

describe("the words readers use (sokord)", () => {
  it("writes them under the summary as a list, one per line or between commas", () => {
    const file = practiceFile({ ...filledForm(), sokord: "språkkompis\n\n fika, svenskträning \n" }, today);
    expect(file.text).toContain(`summary: ${filledForm().summary}\nsokord: [språkkompis, fika, svenskträning]\nmunicipalities:`);
    expect(check(file.text, file.id).problems).toEqual([]);
  });

  it("leaves the field out when none are given", () => {
    expect(practiceFile({ ...filledForm(), sokord: " \n " }, today).text).not.toContain("sokord");
  });

  it("puts a word written twice beside the field", () => {
    const form = { ...filledForm(), sokord: "fika\nFika" };
    const file = practiceFile(form, today);
    const byField = messagesByField(check(file.text, file.id).problems, form, file.text);
    expect(byField.get("sokord")?.map((m) => m.message)).toEqual(['"Fika" står redan i listan (som "fika"): skriv varje ord en gång']);
  });

  it("reads a published practice's words into the field, one per line", async () => {
    const text = await readFile(new URL("../../../content/practices/sodermanlands-lan/flen-sprakvanner.md", import.meta.url), "utf8");
    const words = check(text, "flen-sprakvanner").entry!.data.sokord;
    expect(words.length).toBeGreaterThan(0);
    expect(formFromPracticeFile("flen-sprakvanner", text, headings)!.sokord).toBe(words.join("\n"));
  });

  it("keeps them in a draft", () => {
    const form = { ...filledForm(), sokord: "läxhjälp\nfika" };
    expect(readDraftState(JSON.stringify(form), headings)).toMatchObject({ state: { sokord: "läxhjälp\nfika" }, dropped: [] });
  });
});

describe("starting from a published practice", () => {
  it("reads flen-sprakvanner into the form and writes the same practice back", async () => {
    const text = await readFile(new URL("../../../content/practices/sodermanlands-lan/flen-sprakvanner.md", import.meta.url), "utf8");
    const form = formFromPracticeFile("flen-sprakvanner", text, headings);
    expect(form).not.toBeNull();
    expect(form!.updating).toBe("flen-sprakvanner");
    expect(form!.sections.map((s) => s.heading)).toEqual(headings);
    const again = practiceFile(form!, today);
    const original = check(text, "flen-sprakvanner").entry!;
    const written = check(again.text, "flen-sprakvanner");
    expect(written.problems).toEqual([]);
    expect(written.entry!.data).toEqual(original.data);
    expect(written.entry!.body.trim()).toBe(original.body.trim());
  });

  it("keeps headings inside fenced code as text", () => {
    expect(splitSections("## A\n\n```\n## not a heading\n```\n\n## B\n\nb").map((s) => s.heading)).toEqual(["A", "B"]);
  });
});

describe("the draft", () => {
  it("round-trips through JSON and ignores anything else", () => {
    const form = filledForm();
    expect(readDraftState(JSON.stringify(form), headings)).toEqual({ kind: "draft", state: form, touched: [], dropped: [] });
    expect(readDraftState("{not json", headings).kind).toBe("unreadable");
    expect(readDraftState("42", headings).kind).toBe("unreadable");
    const organised = { ...form, organiserType: "region" };
    expect(readDraftState(JSON.stringify(organised), headings)).toMatchObject({ state: { organiserType: "region" }, dropped: [] });
    expect(readDraftState(JSON.stringify({ ...form, organiserType: "klubb" }), headings)).toMatchObject({
      state: { organiserType: "" },
      dropped: ['Vem driver arbetet ("klubb" finns inte)'],
    });
    expect(isBlank(emptyForm(headings), headings)).toBe(true);
    expect(isBlank(form, headings)).toBe(false);
  });
});

describe("links to GitHub", () => {
  it("puts the file in the new-file page while it fits", () => {
    const file = practiceFile(filledForm(), today);
    const link = newFileLink(repository, file.path, file.text);
    expect(link.complete).toBe(true);
    const url = new URL(link.url);
    expect(url.pathname).toBe("/lansstyrelsen/kunskapsbanken/new/main/content/practices/sodermanlands-lan");
    expect(url.searchParams.get("filename")).toBe("strangnas-sprakvan-pa-gymnasiet.md");
    expect(url.searchParams.get("value")).toBe(file.text);
  });

  it("leaves the text out of an address GitHub would refuse, and says so", async () => {
    // The longest published practice, as the form would send it.
    const text = await readFile(new URL("../../../content/practices/sodermanlands-lan/flen-sprakvanner.md", import.meta.url), "utf8");
    const long = text + "\nMer text med å, ä och ö. ".repeat(200);
    const link = newFileLink(repository, "content/practices/flen-sprakvanner.md", long);
    expect(link.fullLength).toBeGreaterThan(GITHUB_URL_LIMIT);
    expect(link.complete).toBe(false);
    expect(link.url.length).toBeLessThanOrEqual(GITHUB_URL_LIMIT);
    expect(new URL(link.url).searchParams.get("value")).toBeNull();
    expect(new URL(link.url).searchParams.get("filename")).toBe("flen-sprakvanner.md");
  });

  it("sends a change to a published practice to GitHub's edit page, whose text is pasted", () => {
    expect(editFileLink(repository, "content/practices/flen-sprakvanner.md")).toBe(
      "https://github.com/lansstyrelsen/kunskapsbanken/edit/main/content/practices/flen-sprakvanner.md",
    );
  });

  it("fills the issue form by field id, dropping the file text first when too long", () => {
    const form = filledForm();
    const file = practiceFile(form, today);
    const fields = issueFieldsOf(form, file, "https://kunskapsbanken.example.se");
    const short = new URL(issueLink(repository, fields).url);
    expect(short.searchParams.get("template")).toBe("tipsa-om-ett-gott-exempel.yml");
    expect(short.searchParams.get("rubrik")).toBe("Språkvän på gymnasiet");
    expect(short.searchParams.get("kontakt")).toBe("integrationssamordnare, Strängnäs kommun");
    expect(short.searchParams.get("finansiering")).toBe("§37-medel från Länsstyrelsen");
    expect(short.searchParams.get("fil")).toBe(file.text);
    const long = issueLink(repository, { ...fields, fil: "å".repeat(3000) });
    expect(long.complete).toBe(false);
    expect(long.omitted).toEqual(["fil"]);
    expect(long.url.length).toBeLessThanOrEqual(GITHUB_URL_LIMIT);
  });
});

describe("the issue form the tip is sent to", () => {
  const template = readFile(new URL("../../../.github/ISSUE_TEMPLATE/tipsa-om-ett-gott-exempel.yml", import.meta.url), "utf8");

  it("has a field for every value the form fills in", async () => {
    const ids = [...(await template).matchAll(/^\s+id: (\S+)$/gm)].map((match) => match[1]);
    const form = filledForm();
    const filledIn = Object.keys(issueFieldsOf(form, practiceFile(form, today), "https://kunskapsbanken.example.se")).filter(
      (key) => key !== "title",
    );
    expect(ids).toEqual(expect.arrayContaining(filledIn));
  });

  it("asks for the place as text, which the form fills in with the places' names", async () => {
    expect(await template).toMatch(/- type: input\n\s+id: kommun\n/);
    const form = { ...filledForm(), municipalities: ["malmo", "lund"] };
    expect(issueFieldsOf(form, practiceFile(form, today), "https://kunskapsbanken.example.se").kommun).toBe("Malmö, Lund");
    const national = { ...filledForm(), municipalities: ["sverige"] };
    expect(issueFieldsOf(national, practiceFile(national, today), "https://kunskapsbanken.example.se").kommun).toBe("Hela Sverige");
  });
});
