// Fuzzing validation with mutated copies of the real practices: whatever a contributor
// (or a broken editor) saves, `kb validate` must answer with FILE:LINE: FIELD: message
// and never crash. Seeded, so a failure reproduces; 300 cases, a few seconds on an idle core.
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { checkFile, loadContent } from "./load.js";
import { formatProblem, type Problem } from "./problem.js";
import { seededRandom as prng, type Random } from "../../test/support/random.js";

const practicesDir = fileURLToPath(new URL("../../../../content/practices", import.meta.url));
// FUZZ_SEED=n npx vitest run src/content/fuzz.test.ts explores other cases.
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const CASES = 300;

/**
 * Time allowed per case, following the work: validation is linear in the size of the file,
 * so each case gets a base plus an allowance per kilobyte, about 50 times what a case costs
 * on an idle core. It is there to catch a hang or a blow-up (an alias bomb that expands,
 * a quadratic scan of a megabyte body), not to time the machine: two loaded cores stay far inside it.
 */
const BUDGET_BASE_MS = 1_000;
const BUDGET_PER_KB_MS = 20;
const budgetFor = (inputs: readonly { bytes: Buffer }[]) =>
  inputs.reduce((total, { bytes }) => total + BUDGET_BASE_MS + (bytes.length / 1024) * BUDGET_PER_KB_MS, 0);

const int = (r: Random, max: number) => Math.floor(r() * max);
const pick = <T>(r: Random, list: readonly T[]): T => list[int(r, list.length)]!;

const frontmatterEnd = (text: string) => Math.max(4, text.indexOf("\n---", 4));

/** Each mutation takes the bytes of a real file and returns broken bytes. */
const mutations: Record<string, (source: Buffer, r: Random) => Buffer> = {
  truncate: (b, r) => b.subarray(0, int(r, b.length)),
  "control characters": (b, r) => {
    const text = b.toString("utf8").split("");
    for (let i = 0; i < 1 + int(r, 8); i++)
      text.splice(int(r, text.length), 0, String.fromCharCode(pick(r, [0, 1, 7, 8, 11, 12, 27, 127, 0x85, 0x2028, 0x202e, 0xfeff])));
    return Buffer.from(text.join(""));
  },
  "invalid utf-8": (b, r) => {
    const copy = Buffer.from(b);
    for (let i = 0; i < 1 + int(r, 4); i++) copy[int(r, copy.length)] = pick(r, [0xff, 0xfe, 0xc3, 0x80, 0xe2, 0xf0]);
    return copy;
  },
  "broken yaml": (b, r) => {
    const text = b.toString("utf8");
    const end = frontmatterEnd(text);
    const at = 4 + int(r, end - 4);
    const edit = pick(r, [
      (t: string) => t.slice(0, at) + t.slice(at + 1), // drop one character (a colon, a quote, a bracket…)
      (t: string) =>
        `${t.slice(0, at)}${pick(r, [":", '"', "'", "[", "]", "{", "}", "- ", "\t", "&a ", "*a ", "!!binary ", "? ", "|", ">", "%", "@", "`"])}${t.slice(at)}`,
      (t: string) => t.replace(/\n {2}/, "\n\t"),
      (t: string) => {
        const lines = t.split("\n");
        const line = 1 + int(r, Math.max(1, t.slice(0, end).split("\n").length - 1));
        lines.splice(line, 0, lines[line] ?? "x: y"); // a duplicate key
        return lines.join("\n");
      },
    ]);
    return Buffer.from(edit(text));
  },
  "wrong types": (b, r) => {
    const text = b.toString("utf8");
    const keys = [...text.slice(0, frontmatterEnd(text)).matchAll(/^(\w+):/gm)].map((m) => m[1]!);
    const key = pick(r, keys.length > 0 ? keys : ["title"]);
    const value = pick(r, [
      "123",
      "-1",
      "true",
      "null",
      "~",
      "[]",
      "{}",
      "{ a: 1 }",
      "[[1, [2, [3]]]]",
      ".nan",
      "2017-13-45",
      "2017-01-01",
      "0x1F",
      "1e400",
      '""',
      "'  '",
      "[flen, flen]",
      "!!js/function 'function(){}'",
      "!!timestamp 2001-12-14",
    ]);
    return Buffer.from(text.replace(new RegExp(`^${key}:.*$`, "m"), `${key}: ${value}`));
  },
  "huge values": (b, r) => {
    const text = b.toString("utf8");
    const huge = pick(r, [
      () => text.replace(/^title:.*$/m, `title: ${"å".repeat(100_000)}`),
      () => text.replace(/^partners:.*$/m, `partners: [${Array.from({ length: 10_000 }, (_, i) => `p${i}`).join(", ")}]`),
      () => `${text}\n${"Ett ord till. ".repeat(80_000)}`,
      () => text.replace(/^summary:.*$/m, `summary: "${"x ".repeat(50_000)}"`),
      () => text.replace(/^period:/m, `period:\n  start: ${"9".repeat(400)}\nperiod_old:`),
    ]);
    return Buffer.from(huge());
  },
  "deep nesting": (b, r) => {
    const text = b.toString("utf8");
    const depth = 50 + int(r, 2000);
    const nested = pick(r, [
      () => `${"[".repeat(depth)}${"]".repeat(depth)}`,
      () => `${"{a: ".repeat(depth)}1${"}".repeat(depth)}`,
      () => `\n${Array.from({ length: Math.min(depth, 300) }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n")} x`,
    ]);
    return Buffer.from(text.replace(/^contact:.*$/m, `contact: ${nested()}`));
  },
  "alias bomb": (b) => {
    const text = b.toString("utf8");
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ].join("\n");
    return Buffer.from(text.replace(/^---\n/, `---\n${bomb}\n`));
  },
  "shuffled lines": (b, r) => {
    const lines = b.toString("utf8").split("\n");
    for (let i = 0; i < 3; i++) {
      const x = int(r, lines.length);
      const y = int(r, lines.length);
      [lines[x], lines[y]] = [lines[y]!, lines[x]!];
    }
    return Buffer.from(lines.join("\n"));
  },
  "other delimiters": (b, r) => {
    const text = b.toString("utf8");
    return Buffer.from(
      pick(r, [
        () => text.replace(/^---\n/, "---js\n"), // gray-matter would eval this: it must be refused
        () => text.replace(/^---\n/, "---json\n"),
        () => text.replace(/\n---\n/, "\n"),
        () => text.replace(/\n/g, "\r\n"),
        () => text.replace(/\n/g, "\r"),
        () => `\uFEFF${text}`,
        () => `\n${text}`,
        () => text.replace(/^---\n/, "---\n---\n"),
      ])(),
    );
  },
};

