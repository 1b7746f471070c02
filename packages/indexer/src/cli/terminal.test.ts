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
    const text = "Språkvän på gymnasiet – §37, مرحبا, 日本語, 👩‍👩‍👧 \"citat\" \\ snedstreck";
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
    const line = githubAnnotation({ file: "content/practices/x.md", line: 3, field: hostile, message: `"${hostile}" är fel`, severity: "error" });
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
        data: { lastReviewed: "2020-01-01", title: "Rubrik\n::error::kapad\u001b[2J", contact: { role: "roll\u202e", organisation: "org\u0007" } },
      },
    ]);
    expect(lines).toEqual(["2020-01-01  Rubrik\\n::error::kapad\\u001b[2J", "            content/practices/x\\n.md – fråga: roll\\u202e, org\\u0007"]);
  });
});

/** A content folder with one practice whose title, summary and contact carry newlines, ESC sequences and a bidi override. */
async function hostileContent(extra: string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kb-hostile-"));
  await mkdir(join(dir, "practices"));
  const lines = practiceFileLines({ extra }).map((line) => {
    if (line.startsWith("title: ")) return String.raw`title: "Rubrik\n::error file=README.md,line=1::kapad\e[2J\e]0;fönster\a slut \u202Eabc"`;
    if (line.startsWith("summary: ")) return String.raw`summary: "Ett exempel som prövar utskriften.\n::warning::kapad"`;
    if (line.startsWith("  organisation: ")) return String.raw`  organisation: "Flens kommun\e[31m"`;
    if (line.startsWith("lastReviewed: ")) return "lastReviewed: 2020-01-15";
    return line;
  });
  await writeFile(join(dir, "practices", "exempel.md"), `${lines.join("\n")}\nText.\n`);
  return dir;
}

/** No raw control characters, and no line that a CI runner would read as a workflow command. */
function expectSafe(output: string): void {
  expect(output).not.toMatch(RAW_CONTROL);
  expect(output.split("\n").filter((line) => line.startsWith("::"))).toEqual([]);
}

describe("kb prints content values escaped", () => {
  it("kb review", async () => {
    const result = await kbRun("review", await hostileContent(), "--today", "2026-11-28");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("2020-01-15  Rubrik\\n::error file=README.md,line=1::kapad\\u001b[2J\\u001b]0;fönster\\u0007 slut \\u202eabc");
    expect(result.stdout).toContain("Flens kommun\\u001b[31m");
    expectSafe(result.stdout + result.stderr);
  });

  it("kb search, as text and as JSON", async () => {
    const dir = await hostileContent();
    const text = await kbRun("search", "rubrik", "--content", dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("1. Rubrik\\n::error file=README.md,line=1::kapad\\u001b[2J");
    expect(text.stdout).toContain("Ett exempel som prövar utskriften.\\n::warning::kapad");
    expectSafe(text.stdout + text.stderr);

    const json = await kbRun("search", "rubrik", "--content", dir, "--json");
    expect((JSON.parse(json.stdout) as { title: string }[])[0]!.title).toBe("Rubrik\n::error file=README.md,line=1::kapad\u001b[2J\u001b]0;fönster\u0007 slut \u202eabc");
    expectSafe(json.stdout);
  });

  it("kb validate quotes a wrong value escaped, as text and as GitHub annotations", async () => {
    const dir = await hostileContent([String.raw`"nyckel\n::error::kapad": 1`]);
    const file = join(dir, "practices", "exempel.md");
    const text = await kbRun("validate", dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('nyckel\\n::error::kapad: okänt fält "nyckel\\n::error::kapad"');
    expectSafe(text.stdout + text.stderr);

    const github = await kbRun("validate", dir, "--format", "github");
    expect(github.code).toBe(1);
    const lines = github.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=[^,]+,line=\d+,title=nyckel\\n%3A%3Aerror%3A%3Akapad::okänt fält/);
    expect(lines[0]).toContain(file.replace(/:/g, "%3A").slice(-30));
    expect(github.stdout).not.toMatch(RAW_CONTROL);
  });
});
