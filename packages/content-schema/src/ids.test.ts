import { describe, expect, it } from "vitest";
import { isId, MAX_ID_LENGTH, slugify } from "./ids.js";

describe("what an id is", () => {
  it.each(["flen", "flen-sprakvanner", "a1-b2", "2017", "x".repeat(MAX_ID_LENGTH)])("accepts %s", (id) => expect(isId(id)).toBe(true));
  it.each(["Flen", "flen--x", "-flen", "flen-", "strängnäs", "a b", "flen/../x", "flen_x", "", "x".repeat(MAX_ID_LENGTH + 1)])(
    "refuses %j",
    (id) => expect(isId(id)).toBe(false),
  );

  it("folds names to ids: Swedish letters folded, everything else one hyphen, none at the ends", () => {
    expect(slugify("Språkvän på gymnasiet")).toBe("sprakvan-pa-gymnasiet");
    expect(slugify("  Öppen förskola – för alla! ")).toBe("oppen-forskola-for-alla");
    expect(slugify("Malung-Sälen")).toBe("malung-salen");
    expect(slugify("Upplands Väsby")).toBe("upplands-vasby");
    expect(slugify("§37")).toBe("37");
    expect(slugify("!!!")).toBe("");
  });
});