function expectWellFormed(problems: readonly Problem[], file: string, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const problem of problems) {
    expect(problem.file).toBe(file);
    expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines + 1, `line ${problem.line} of ${lines}`).toBe(true);
    expect(typeof problem.field === "string" && problem.field.length > 0).toBe(true);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(["error", "warning"]).toContain(problem.severity);
    expect(formatProblem(problem).startsWith(`${file}:${problem.line}: ${problem.field}: `)).toBe(true);
  }
}

// A crash test, not a rule's test: under mutation testing (StrykerJS sets STRYKER_MUTATOR_WORKER)
// it would run for every mutant it covers, for minutes, and kill none that the rule tests do not.
describe.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)("fuzzing validation with mutated real practices", async () => {
  // Practices sit in a folder per county: read them all.
  const names = (await readdir(practicesDir, { recursive: true })).filter((name) => name.endsWith(".md")).sort();
  const sources = await Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(practicesDir, name)) })));
  const r = prng(SEED);
  const kinds = Object.keys(mutations);
  const cases = Array.from({ length: CASES }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    const source = pick(r, sources);
    return { index: i, kind, name: source.name, bytes: mutations[kind]!(source.bytes, r) };
  });

  it("has real practices to mutate, and every kind of damage among the cases", () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(new Set(cases.map((mutated) => mutated.kind))).toEqual(new Set(kinds));
  });

  // One test per kind of damage, each with the budget of its own cases: a slow kind shows by name.
  for (const kind of kinds) {
    const ofKind = cases.filter((mutated) => mutated.kind === kind);
    it(`${kind}: checkFile never throws, locates every problem and catches the damage (${ofKind.length} cases, seed ${SEED})`, {
      timeout: budgetFor(ofKind),
    }, () => {
      let caught = 0;
      for (const mutated of ofKind) {
        const file = `content/practices/${mutated.name}`;
        const text = mutated.bytes.toString("utf8");
        let result: ReturnType<typeof checkFile> | undefined;
        expect(() => (result = checkFile(file, text, validatePractice)), `case ${mutated.index} (${kind}, ${mutated.name})`).not.toThrow();
        expectWellFormed(result!.problems, file, text);
        if (result!.problems.some((p) => p.severity === "error")) caught += 1;
      }
      // Some single mutations happen to leave a file valid, but every kind of damage is caught at least once.
      expect(caught).toBeGreaterThan(0);
    });
  }

  it("refuses ---js frontmatter instead of running it", () => {
    const text = "---js\n{ id: (() => { throw new Error('ran') })() }\n---\nText\n";
    const result = checkFile("content/practices/x.md", text, validatePractice);
    expect(result.entry).toBeUndefined();
    expect(result.problems.map((p) => p.line)).toEqual([1]);
  });

  const sample = cases.filter((_, i) => i % 10 === 0);
  it("loadContent never throws on a folder of mutated files and reports each with FILE:LINE", { timeout: budgetFor(sample) }, async () => {
    const dir = await mkdtemp(join(tmpdir(), "kb-fuzz-"));
    try {
      // Each file keeps its county folder and gets a new name.
      for (const [i, mutated] of sample.entries()) {
        const folder = join(dir, "practices", dirname(mutated.name));
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, `${i}-${basename(mutated.name)}`), mutated.bytes);
      }
      const content = await loadContent(dir, dir);
      for (const problem of content.problems) {
        expect(problem.file).toMatch(/^practices\/[\w-]+\/\d+-[\w-]+\.md$/);
        const text = (await readFile(join(dir, problem.file))).toString("utf8");
        expectWellFormed([problem], problem.file, text);
      }
      // Every mutated file is renamed, so at least each one's id no longer matches its name.
      expect(new Set(content.problems.map((p) => p.file)).size).toBe(sample.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
