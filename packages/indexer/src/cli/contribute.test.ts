// The contributor's commands end to end: kb new, kb validate --format github, collections, kb review.
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kbRun } from "../../test/support/run-kb.js";
import { newFlags } from "../../test/support/new-flags.js";
import { practiceFileLines } from "../../test/support/practice-file.js";

const flags = newFlags();

describe("kb new", () => {
  it("with flags writes a file that kb validate accepts, and refuses to overwrite it", async () => {
    const content = await mkdtemp(join(tmpdir(), "kb-new-"));
    const dir = join(content, "practices");
    const created = await kbRun("new", ...flags, "--dir", dir);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const file = join(dir, "strangnas-sprakvan-pa-gymnasiet.md");
    expect(created.stdout).toContain(file);

    const validated = await kbRun("validate", content);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain("Allt ser bra ut: 1 exempel");

    const before = await readFile(file, "utf8");
    await writeFile(file, before.replace("TODO: Beskriv arbetssättet", "Eleverna ses varje vecka."));
    const again = await kbRun("new", ...flags, "--dir", dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("finns redan och skrivs inte över");
    expect(await readFile(file, "utf8")).toContain("Eleverna ses varje vecka.");
  });

  it("without a terminal, names the flags that are missing", async () => {
    const result = await kbRun("new", "--title", "Språkvän på gymnasiet");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Saknas: --municipality, --topic");
  });

  it("rejects a wrong value in Swedish as a usage error (2), names the flag, and writes nothing", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "kb-new-")), "practices");
    const wrong = flags.map((value) => (value === "sprakvan,skola" ? "sprakvn" : value));
    const result = await kbRun("new", ...wrong, "--dir", dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kb new: --topic (topics[0]): "sprakvn" är inget tillåtet värde. Menade du "sprakvan"?');
    expect(result.stderr).toContain("Ingen fil skapades");
  });
});

describe("kb validate --format github", () => {
  it("prints an annotation with the file and line of each problem", async () => {
    const result = await kbRun("validate", "packages/indexer/test/fixtures/broken", "--format", "github");
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines).toContain(
      '::error file=packages/indexer/test/fixtures/broken/practices/sodermanlands-lan/typo-field.md,line=3,title=titel::okänt fält "titel". Menade du "title"?',
    );
    expect(lines).toContain(
      "::error file=packages/indexer/test/fixtures/broken/practices/sodermanlands-lan/nested-errors.md,line=15,title=contact.role::ser ut som ett personnamn. Skriv en roll i stället, t.ex. integrationsstrateg",
    );
    expect(lines.filter(Boolean).every((line) => /^::(error|warning) file=[^,]+,line=\d+,title=[^:]+::/.test(line))).toBe(true);
  });

  it("puts an unknown practice id in a collection on the line of that list item", async () => {
    const dir = "packages/indexer/test/fixtures/collections";
    const text = await kbRun("validate", dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      `${dir}/collections/okant-exempel.md:10: practices[1].id: det finns inget exempel med id "strangnas-dukat-bort"`,
    );
    const github = await kbRun("validate", dir, "--format", "github");
    expect(github.stdout).toContain(`::error file=${dir}/collections/okant-exempel.md,line=10,title=practices[1].id::`);
  });
});

describe("kb review", () => {
  /** A content folder with one practice never confirmed and one confirmed in March 2026. */
  async function reviewFolder(): Promise<string> {
    const content = await mkdtemp(join(tmpdir(), "kb-review-"));
    await mkdir(join(content, "practices"), { recursive: true });
    const file = (id: string, title: string, extra: string[]) =>
      practiceFileLines({ extra, body: ["", "Text."] })
        .map((line) => line.replace("id: exempel", `id: ${id}`).replace(/^title: .*/, `title: ${title}`))
        .join("\n");
    await writeFile(join(content, "practices", "flen-gammal.md"), `${file("flen-gammal", "Språkvänner från hösten 2017", [])}\n`);
    await writeFile(
      join(content, "practices", "flen-bekraftad.md"),
      `${file("flen-bekraftad", "Ett bekräftat exempel", ["confirmed:", "  date: 2026-03-01", "  role: integrationsstrateg", "  organisation: Flens kommun"])}\n`,
    );
    return content;
  }

  it("lists never-confirmed and stale practices apart, with whom to ask, and exits 0", async () => {
    const content = await reviewFolder();
    const result = await kbRun("review", content, "--today", "2028-06-01");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Aldrig bekräftade av organisationen, med uppgifter från före 2026-12-01 \(1\):\n {2}2017-09-06 {2}Språkvänner från hösten 2017$/m,
    );
    expect(result.stdout).toMatch(/^Bekräftade, men senast före 2026-12-01 \(1\):\n {2}2026-03-01 {2}Ett bekräftat exempel$/m);
    expect(result.stdout).toContain("flen-gammal.md – fråga: integrationsstrateg, Flens kommun");
  });

  it("leaves out what was confirmed within the age", async () => {
    const content = await reviewFolder();
    const result = await kbRun("review", content, "--today", "2026-11-29");
    expect(result.stdout).toContain("Språkvänner från hösten 2017");
    expect(result.stdout).not.toContain("Ett bekräftat exempel");
    expect(result.stdout).toContain("1 av 2 exempel behöver bekräftas: 1 har aldrig bekräftats, 0 bekräftades");
  });

  it("writes a checklist per municipality in Markdown and CSV, with the questions to answer", async () => {
    const content = await reviewFolder();
    const out = join(content, "checklistor");
    const result = await kbRun("review", content, "--today", "2028-06-01", "--checklists", out, "--site-url", "https://kb.example.se");
    expect(result.code).toBe(0);
    const markdown = await readFile(join(out, "flen.md"), "utf8");
    expect(markdown).toContain("# Att bekräfta: goda exempel från Flen");
    expect(markdown).toContain("- Sida: <https://kb.example.se/praktik/flen-gammal>");
    expect(markdown).toContain("- Status: Pågående enligt uppgifter från september 2017");
    expect(markdown).toContain("**Pågår verksamheten fortfarande?**");
    expect(markdown).toContain("**Får kontaktrollen stå kvar som den är?**");
    const csv = (await readFile(join(out, "flen.csv"), "utf8")).split("\r\n");
    expect(csv[0]).toBe(
      "\uFEFFid;Rubrik;Sida;Status;Uppgifter från;Senast bekräftad;Kontaktroll;Pågår verksamheten fortfarande?;Vad har ändrats sedan dess?;Vilka resultat finns sedan dess?;Får kontaktrollen stå kvar som den är?",
    );
    expect(csv).toHaveLength(4);
  });

  it("asks for the site's address before writing checklists", async () => {
    const result = await kbRun("review", await reviewFolder(), "--checklists", join(tmpdir(), "x"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--site-url");
  });

  it("rejects an age it cannot read", async () => {
    const result = await kbRun("review", "--older-than", "länge");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--older-than ska vara t.ex. 18m");
  });
});
