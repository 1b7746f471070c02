// Content values in terminal and CI-log output: a title from a contributor's file must not
// be able to clear the screen, recolour it, reorder text or start a GitHub workflow command.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kbRun } from "../../test/support/run-kb.js";
import { practiceFileLines } from "../../test/support/practice-file.js";
import { escapeForTerminal, escapeJsonForTerminal } from "./terminal.js";
import { githubAnnotation } from "./validate.js";
import { dueLines } from "./review.js";
import { SearchIndex } from "../search/search-index.js";

/** Anything that would act on a terminal or a log viewer instead of being shown. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe("escapeForTerminal", () => {
  it.each([
    ["a newline", "Rubrik\n::error::kapad", "Rubrik\\n::error::kapad"],
    ["CR and tab", "a\rb\tc", "a\\rb\\tc"],
    ["an ESC sequence that clears the screen", "x\u001b[2Jy", "x\\u001b[2Jy"],
    ["a title-setting OSC ended by BEL", "\u001b]0;titel\u0007", "\\u001b]0;titel\\u0007"],
    ["NUL and DEL", "a\u0000b\u007f", "a\\u0000b\\u007f"],
    ["a C1 CSI", "a\u009b31mb", "a\\u009b31mb"],
    ["a right-to-left override", "abc\u202edef", "abc\\u202edef"],
    ["an isolate and a line separator", "\u2066x\u2069\u2028", "\\u2066x\\u2069\\u2028"],
  ])("shows %s visibly", (_what, text, shown) => {
    expect(escapeForTerminal(text)).toBe(shown);
  });

  it("leaves Swedish, other scripts and emoji as they are", () => {
    const text = 'Språkvän på gymnasiet – §37, مرحبا, 日本語, 👩‍👩‍👧 "citat" \\ snedstreck';
    expect(escapeForTerminal(text)).toBe(text);
  });

  it("keeps JSON readable as the same values, with nothing raw left", () => {
    const value = { title: "a\u202eb\u0085c\u2028d\u009b\u001b[2J\ne", list: ["\u007f"] };
    const json = escapeJsonForTerminal(JSON.stringify(value, null, 2));
    expect(JSON.parse(json)).toEqual(value);
    expect(json).not.toMatch(RAW_CONTROL);
    expect(json.split("\n").length).toBe(JSON.stringify(value, null, 2).split("\n").length);
  });
});

describe("githubAnnotation", () => {
  const hostile = "Rubrik\n::error file=README.md,line=1::kapad\r\n::add-mask::x\u001b[31m 100%";

  it("is always one line, so no value can start a workflow command of its own", () => {
    const line = githubAnnotation({
      file: "content/practices/x.md",
      line: 3,
      field: hostile,
      message: `"${hostile}" är fel`,
      severity: "error",
    });
    expect(line.split(/\r\n|\r|\n/)).toHaveLength(1);
    expect(line).toMatch(/^::error file=content\/practices\/x\.md,line=3,title=[^:]*::/);
    expect(line).not.toMatch(RAW_CONTROL);
    // The message is still there to read, with the newline shown and % encoded as GitHub decodes it.
    expect(line).toContain('::"Rubrik\\n::error file=README.md,line=1::kapad\\r\\n::add-mask::x\\u001b[31m 100%25" är fel');
  });

  it("encodes the separators of its properties in the file name and field", () => {
    const line = githubAnnotation({ file: "a,b:c.md", line: 1, field: "x,y:z", message: "m", severity: "warning" });
    expect(line).toBe("::warning file=a%2Cb%3Ac.md,line=1,title=x%2Cy%3Az::m");
  });
});

describe("dueLines (kb review)", () => {
  it("escapes the title, the file and the contact", () => {
    const lines = dueLines([
      {
        file: "content/practices/x\n.md",
        data: { title: "Rubrik\n::error::kapad\u001b[2J", contact: { role: "roll\u202e", organisation: "org\u0007" } },
        freshness: { latest: "2020-01" },
      },
    ]);
    expect(lines).toEqual([
      "  2020-01     Rubrik\\n::error::kapad\\u001b[2J",
      "              content/practices/x\\n.md – fråga: roll\\u202e, org\\u0007",
    ]);
  });
});

const HOSTILE_TITLE = "Rubrik\n::error file=README.md,line=1::kapad\u001b[2J\u001b]0;fönster\u0007 slut \u202eabc";
const HOSTILE_TITLE_SHOWN = String.raw`Rubrik\n::error file=README.md,line=1::kapad\u001b[2J\u001b]0;fönster\u0007 slut \u202eabc`;

/** A content folder with one practice, its lines changed by `edit`. */
async function contentWith(edit: (line: string) => string, extra: string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kb-hostile-"));
  await mkdir(join(dir, "practices"));
  await writeFile(join(dir, "practices", "exempel.md"), `${practiceFileLines({ extra }).map(edit).join("\n")}\nText.\n`);
  return dir;
}

