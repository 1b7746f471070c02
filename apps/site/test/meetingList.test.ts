import { describe, expect, it } from "vitest";
import { collectionSchema } from "@kunskapsbanken/content-schema";
import {
  LIST_BOUNDS,
  readList,
  addItem,
  emptyList,
  listPathOf,
  listToQuery,
  MAX_ITEMS,
  moveItem,
  parseList,
  removeItem,
  setField,
  setNote,
} from "../src/components/lists/meetingList";

const six = [
  "flen-sprakvanner",
  "trosa-fritidsbanken",
  "gnesta-korridorsboende-aldreboende",
  "eskilstuna-foreningsmassa",
  "nykoping-fritidsbanken",
  "vingaker-studiecirklar-aldrebostader",
];

describe("a meeting list in the URL", () => {
  it("reads ids in order, the title, notes and the meeting's details", () => {
    const list = parseList(
      "?p=flen-sprakvanner,trosa-fritidsbanken&rubrik=N%C3%A4tverksm%C3%B6te+om+bost%C3%A4der&not.trosa-fritidsbanken=Fr%C3%A5ga+om+lokalen&mote=L%C3%A4nsm%C3%B6te&datum=2027-02-03&inledning=Hej",
    );
    expect(list).toEqual({
      title: "Nätverksmöte om bostäder",
      items: [
        { id: "flen-sprakvanner", note: "" },
        { id: "trosa-fritidsbanken", note: "Fråga om lokalen" },
      ],
      event: "Länsmöte",
      date: "2027-02-03",
      introduction: "Hej",
    });
  });

  it("writes the same list back, ids readable, and reads it again unchanged", () => {
    let list = setField(emptyList(), "title", "Möte: bostäder & skola?");
    for (const id of six) list = addItem(list, id);
    list = setNote(list, "trosa-fritidsbanken", "Vad kostar det? 100 % ideellt, #fritid");
    const query = listToQuery(list);
    expect(query.startsWith(`?p=${six.join(",")}&rubrik=`)).toBe(true);
    expect(parseList(query)).toEqual(list);
    expect(listPathOf(list, { withNotes: false })).toBe(`/lista?p=${six.join(",")}&rubrik=M%C3%B6te%3A+bost%C3%A4der+%26+skola%3F`);
  });

  it("an empty list has an empty query", () => {
    expect(listToQuery(emptyList())).toBe("");
    expect(parseList("")).toEqual(emptyList());
  });

  it("drops malformed and repeated ids, and stops at the maximum", () => {
    expect(parseList("?p=flen-sprakvanner,,Flen,../x,flen-sprakvanner,trosa-fritidsbanken").items.map((item) => item.id)).toEqual([
      "flen-sprakvanner",
      "trosa-fritidsbanken",
    ]);
    const many = Array.from({ length: MAX_ITEMS + 5 }, (_, i) => `exempel-${i}`).join(",");
    expect(parseList(`?p=${many}`).items).toHaveLength(MAX_ITEMS);
  });
});

describe("editing a meeting list", () => {
  const list = six.slice(0, 3).reduce(addItem, emptyList());
  const ids = (l: typeof list) => l.items.map((item) => item.id);

  it("adds at the end, once", () => {
    expect(ids(addItem(list, "ny-praktik"))).toEqual([...six.slice(0, 3), "ny-praktik"]);
    expect(addItem(list, six[0]!)).toBe(list);
    expect(addItem(list, "Inte ett id")).toBe(list);
  });

  it("moves up and down, stopping at the ends", () => {
    expect(ids(moveItem(list, six[2]!, -1))).toEqual([six[0], six[2], six[1]]);
    expect(ids(moveItem(list, six[0]!, 1))).toEqual([six[1], six[0], six[2]]);
    expect(moveItem(list, six[0]!, -1)).toBe(list);
    expect(moveItem(list, six[2]!, 1)).toBe(list);
    expect(moveItem(list, "finns-inte", 1)).toBe(list);
  });

  it("keeps a practice's note when it moves, and removes a practice with its note", () => {
    const noted = setNote(list, six[1]!, "Viktig");
    expect(moveItem(noted, six[1]!, -1).items[0]).toEqual({ id: six[1], note: "Viktig" });
    expect(removeItem(noted, six[1]!).items).toEqual([
      { id: six[0], note: "" },
      { id: six[2], note: "" },
    ]);
  });
});

describe("what a list does not take from the URL", () => {
  it("drops values longer than the inputs take, and says which", () => {
    const { list, dropped } = readList(`?p=flen-sprakvanner&rubrik=${"a".repeat(1_000_000)}&not.flen-sprakvanner=${"b".repeat(301)}`);
    expect(list.title).toBe("");
    expect(list.items).toEqual([{ id: "flen-sprakvanner", note: "" }]);
    expect(dropped.map((d) => [d.field, d.reason, d.id])).toEqual([
      ["title", "too-long", undefined],
      ["note", "too-long", "flen-sprakvanner"],
    ]);
    expect(dropped[0]!.value.length).toBeLessThanOrEqual(201);
    const atBound = readList(`?p=flen-sprakvanner&rubrik=${encodeURIComponent("ö".repeat(LIST_BOUNDS.title))}`);
    expect(atBound.list.title).toBe("ö".repeat(LIST_BOUNDS.title));
    expect(atBound.dropped).toEqual([]);
  });

  it("drops a malformed escape instead of keeping replacement characters, and shows what was written", () => {
    const { list, dropped } = readList("?p=flen-sprakvanner&rubrik=M%C3%B6te%E0%A4%A");
    expect(list.title).toBe("");
    expect(dropped).toEqual([{ field: "title", reason: "unreadable", id: undefined, value: expect.stringContaining("Möte") }]);
  });

  it("reports malformed ids and ids beyond the maximum", () => {
    const ids = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => `exempel-${i}`);
    const { list, dropped } = readList(`?p=Flen,${ids.join(",")}`);
    expect(list.items).toHaveLength(MAX_ITEMS);
    expect(dropped).toEqual([
      { field: "id", reason: "invalid", value: "Flen" },
      { field: "id", reason: "too-many", value: `exempel-${MAX_ITEMS}` },
    ]);
  });

  it("bounds every field as the collection schema does", () => {
    const shape = collectionSchema.shape;
    expect(LIST_BOUNDS).toEqual({
      title: shape.title.maxLength,
      event: shape.event.maxLength,
      date: "ÅÅÅÅ-MM-DD".length,
      introduction: shape.introduction.maxLength,
      note: shape.practices.element.shape.note.maxLength,
    });
  });
});
