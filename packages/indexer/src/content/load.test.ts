import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile, ContentFolderError, loadContent } from "./load.js";
import { formatProblem } from "./problem.js";

const fixtures = fileURLToPath(new URL("../../test/fixtures/broken", import.meta.url));

describe("loadContent on the folder of broken fixtures", async () => {
  const content = await loadContent(fixtures, fixtures);
  const lines = content.problems.map(formatProblem);

  it("reports every problem as FILE:LINE: FIELD: message, pinned", () => {
    expect(lines.filter((line) => !line.startsWith("practices/unsafe-body.md"))).toEqual([
      'practices/broken-related.md:21: related[1]: det finns inget exempel med id "finns-inte". Kontrollera stavningen mot filnamnen i content/practices',
      "practices/broken-yaml.md:4: fil: ett tecken saknas, ofta ett avslutande citattecken eller en hakparentes",
      'practices/duplicate-b.md:2: id: "duplicate-a" måste vara samma som filnamnet. Byt id till "duplicate-b" eller döp om filen till duplicate-a.md',
      'practices/duplicate-b.md:2: id: id "duplicate-a" används redan i practices/duplicate-a.md. Varje fil behöver ett eget id',
      'practices/list-frontmatter.md:2: fil: frontmatter ska bestå av fält på formen "namn: värde"',
      'practices/missing-fields.md:1: status: fältet saknas. Tillåtna värden: "pagaende", "avslutad", "planerad", "ide".',
      "practices/missing-fields.md:11: contact.organisation: fältet saknas men måste fyllas i",
      'practices/nested-errors.md:7: municipalities[1]: "stranngas" är inget tillåtet värde. Menade du "strangnas"?',
      "practices/nested-errors.md:15: contact.role: ser ut som ett personnamn. Skriv en roll i stället, t.ex. integrationsstrateg",
      "practices/nested-errors.md:19: sources[0].section: är för kort: skriv minst 3 tecken",
      'practices/no-frontmatter.md:1: fil: filen ska börja med en rad "---" följd av fälten (frontmatter) och en rad "---"',
      "practices/tab-indent.md:4: fil: raden är indragen med tabb; använd mellanslag",
      'practices/typo-field.md:3: titel: okänt fält "titel". Menade du "title"?',
      'practices/unclosed.md:1: fil: frontmatter avslutas aldrig: lägg till en rad med bara "---" efter fälten',
      'practices/wrong-file-name.md:2: id: "nagot-annat" måste vara samma som filnamnet. Byt id till "wrong-file-name" eller döp om filen till nagot-annat.md',
      'practices/wrong-types.md:6: topics: ska vara en lista, men är texten "bostad"',
      'practices/wrong-types.md:10: period.start: ska vara ett tal, men är texten "tvåtusensjutton"',
      "practices/wrong-types.md:18: asOf: ska vara en månad (ÅÅÅÅ-MM, t.ex. 2017-09) eller ett datum (ÅÅÅÅ-MM-DD, t.ex. 2017-09-12)",
    ]);
  });

  it("rejects every kind of unsafe Markdown on its own line and lets code through", () => {
    const unsafe = lines.filter((line) => line.startsWith("practices/unsafe-body.md"));
    expect(unsafe.map((line) => line.split(": ")[0])).toEqual([
      "practices/unsafe-body.md:22", // relative file link
      "practices/unsafe-body.md:24", // <script>
      "practices/unsafe-body.md:26", // <iframe>
      "practices/unsafe-body.md:28", // <style>
      "practices/unsafe-body.md:30", // image, then onerror=
      "practices/unsafe-body.md:32", // javascript:
      "practices/unsafe-body.md:34", // <Komponent />
      "practices/unsafe-body.md:36", // comment
      "practices/unsafe-body.md:38", // <div>
    ]);
    expect(unsafe[0]).toContain("länkar till filer");
    expect(unsafe[4]).toContain("bilder stöds inte");
    expect(unsafe[7]).toContain("HTML-kommentarer");
    expect(unsafe[5]).toContain("https://");
  });

  it("still loads the valid file next to the broken ones", () => {
    expect(content.practices.map((p) => p.data.id)).toContain("valid-neighbour");
  });
});

