// How each command ends, as a script or CI sees it: 0 ok, 1 problems in the content,
// 2 the command was called wrongly, 3 a bug; every message in Swedish.
import { mkdir, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kbRun, type KbResult } from "../../test/support/run-kb.js";
import { newFlags } from "../../test/support/new-flags.js";

/** kb new's flags with one value replaced. */
const newWith = (flag: string, value: string) => newFlags(flag, value);

/** English words commander or Node would print, and stack traces: none may reach a contributor. */
function expectSwedishOnly(result: KbResult): void {
  expect(result.stderr).not.toMatch(
    /\berror: |\bunknown (option|command|search index)|\bmissing required|\bUnexpected token|\bENOENT\b|\n\s+at /i,
  );
  expect(result.stderr).not.toContain("ett oväntat fel");
}

describe("kb's exit codes", () => {
  it("kb --help and every command's help list them", async () => {
    for (const args of [["--help"], ["new", "--help"]]) {
      const help = await kbRun(...args);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(
        /Slutkoder:\n {2}0 {2}klart.*\n {2}1 {2}innehållet har fel.*\n {2}2 {2}fel i kommandot.*\n.*\n {2}3 {2}ett fel i kb/,
      );
    }
  });

  it.each([
    ["validate", []],
    ["build", ["--out", "node_modules/.cache/kb-test/aldrig.json"]],
    ["review", []],
  ])("kb %s on content/practices exits 2 and suggests content", async (command, rest) => {
    const result = await kbRun(command, "content/practices", ...rest);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`kb ${command}: content/practices är ingen innehållsmapp`);
    expect(result.stderr).toContain("Menade du content?");
    expect(result.stdout).not.toContain("Allt ser bra ut");
  });

  it("kb search --content with a mistyped folder exits 2 and suggests content", async () => {
    const result = await kbRun("search", "bostad", "--content", "contnet");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^kb search: innehållsmappen contnet finns inte\. Menade du content\?/);
    expect(result.stdout).toBe("");
  });

  it("an empty content folder exits 2 instead of passing with 0 practices", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kb-empty-"));
    await mkdir(join(dir, "practices"));
    const result = await kbRun("validate", dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, "practices")} har inga exempel (.md-filer)`);
    expect(result.stdout).not.toContain("Allt ser bra ut");
  });

  it("kb search --index with a file that does not exist exits 2, in Swedish", async () => {
    const result = await kbRun("search", "bostad", "--index", "saknas.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "kb search: sökindexet saknas.json finns inte. Bygg det med kb build --out saknas.json, eller sök utan --index.\n",
    );
  });

  it.each([
    [
      "JSON of another kind",
      "package.json",
      'package.json är inte ett sökindex från kb build (formatet anges inte, ska vara "kunskapsbanken-search/2")',
    ],
    ["not JSON", "README.md", "README.md är inte ett sökindex: filen är inte JSON"],
    ["a folder", "content", "kunde inte läsa sökindexet content (det är en mapp)"],
  ])("kb search --index with %s exits 2, in Swedish", async (_what, file, message) => {
    const result = await kbRun("search", "bostad", "--index", file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`kb search: ${message}`);
    expectSwedishOnly(result);
  });

  it.each([
    [["validate", "--formt", "github"], "kb validate: okänd flagga --formt. Menade du --format?"],
    [["valdate"], "kb: okänt kommando valdate. Menade du validate?"],
    [["search", "bostad", "skola"], "kb search: för många argument (högst 1)."],
    [["build"], "kb build: flaggan --out <fil> måste anges."],
    [["search", "--limit"], "kb search: flaggan --limit <antal> behöver ett värde."],
    [["search", "bostad", "--limit", "3x"], 'kb search: --limit ska vara ett positivt heltal, inte "3x".'],
    [["review", "--today", "2026-02-30"], 'kb review: --today ska vara ett datum som ÅÅÅÅ-MM-DD, inte "2026-02-30".'],
    [["validate", "--format", "xml"], 'kb validate: okänt format "xml". Välj text eller github.'],
  ])("kb %j is a usage error (2) in Swedish", async (args, message) => {
    const result = await kbRun(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expectSwedishOnly(result);
  });

  it("kb new --start 20x7 is a usage error (2) like the others, and writes nothing", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "kb-new-")), "practices");
    const result = await kbRun("new", ...newWith("--start", "20x7"), "--dir", dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('kb new: --start ska vara ett årtal med fyra siffror, t.ex. 2017, inte "20x7".\n');
    await expect(readdir(dir)).rejects.toThrow();
  });

  it.each([
    ["--title", "Rad ett\n::error::rad två", "--title får inte innehålla en radbrytning (U+000A, tecken 8)"],
    [
      "--summary",
      "Sammanfattning\u001b[2J som rensar skärmen, två meningar. Den andra.",
      "--summary får inte innehålla ett styrtecken (U+001B, tecken 15)",
    ],
    // The other characters refused (CR, tab, C1, bidi controls) are covered by new-practice.test.ts.
  ])("kb new refuses %s with a newline or control character (2), and writes nothing", async (flag, value, message) => {
    const dir = join(await mkdtemp(join(tmpdir(), "kb-new-")), "practices");
    const result = await kbRun("new", ...newWith(flag, value), "--dir", dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`kb new: ${message}`);
    expect(result.stderr).toContain("Ingen fil skapades");
    expect(result.stdout).not.toContain("Skapade");
    expect(result.stderr).not.toMatch(/[\u0007\u001b\u202e\r]/);
    await expect(readdir(dir)).rejects.toThrow();
  });

  it("content with errors is 1 for every command that reads it", async () => {
    const broken = "packages/indexer/test/fixtures/broken";
    for (const args of [
      ["validate", broken],
      ["build", broken, "--out", "node_modules/.cache/kb-test/aldrig.json"],
      ["search", "x", "--content", broken],
      ["review", broken],
    ]) {
      const result = await kbRun(...args);
      expect({ args, code: result.code }).toEqual({ args, code: 1 });
      expectSwedishOnly(result);
    }
  });
});
