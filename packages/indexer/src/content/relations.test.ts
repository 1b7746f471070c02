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

  it("similar elsewhere picks what sorting every candidate would, ties in list order, for each of 400 practices", () => {
    // A larger corpus with many ties (few topics, places and titles), against the rule written plainly.
    const topics = ["sprakvan", "civilsamhalle", "bostad", "fritid-kultur"];
    const places = ["flen", "gnesta", "trosa", "vingaker", "oxelosund"];
    const titles = ["Öppen mötesplats", "Åretruntverksamhet", "Ärendeflöde", "Zonindelning", "Arbete", "arbete", "Bostad", "bostad"];
    const many = Array.from({ length: 400 }, (_, i) =>
      practice(
        `p-${i}`,
        titles[(i * 7) % titles.length]!,
        [places[i % places.length]!, ...(i % 3 === 0 ? [places[(i + 2) % places.length]!] : [])],
        topics.filter((_, t) => ((i % 15) + 1) & (1 << t)),
        i % 5 === 0 ? [`p-${(i + 1) % 400}`] : [],
      ),
    );
    const plainly = (one: Practice) => {
      const shared = (other: Practice) => other.topics.filter((topic) => one.topics.includes(topic)).length;
      return many
        .filter(
          (o) =>
            o.id !== one.id &&
            !one.related.includes(o.id) &&
            shared(o) > 0 &&
            !o.municipalities.some((m) => one.municipalities.includes(m)),
        )
        .sort((x, y) => shared(y) - shared(x) || x.title.localeCompare(y.title, "sv"))
        .slice(0, 5)
        .map((o) => o.id);
    };
    for (const one of many)
      expect(
        similarElsewhere(one, many).map((p) => p.id),
        one.id,
      ).toEqual(plainly(one));
  });
});
