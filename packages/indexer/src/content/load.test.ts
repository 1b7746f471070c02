import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile, ContentFolderError, loadContent } from "./load.js";
import { formatProblem } from "./problem.js";
import { practiceFileLines } from "../../test/support/practice-file.js";

const fixtures = fileURLToPath(new URL("../../test/fixtures/broken", import.meta.url));

describe("loadContent on the folder of broken fixtures", async () => {
  const content = await loadContent(fixtures, fixtures);
  const lines = content.problems.map(formatProblem);

  it("reports every problem as FILE:LINE: FIELD: message, pinned", () => {
    expect(lines.filter((line) => !line.startsWith("practices/sodermanlands-lan/unsafe-body.md"))).toEqual([
      'practices/sodermanlands-lan/broken-related.md:21: related[1]: det finns inget exempel med id "finns-inte". Kontrollera stavningen mot filnamnen i content/practices',
      "practices/sodermanlands-lan/broken-yaml.md:4: fil: ett tecken saknas, ofta ett avslutande citattecken eller en hakparentes",
      'practices/sodermanlands-lan/duplicate-b.md:2: id: "duplicate-a" måste vara samma som filnamnet. Byt id till "duplicate-b" eller döp om filen till duplicate-a.md',
      'practices/sodermanlands-lan/duplicate-b.md:2: id: id "duplicate-a" används redan i practices/sodermanlands-lan/duplicate-a.md. Varje fil behöver ett eget id',
      'practices/sodermanlands-lan/list-frontmatter.md:2: fil: frontmatter ska bestå av fält på formen "namn: värde"',
      'practices/sodermanlands-lan/missing-fields.md:1: status: fältet saknas. Tillåtna värden: "pagaende", "avslutad", "planerad", "ide".',
      "practices/sodermanlands-lan/missing-fields.md:11: contact.organisation: fältet saknas men måste fyllas i",
      'practices/sodermanlands-lan/nested-errors.md:7: municipalities[1]: "stranngas" är inget tillåtet värde. Menade du "strangnas"?',
      "practices/sodermanlands-lan/nested-errors.md:15: contact.role: ser ut som ett personnamn. Skriv en roll i stället, t.ex. integrationsstrateg",
      "practices/sodermanlands-lan/nested-errors.md:19: sources[0].section: är för kort: skriv minst 3 tecken",
      'practices/sodermanlands-lan/no-frontmatter.md:1: fil: filen ska börja med en rad "---" följd av fälten (frontmatter) och en rad "---"',
      "practices/sodermanlands-lan/tab-indent.md:4: fil: raden är indragen med tabb; använd mellanslag",
      'practices/sodermanlands-lan/typo-field.md:3: titel: okänt fält "titel". Menade du "title"?',
      'practices/sodermanlands-lan/unclosed.md:1: fil: frontmatter avslutas aldrig: lägg till en rad med bara "---" efter fälten',
      'practices/sodermanlands-lan/wrong-file-name.md:2: id: "nagot-annat" måste vara samma som filnamnet. Byt id till "wrong-file-name" eller döp om filen till nagot-annat.md',
      'practices/sodermanlands-lan/wrong-types.md:6: topics: ska vara en lista, men är texten "bostad"',
      'practices/sodermanlands-lan/wrong-types.md:10: period.start: ska vara ett tal, men är texten "tvåtusensjutton"',
      "practices/sodermanlands-lan/wrong-types.md:18: asOf: ska vara en månad (ÅÅÅÅ-MM, t.ex. 2017-09) eller ett datum (ÅÅÅÅ-MM-DD, t.ex. 2017-09-12)",
    ]);
  });

  it("rejects every kind of unsafe Markdown on its own line and lets code through", () => {
    const unsafe = lines.filter((line) => line.startsWith("practices/sodermanlands-lan/unsafe-body.md"));
    expect(unsafe.map((line) => line.split(": ")[0])).toEqual([
      "practices/sodermanlands-lan/unsafe-body.md:22", // relative file link
      "practices/sodermanlands-lan/unsafe-body.md:24", // <script>
      "practices/sodermanlands-lan/unsafe-body.md:26", // <iframe>
      "practices/sodermanlands-lan/unsafe-body.md:28", // <style>
      "practices/sodermanlands-lan/unsafe-body.md:30", // image, then onerror=
      "practices/sodermanlands-lan/unsafe-body.md:32", // javascript:
      "practices/sodermanlands-lan/unsafe-body.md:34", // <Komponent />
      "practices/sodermanlands-lan/unsafe-body.md:36", // comment
      "practices/sodermanlands-lan/unsafe-body.md:38", // <div>
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
    const { problems } = checkFile("practices/sodermanlands-lan/x.md", text, validatePractice);
    expect(problems.find((p) => p.field === "sources[1].document")?.line).toBe(6);
  });

  it("accepts Windows line endings and a byte order mark", () => {
    const text = "\uFEFF---\r\nid: x\r\ntitel: y\r\n---\r\nText.\r\n";
    const { problems } = checkFile("practices/sodermanlands-lan/x.md", text, validatePractice);
    expect(problems.find((p) => p.field === "titel")?.line).toBe(3);
  });

  it("says a file that is not UTF-8 must be saved as UTF-8", () => {
    const text = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x69, 0x64, 0x3a, 0x20, 0xe5, 0x0a]).toString("utf8");
    const { problems } = checkFile("practices/sodermanlands-lan/x.md", text, validatePractice);
    expect(problems.map(formatProblem)).toEqual([
      "practices/sodermanlands-lan/x.md:2: fil: filen innehåller tecken som inte är UTF-8. Spara filen som UTF-8",
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

  it("requires a practice to sit in the folder of its first place's county, and accepts it there", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kb-layout-"));
    const file = (municipality: string) =>
      practiceFileLines().join("\n").replace("municipalities: [flen]", `municipalities: [${municipality}]`);
    await mkdir(join(dir, "practices", "sodermanlands-lan"), { recursive: true });
    await mkdir(join(dir, "practices", "skane-lan"), { recursive: true });
    await writeFile(join(dir, "practices", "exempel.md"), file("flen"));
    let content = await loadContent(dir, dir);
    expect(content.problems.map(formatProblem)).toEqual([
      "practices/exempel.md:5: municipalities: filen ska ligga i mappen practices/sodermanlands-lan/, länet där exemplets första plats ligger (varje län granskar sin mapp)",
    ]);
    await rm(join(dir, "practices", "exempel.md"));
    await writeFile(join(dir, "practices", "skane-lan", "exempel.md"), file("flen"));
    content = await loadContent(dir, dir);
    expect(content.problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual(["practices/skane-lan/exempel.md:5: municipalities"]);
    await rm(join(dir, "practices", "skane-lan", "exempel.md"));
    await writeFile(join(dir, "practices", "skane-lan", "exempel.md"), file("malmo"));
    await writeFile(join(dir, "practices", "sodermanlands-lan", "andra.md"), file("flen").replace("id: exempel", "id: andra"));
    content = await loadContent(dir, dir);
    expect(content.problems).toEqual([]);
    expect(content.practices.map((p) => p.data.id).sort()).toEqual(["andra", "exempel"]);
  });

  it("files a national programme under practices/sverige/", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kb-layout-"));
    await mkdir(join(dir, "practices", "sverige"), { recursive: true });
    const text = practiceFileLines().join("\n").replace("municipalities: [flen]", "municipalities: [sverige]");
    await writeFile(join(dir, "practices", "sverige", "exempel.md"), text);
    expect((await loadContent(dir, dir)).problems).toEqual([]);
  });
});
