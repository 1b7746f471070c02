// `kb new`: writes a new practice file that validates, from prompts in Swedish or from flags.
import { access, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { checkbox, input, number, select } from "@inquirer/prompts";
import {
  formatPath,
  fundingKinds,
  sourceDocuments,
  statuses,
  statusHasEnded,
  targetGroups,
  topics,
  vocabularies,
} from "@kunskapsbanken/content-schema";
import { folderOf, isoToday, isYearText, practiceId } from "@kunskapsbanken/domain";
import { ExitCode, UsageError } from "./errors.js";
import { escapeForTerminal } from "./terminal.js";
import {
  checkAnswers,
  controlCharacterProblem,
  fieldProblem,
  flagFor,
  renderPractice,
  type NewPracticeAnswers,
} from "../content/new-practice.js";

interface NewCliOptions {
  title?: string;
  summary?: string;
  municipality?: string[];
  topic?: string[];
  targetGroup?: string[];
  status?: string;
  start?: string;
  end?: string;
  funding?: string[];
  role?: string;
  organisation?: string;
  sourceDocument?: string;
  sourceSection?: string;
  id?: string;
  dir: string;
}

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean),
];

/** With a single source document there is nothing to choose; otherwise the contributor must say which. */
const onlyDocument = sourceDocuments.length === 1 ? sourceDocuments[0]!.id : undefined;

const requiredFlags: readonly (readonly [keyof NewCliOptions, string])[] = [
  ["title", "--title"],
  ["municipality", "--municipality"],
  ["topic", "--topic"],
  ["targetGroup", "--target-group"],
  ["status", "--status"],
  ["start", "--start"],
  ["funding", "--funding"],
  ["role", "--role"],
  ["organisation", "--organisation"],
  ["summary", "--summary"],
  ["sourceSection", "--source-section"],
  ...(onlyDocument ? [] : ([["sourceDocument", "--source-document"]] as const)),
];

function missingFlags(options: NewCliOptions): string[] {
  return requiredFlags.filter(([key]) => options[key] === undefined).map(([, flag]) => flag);
}

const toYear = (text: string | undefined) => (text === undefined || !isYearText(text.trim()) ? undefined : Number(text));

/** Asks for everything the flags did not give, checking each answer against the schema as it is typed. */
async function ask(options: NewCliOptions): Promise<NewPracticeAnswers> {
  // fieldProblem also refuses newlines and control characters pasted into an answer.
  const check = (data: Record<string, unknown>, path: (string | number)[]) => fieldProblem(data, path) ?? true;
  const atLeastOne = (choices: readonly unknown[]) => choices.length > 0 || "välj minst ett alternativ (mellanslag markerar)";
  const termChoices = (terms: readonly { id: string; label: string }[], chosen: string[] = []) =>
    terms.map((t) => ({ value: t.id, name: t.label, checked: chosen.includes(t.id) }));

  const title =
    options.title ??
    (await input({ message: "Rubrik (vad arbetssättet är, gärna med kommunens namn):", validate: (v) => check({ title: v }, ["title"]) }));
  const municipalities =
    options.municipality ??
    (await checkbox({
      message: "Kommun eller län (den första blir början på id:t):",
      choices: termChoices(vocabularies.municipalities),
      validate: atLeastOne,
      pageSize: 12,
    }));
  const chosenTopics =
    options.topic ?? (await checkbox({ message: "Ämnen:", choices: termChoices(topics), validate: atLeastOne, pageSize: 12 }));
  const chosenGroups =
    options.targetGroup ??
    (await checkbox({ message: "Målgrupper:", choices: termChoices(targetGroups), validate: atLeastOne, pageSize: 12 }));
  const status = options.status ?? (await select({ message: "Status:", choices: statuses.map((s) => ({ value: s.id, name: s.label })) }));
  const start =
    toYear(options.start) ??
    (await number({ message: "Startår:", required: true, validate: (v) => check({ period: { start: v } }, ["period"]) }))!;
  const end =
    toYear(options.end) ??
    (statusHasEnded(status)
      ? await number({
          message: "Slutår (lämna tomt om det inte är känt):",
          required: false,
          validate: (v) => (v === undefined ? true : check({ period: { start, end: v } }, ["period"])),
        })
      : undefined);
  const funding =
    options.funding ??
    (await checkbox({ message: "Finansiering:", choices: termChoices(fundingKinds), validate: atLeastOne, pageSize: 12 }));
  const role =
    options.role ??
    (await input({
      message: "Kontakt – en roll, inte ett namn (t.ex. integrationsstrateg):",
      validate: (v) => check({ contact: { role: v } }, ["contact", "role"]),
    }));
  const organisation =
    options.organisation ??
    (await input({
      message: "Kontakt – organisation (t.ex. Flens kommun):",
      validate: (v) => check({ contact: { organisation: v } }, ["contact", "organisation"]),
    }));
  const summary =
    options.summary ??
    (await input({ message: "Sammanfattning (en eller två meningar):", validate: (v) => check({ summary: v }, ["summary"]) }));
  const sourceDocument =
    options.sourceDocument ??
    onlyDocument ??
    (await select({
      message: "Källa – dokument:",
      choices: sourceDocuments.map((d) => ({ value: d.id, name: `${d.title} (${d.publisher} ${d.year})` })),
    }));
  const sourceSection =
    options.sourceSection ??
    (await input({
      message: 'Källa – avsnitt eller sida i dokumentet (t.ex. "Bilaga 2, Flens kommun"):',
      validate: (v) => check({ sources: [{ document: sourceDocument, section: v }] }, ["sources", 0, "section"]),
    }));
  return {
    title,
    summary,
    municipalities,
    topics: chosenTopics,
    targetGroups: chosenGroups,
    status,
    start,
    end: end ?? undefined,
    funding,
    role,
    organisation,
    sourceDocument,
    sourceSection,
  };
}

