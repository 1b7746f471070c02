import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { answerFlags, flagFor, missingFlags, registerAnswerFlags } from "./new-flags.js";

describe("kb new's flags, declared once", () => {
  it.each([
    [["title"], "--title"],
    [["municipalities", 2], "--municipality"],
    [["targetGroups"], "--target-group"],
    [["period"], "--start"],
    [["period", "start"], "--start"],
    [["period", "end"], "--end"],
    [["contact", "organisation"], "--organisation"],
    [["contact", "role"], "--role"],
    [["sources", 0, "document"], "--source-document"],
    [["sources", 0, "section"], "--source-section"],
    [["sources", 0], "--source-section"],
    [["partners"], "--partners"],
  ] as const)("a problem at %j is about %s", (path, flag) => {
    expect(flagFor(path)).toBe(flag);
  });

  it("registers every flag with commander under its answer's name, lists split on commas", () => {
    const command = registerAnswerFlags(new Command().exitOverride());
    command.parse(["--municipality", "flen,gnesta", "--municipality", "trosa", "--target-group", "barn-unga", "--title", "X"], {
      from: "user",
    });
    expect(command.opts()).toEqual({ municipalities: ["flen", "gnesta", "trosa"], targetGroups: ["barn-unga"], title: "X" });
    expect(command.options.map((option) => option.long)).toEqual(answerFlags.map((spec) => spec.flag));
  });

  it("names the required flags that are missing, never an optional one", () => {
    const missing = missingFlags({ title: "X", municipalities: ["flen"] });
    expect(missing).toContain("--summary");
    expect(missing).toContain("--start");
    expect(missing).not.toContain("--title");
    expect(missing).not.toContain("--municipality");
    expect(missing).not.toContain("--end");
  });
});
