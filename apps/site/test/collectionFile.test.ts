import { describe, expect, it } from "vitest";
import { validateCollection } from "@kunskapsbanken/content-schema";
import { checkFile, formatProblem } from "@kunskapsbanken/indexer/check";
import {
  collectionFilePath,
  collectionFileText,
  collectionOf,
  collectionProblems,
  newFileUrl,
  slugOf,
  yamlString,
} from "../src/components/lists/collectionFile";
import { addItem, emptyList, setNote, type MeetingList } from "../src/components/lists/meetingList";

function meeting(): MeetingList {
  let list: MeetingList = {
    ...emptyList(),
    title: "Nätverksmöte om bostäder – våren 2027",
    event: "Länsstyrelsens nätverksmöte: bostäder",
    date: "2027-03-04",
    introduction: "Exempel att diskutera:\n hur kommunerna ordnar bostäder för nyanlända. #bostad",
  };
  const notes: Record<string, string> = {
    "gnesta-korridorsboende-aldreboende": "Fråga: hur kom samarbetet till?",
    "trosa-korridorsboende-forskola": '"Samma idé" – med en förskola',
    "strangnas-genomgangsbostader": "- fyra lokaler",
    "eskilstuna-privata-fastighetsagare": "50 % hos privata värdar",
    "strangnas-dukat-bord": "false",
    "flen-samverkan-trangboddhet": "Samverkan mot trångboddhet.\nTvå rader i rutan.",
  };
  for (const [id, note] of Object.entries(notes)) list = setNote(addItem(list, id), id, note);
  return list;
}

describe("a list as a collection file", () => {
  it("makes an id from the title", () => {
    expect(slugOf("Nätverksmöte om bostäder – våren 2027")).toBe("natverksmote-om-bostader-varen-2027");
    expect(slugOf("  Élan & Ängel  ")).toBe("elan-angel");
    expect(slugOf("x".repeat(80))).toHaveLength(60);
  });

  it("writes a file that passes the collection schema and kb validate's per-file checks, with every value intact", () => {
    const collection = collectionOf(meeting());
    const file = collectionFilePath(collection.id);
    expect(file).toBe("content/collections/natverksmote-om-bostader-varen-2027.md");
    const { entry, problems } = checkFile(file, collectionFileText(collection), validateCollection);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entry?.data).toEqual({
      ...collection,
      introduction: "Exempel att diskutera: hur kommunerna ordnar bostäder för nyanlända. #bostad",
      practices: collection.practices.map((item) =>
        item.id === "flen-samverkan-trangboddhet" ? { ...item, note: "Samverkan mot trångboddhet. Två rader i rutan." } : item,
      ),
    });
    expect(collectionProblems(collection)).toEqual([]);
  });

  it("writes plain YAML where it can, and quotes what YAML would read differently", () => {
    expect(yamlString("Fråga om lokalen")).toBe("Fråga om lokalen");
    for (const tricky of ["Fråga: hur?", "- punkt", "true", "2027", "#tagg", "a #b", '"citat"', "slut:"]) {
      expect(yamlString(tricky)).toBe(JSON.stringify(tricky));
    }
  });

  it("says what is missing before a list can become a collection", () => {
    const problems = collectionProblems(collectionOf({ ...emptyList(), title: "Kort", items: [{ id: "flen-sprakvanner", note: "" }] }));
    const paths = problems.map((p) => p.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "date", "event", "introduction", "practices.0.note"]));
  });

  it("links to GitHub's new-file page with the name and the text filled in", () => {
    const url = new URL(newFileUrl("https://github.com/org/repo/new/main/", "content/collections/x.md", "---\nid: x\n---\n"));
    expect(url.origin + url.pathname).toBe("https://github.com/org/repo/new/main");
    expect(url.searchParams.get("filename")).toBe("content/collections/x.md");
    expect(url.searchParams.get("value")).toBe("---\nid: x\n---\n");
  });
});
