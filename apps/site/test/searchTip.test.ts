// The tip link under the hits on /sok: the editors' issue form with the search filled in.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { searchTipFields, searchTipLink } from "../src/components/search/searchTip";

const repository = { owner: "lansstyrelsen", name: "kunskapsbanken", branch: "main" };
const searchUrl = "https://kunskapsbanken.example.se/sok?q=x";

describe("searchTipLink", () => {
  it("opens the tip form with the query in the title and the text, every character encoded", () => {
    const query = 'bostad & "språk" #1 50% a+b/c?d=e';
    const url = new URL(searchTipLink(repository, query, searchUrl));
    expect(`${url.origin}${url.pathname}`).toBe("https://github.com/lansstyrelsen/kunskapsbanken/issues/new");
    expect(url.searchParams.get("template")).toBe("tipsa-om-ett-gott-exempel.yml");
    expect(url.searchParams.get("title")).toBe(`Tips från sökningen: ${query}`);
    const text = url.searchParams.get("beskrivning");
    expect(text).toContain(`Jag sökte på ”${query}” i Kunskapsbanken och hittade inte det jag letade efter.`);
    expect(text).toContain(`Sökningen: ${searchUrl}`);
    // Only the fields that say something are sent.
    expect([...url.searchParams.keys()].sort()).toEqual(["beskrivning", "template", "title"]);
  });

  it("cuts a very long query, so the text is never dropped to fit the address", () => {
    const url = new URL(searchTipLink(repository, "å".repeat(5000), searchUrl));
    expect(url.searchParams.get("beskrivning")).toContain(`”${"å".repeat(200)} …”`);
    expect(url.href.length).toBeLessThan(8000);
  });

  it("still says where the tip came from when the query is empty", () => {
    const fields = searchTipFields("  ", searchUrl);
    expect(fields.title).toBe("Tips från sökningen");
    expect(fields.beskrivning).toMatch(/^Jag sökte i Kunskapsbanken och hittade inte det jag letade efter\./);
  });

  it("fills in only fields the issue form has", async () => {
    const template = await readFile(new URL("../../../.github/ISSUE_TEMPLATE/tipsa-om-ett-gott-exempel.yml", import.meta.url), "utf8");
    const ids = [...template.matchAll(/^\s+id: (\S+)$/gm)].map((match) => match[1]);
    const url = new URL(searchTipLink(repository, "bostad", searchUrl));
    for (const key of url.searchParams.keys()) if (key !== "template" && key !== "title") expect(ids).toContain(key);
  });
});