/** No raw control characters, and no line that a CI runner would read as a workflow command. */
function expectSafe(output: string): void {
  expect(output).not.toMatch(RAW_CONTROL);
  expect(output.split("\n").filter((line) => line.startsWith("::"))).toEqual([]);
}

describe("kb prints content values escaped", () => {
  it("kb search --index on an index whose titles and summaries carry control characters, as text and as JSON", async () => {
    // Validation keeps such titles out of content/, but an index file can come from anywhere.
    const index = SearchIndex.empty();
    const document = {
      slug: "exempel",
      title: HOSTILE_TITLE,
      summary: "Ett exempel som prövar utskriften.\n::warning::kapad",
      municipalities: ["flen"],
      topics: ["mottagande"],
      targetGroups: ["nyanlanda-vuxna"],
      funding: ["egen-budget"],
      status: "pagaende",
    };
    index.add(document as unknown as Parameters<SearchIndex["add"]>[0], { title: "Rubrik", summary: "", meta: "", body: "" });
    const file = join(await mkdtemp(join(tmpdir(), "kb-hostile-")), "sokindex.json");
    await writeFile(file, JSON.stringify(await index.exportIndex()));

    const text = await kbRun("search", "rubrik", "--index", file);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`1. ${HOSTILE_TITLE_SHOWN}  [Flen]  (exempel)`);
    expect(text.stdout).toContain("Ett exempel som prövar utskriften.\\n::warning::kapad");
    expectSafe(text.stdout + text.stderr);

    const json = await kbRun("search", "rubrik", "--index", file, "--json");
    expect((JSON.parse(json.stdout) as { title: string }[])[0]!.title).toBe(HOSTILE_TITLE);
    expectSafe(json.stdout);
  });

  it("kb review refuses such a title in content and prints nothing of it raw", async () => {
    const dir = await contentWith((line) => (line.startsWith("title: ") ? `title: ${JSON.stringify(HOSTILE_TITLE)}` : line));
    const result = await kbRun("review", dir, "--today", "2030-01-01");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("fel i innehållet gör att listan kan vara ofullständig");
    expectSafe(result.stdout + result.stderr);
  });

  it("kb validate quotes a wrong value escaped, as text and as GitHub annotations", async () => {
    const dir = await contentWith((line) => line, [String.raw`"nyckel\n::error::kapad\e[2J": 1`]);
    const file = join(dir, "practices", "exempel.md");
    const text = await kbRun("validate", dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('nyckel\\n::error::kapad\\u001b[2J: okänt fält "nyckel\\n::error::kapad\\u001b[2J"');
    expectSafe(text.stdout + text.stderr);

    const github = await kbRun("validate", dir, "--format", "github");
    expect(github.code).toBe(1);
    const lines = github.stdout.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,]+,line=\d+,title=[^:]*::/);
    expect(lines).toContainEqual(
      expect.stringMatching(/,title=nyckel\\n%3A%3Aerror%3A%3Akapad\\u001b\[2J::okänt fält "nyckel\\n::error::kapad\\u001b\[2J"/),
    );
    expect(lines.every((line) => line.includes(file.replace(/:/g, "%3A").slice(-30)))).toBe(true);
    expect(github.stdout).not.toMatch(RAW_CONTROL);
  });
});
