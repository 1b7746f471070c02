// The split export: the first file alone finds practices by title and shows them; with the
// rest imported, search answers exactly as the whole index does.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../content/load.js";
import { buildSearchIndex } from "../build-index.js";
import { SearchIndex } from "./search-index.js";
import type { SerializedIndex } from "./types.js";

const contentDir = fileURLToPath(new URL("../../../../content", import.meta.url));

describe("SearchIndex.splitForFirstSearch", () => {
  let whole: SearchIndex;
  let serialized: SerializedIndex;
  beforeAll(async () => {
    const content = await loadContent(contentDir, contentDir);
    whole = buildSearchIndex(content.practices);
    serialized = await whole.exportIndex();
  }, 60_000);

  it("puts every chunk in exactly one part, titles and store first", () => {
    const { first, rest } = SearchIndex.splitForFirstSearch(serialized);
    expect(Object.keys(first.chunks).sort()).toEqual(["1.doc", "1.reg", "kb.pages", "kb.thesaurus", "text:title.1.map"]);
    expect({ ...first.chunks, ...rest.chunks }).toEqual(serialized.chunks);
    expect(first.count).toBe(serialized.count);
  });

  it("finds by title with the first part alone, then answers like the whole index", async () => {
    const { first, rest } = SearchIndex.splitForFirstSearch(serialized);
    const early = await SearchIndex.fromSerialized(first);
    const hits = early.search("fritidsbanken");
    expect(hits[0]?.slug).toBe("nykoping-fritidsbanken");
    expect(hits[0]?.summary.length).toBeGreaterThan(20);
    await early.importMore(rest);
    for (const query of ["fritidsbanken", "bostad", "språkvän", "strangnas", "Sörmlandsidrotten", "trångboddhet"]) {
      expect(early.search(query)).toEqual(whole.search(query));
    }
  });
});
