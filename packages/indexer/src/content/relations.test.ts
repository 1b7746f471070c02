import { describe, expect, it } from "vitest";
import type { Practice } from "@kunskapsbanken/content-schema";
import { practiceData } from "../../test/support/practice-data.js";
import { practicesIn, relatedPractices, similarElsewhere } from "./relations.js";

const practice = (id: string, title: string, municipalities: string[], topics: string[], related: string[] = []): Practice =>
  practiceData({ id, title, municipalities, topics, related });

const flen = practice("flen-a", "Språkvänner i Flen", ["flen"], ["sprakvan", "civilsamhalle"], ["flen-b", "saknas"]);
const all = [
  flen,
  practice("flen-b", "Annat i Flen", ["flen"], ["sprakvan"]),
  practice("gnesta-a", "Bostäder i Gnesta", ["gnesta"], ["bostad"]),
  practice("trosa-a", "Föreningsliv i Trosa", ["trosa"], ["civilsamhalle"]),
  practice("vingaker-a", "Språkvän och förening i Vingåker", ["vingaker"], ["sprakvan", "civilsamhalle"]),
  practice("delad", "Delad med Flen", ["flen", "gnesta"], ["sprakvan"]),
];

describe("relations", () => {
  it("related keeps the file's order and skips unknown ids", () => {
    expect(relatedPractices(flen, all).map((p) => p.id)).toEqual(["flen-b"]);
  });

  it("similar elsewhere: a shared topic, no shared municipality, most shared topics first", () => {
    expect(similarElsewhere(flen, all).map((p) => p.id)).toEqual(["vingaker-a", "trosa-a"]);
    expect(similarElsewhere(flen, all, 1).map((p) => p.id)).toEqual(["vingaker-a"]);
  });

  it("a place's practices, shared ones included, by title", () => {
    expect(practicesIn("flen", all).map((p) => p.id)).toEqual(["flen-b", "delad", "flen-a"]);
  });
});