/** `targetGroup` → `--target-group`. */
const flagName = (key: string) => `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** Every flag value goes into a one-line YAML value or a path: newlines and control characters are refused. */
function rejectControlCharacters(options: NewCliOptions): void {
  const problems = Object.entries(options).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).flatMap((text) => {
      const problem = typeof text === "string" ? controlCharacterProblem(text) : undefined;
      return problem ? [`${flagName(key)} ${problem}.`] : [];
    }),
  );
  if (problems.length > 0) throw new UsageError(`${problems.length} fel i flaggorna. Ingen fil skapades.`, problems);
}

function fromFlags(options: NewCliOptions): NewPracticeAnswers {
  const start = toYear(options.start);
  if (start === undefined) throw new UsageError(`--start ska vara ett årtal med fyra siffror, t.ex. 2017, inte "${options.start}".`);
  const end = toYear(options.end);
  if (options.end !== undefined && end === undefined)
    throw new UsageError(`--end ska vara ett årtal med fyra siffror, inte "${options.end}".`);
  return {
    title: options.title!,
    summary: options.summary!,
    municipalities: options.municipality!,
    topics: options.topic!,
    targetGroups: options.targetGroup!,
    status: options.status!,
    start,
    end,
    funding: options.funding!,
    role: options.role!,
    organisation: options.organisation!,
    sourceDocument: options.sourceDocument ?? onlyDocument!,
    sourceSection: options.sourceSection!,
  };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export function registerNew(program: Command): void {
  program
    .command("new")
    .description("skapa en fil för ett nytt gott exempel; frågar efter det som inte anges med flaggor")
    .option("--title <text>", "rubrik")
    .option("--summary <text>", "sammanfattning, en eller två meningar")
    .option("--municipality <id>", "kommun eller län, t.ex. flen (kan upprepas; den första inleder id:t)", collect)
    .option("--topic <id>", "ämne, t.ex. bostad (kan upprepas)", collect)
    .option("--target-group <id>", "målgrupp, t.ex. anvisade (kan upprepas)", collect)
    .option("--status <id>", "pagaende, avslutad, planerad eller ide")
    .option("--start <år>", "startår, t.ex. 2017")
    .option("--end <år>", "slutår, om arbetet är avslutat")
    .option("--funding <id>", "finansiering, t.ex. paragraf-37 (kan upprepas)", collect)
    .option("--role <text>", "kontaktens roll, inte namn, t.ex. integrationsstrateg")
    .option("--organisation <text>", "kontaktens organisation, t.ex. Flens kommun")
    .option("--source-document <id>", `källdokument (${sourceDocuments.map((d) => d.id).join(", ")})`)
    .option("--source-section <text>", 'avsnitt i källan, t.ex. "Bilaga 2, Flens kommun"')
    .option("--id <id>", "eget id i stället för det som bildas av kommun och rubrik")
    .option("--dir <mapp>", "mappen för exemplen", join("content", folderOf("practice")))
    .action(async (options: NewCliOptions) => {
      rejectControlCharacters(options);
      const missing = missingFlags(options);
      const interactive = missing.length > 0 && Boolean(process.stdin.isTTY && process.stdout.isTTY);
      if (missing.length > 0 && !interactive) {
        throw new UsageError(`utan terminal måste alla uppgifter anges som flaggor. Saknas: ${missing.join(", ")}.`);
      }
      const answers = interactive ? await ask(options) : fromFlags(options);

      const today = isoToday();
      const id = options.id ?? practiceId(answers.title, answers.municipalities[0] ?? "");
      const problems = checkAnswers(id, answers, today);
      if (problems.length > 0) {
        // Values given as flags (or --id) that the schema refuses: the command was called wrongly.
        const lines = problems.map((problem) => {
          const flag = problem.path[0] === "id" ? "--id" : flagFor(problem.path);
          return `${flag} (${formatPath(problem.path)}): ${problem.message}`;
        });
        throw new UsageError(`${problems.length} fel. Ingen fil skapades.`, lines);
      }

      const path = join(options.dir, `${id}.md`);
      if (await exists(path)) {
        console.error(
          `kb new: filen ${escapeForTerminal(path)} finns redan och skrivs inte över. Redigera den filen, eller välj en annan rubrik eller ett eget id med --id.`,
        );
        process.exitCode = ExitCode.problems;
        return;
      }
      try {
        await mkdir(options.dir, { recursive: true });
        await writeFile(path, renderPractice(id, answers, today), { encoding: "utf8", flag: "wx" });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EEXIST") {
          console.error(`kb new: filen ${escapeForTerminal(path)} finns redan och skrivs inte över.`);
          process.exitCode = ExitCode.problems;
          return;
        }
        // A --dir that cannot be written (a file, no permission) is the caller's to fix.
        if (typeof code === "string") throw new UsageError(`kunde inte skapa ${path} (${code}). Välj en mapp du kan skriva i med --dir.`);
        throw error;
      }
      console.log(`Skapade ${escapeForTerminal(path)} (id ${escapeForTerminal(id)}).`);
      console.log("Skriv texten under rubrikerna i filen – ersätt raderna som börjar med TODO: – och kör sedan npx kb validate.");
    });
}