describe("checkFile", () => {
  const file = (frontmatter: string, body = "Text.") => `---\n${frontmatter}\n---\n${body}\n`;

  it("points at the line of a nested key deep in the frontmatter", () => {
    const text = file(
      [
        "id: x",
        "sources:",
        "  - document: lansstyrelsen-sodermanland-2017",
        '    section: "Bilaga 2"',
        "  - document: okand-rapport",
        '    section: "Avsnitt 1"',
      ].join("\n"),
    );
    const { problems } = checkFile("practices/x.md", text, validatePractice);
    expect(problems.find((p) => p.field === "sources[1].document")?.line).toBe(6);
  });

  it("accepts Windows line endings and a byte order mark", () => {
    const text = "\uFEFF---\r\nid: x\r\ntitel: y\r\n---\r\nText.\r\n";
    const { problems } = checkFile("practices/x.md", text, validatePractice);
    expect(problems.find((p) => p.field === "titel")?.line).toBe(3);
  });

  it("says a file that is not UTF-8 must be saved as UTF-8", () => {
    const text = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x69, 0x64, 0x3a, 0x20, 0xe5, 0x0a]).toString("utf8");
    const { problems } = checkFile("practices/x.md", text, validatePractice);
    expect(problems.map(formatProblem)).toEqual([
      "practices/x.md:2: fil: filen innehåller tecken som inte är UTF-8. Spara filen som UTF-8",
    ]);
  });
});

describe("loadContent on a folder that is not a content folder", () => {
  const contentOf = (dir: string) =>
    loadContent(dir, dir).then(
      () => "loaded",
      (error: unknown) => error,
    );

  it("rejects a folder that does not exist, naming it", async () => {
    const missing = join(tmpdir(), "kb-finns-inte", "content");
    const error = await contentOf(missing);
    expect(error).toBeInstanceOf(ContentFolderError);
    expect((error as Error).message).toMatch(new RegExp(`^innehållsmappen ${missing} finns inte\\.`));
  });

  it("rejects the practices folder itself and suggests its parent", async () => {
    const error = await contentOf(join(fixtures, "practices"));
    expect((error as Error).message).toContain(
      `${join(fixtures, "practices")} är ingen innehållsmapp: den har ingen undermapp practices/.`,
    );
    expect((error as Error).message).toContain(`Menade du ${fixtures}?`);
  });

  it("rejects a content folder without practices, and one whose practices/ has none", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kb-tom-"));
    await mkdir(join(dir, "municipalities"));
    expect(((await contentOf(dir)) as Error).message).toContain("den har ingen undermapp practices/");
    await mkdir(join(dir, "practices"));
    await writeFile(join(dir, "practices", "README.txt"), "inte ett exempel");
    expect(((await contentOf(dir)) as Error).message).toContain(`${join(dir, "practices")} har inga exempel (.md-filer)`);
  });

  it("rejects a file given as the folder", async () => {
    const file = fileURLToPath(import.meta.url);
    expect(((await contentOf(file)) as Error).message).toMatch(/ är en fil, inte en mapp\./);
  });

  it("suggests the content folder inside the one given", async () => {
    const root = await mkdtemp(join(tmpdir(), "kb-rot-"));
    await mkdir(join(root, "content", "practices"), { recursive: true });
    await writeFile(join(root, "content", "practices", "x.md"), "---\nid: x\n---\n");
    expect(((await contentOf(root)) as Error).message).toContain(`Menade du ${join(root, "content")}?`);
  });

  it("loads a content folder without municipalities/ and collections/", async () => {
    const content = await loadContent(fixtures, fixtures);
    expect(content.practices.length).toBeGreaterThan(0);
    expect(content.profiles).toEqual([]);
    expect(content.collections).toEqual([]);
  });
});
