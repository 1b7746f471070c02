import { describe, expect, it } from "vitest";
import { parseSearchState, searchStateToQuery } from "../src/components/search/urlState";

describe("search state in the URL", () => {
  it("reads q and repeated filter parameters", () => {
    const state = parseSearchState("?q=bostad&kommun=flen&kommun=trosa&amne=bostad");
    expect(state.q).toBe("bostad");
    expect(state.filters.municipality).toEqual(["flen", "trosa"]);
    expect(state.filters.topic).toEqual(["bostad"]);
    expect(state.filters.status).toEqual([]);
  });

  it("reads the county filter from lan", () => {
    const state = parseSearchState("?q=bostad&lan=skane-lan&lan=sodermanlands-lan");
    expect(state.filters.county).toEqual(["skane-lan", "sodermanlands-lan"]);
    expect(state.filters.municipality).toEqual([]);
    expect(searchStateToQuery(state)).toBe("?q=bostad&lan=skane-lan&lan=sodermanlands-lan");
  });

  it("writes the same URL back", () => {
    const query = "?q=spr%C3%A5kv%C3%A4n&kommun=flen&malgrupp=foraldrar&finansiering=paragraf-37&status=pagaende";
    expect(searchStateToQuery(parseSearchState(query))).toBe(query);
    expect(searchStateToQuery(parseSearchState(""))).toBe("");
  });
});
