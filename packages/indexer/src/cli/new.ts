// `kb new`: writes a new practice file that validates, from prompts in Swedish or from flags.
import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
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
  organiserTypes,
} from "@kunskapsbanken/content-schema";
import { findPlace, placesStartingWith, folderOf, isoToday, isYearText, practiceFolderOf, practiceId } from "@kunskapsbanken/domain";
import { ExitCode, UsageError } from "./errors.js";
import { answerFlags, type FlagValues, flagFor, missingFlags, onlyDocument, registerAnswerFlags } from "./new-flags.js";
import { escapeForTerminal } from "./terminal.js";
import { checkAnswers, controlCharacterProblem, fieldProblem, renderPractice, type NewPracticeAnswers } from "../content/new-practice.js";

/** Flag values under their answers' names, plus the flags that are not answers. */
interface NewCliOptions extends FlagValues {
  id?: string;
  dir: string;
}

/** A flag's text value (commander gives one string for a single-value flag). */
const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : value);
/** A list flag's values. */
const values = (value: string | string[] | undefined) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

/** Places given by name or id (`Malmö`, `malmo`, `Skåne län`) as ids; an unknown one is kept as typed, for the schema to answer. */
const placeIds = (given: readonly string[]) => given.map((text) => findPlace(text)?.id ?? text);

const splitList = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/** Why typed places cannot be used, naming the first unknown one and places that begin alike; undefined when all are known. */
function placesProblem(given: readonly string[]): string | undefined {
  if (given.length === 0) return "skriv minst en kommun eller ett län";
  const unknown = given.find((text) => !findPlace(text));
  if (unknown === undefined) return undefined;
  const alike = placesStartingWith(unknown.slice(0, 3), 5).map((place) => place.name);
  return `"${unknown}" är ingen kommun eller inget län${alike.length > 0 ? `. Menade du ${alike.join(", ")}?` : ""}`;
}

const toYear = (value: string | string[] | undefined) => {
  const year = text(value)?.trim();
  return year === undefined || !isYearText(year) ? undefined : Number(year);
};

/** Asks for everything the flags did not give, checking each answer against the schema as it is typed. */
async function ask(options: NewCliOptions): Promise<NewPracticeAnswers> {
  // fieldProblem also refuses newlines and control characters pasted into an answer.
  const check = (data: Record<string, unknown>, path: (string | number)[]) => fieldProblem(data, path) ?? true;
  const atLeastOne = (choices: readonly unknown[]) => choices.length > 0 || "välj minst ett alternativ (mellanslag markerar)";
  const termChoices = (terms: readonly { id: string; label: string }[], chosen: string[] = []) =>
    terms.map((t) => ({ value: t.id, name: t.label, checked: chosen.includes(t.id) }));

  const title =
    text(options.title) ??
    (await input({ message: "Rubrik (vad arbetssättet är, gärna med kommunens namn):", validate: (v) => check({ title: v }, ["title"]) }));
  const municipalities =
    (values(options.municipalities) ? placeIds(values(options.municipalities)!) : undefined) ??
    placeIds(
      splitList(
        await input({
          message: "Kommun eller län, skilj flera med komma (den första blir början på id:t; sverige för ett nationellt program):",
          validate: (v) => placesProblem(splitList(v)) ?? true,
        }),
      ),
    );
  const chosenTopics =
    values(options.topics) ?? (await checkbox({ message: "Ämnen:", choices: termChoices(topics), validate: atLeastOne, pageSize: 12 }));
  const chosenGroups =
    values(options.targetGroups) ??
    (await checkbox({ message: "Målgrupper:", choices: termChoices(targetGroups), validate: atLeastOne, pageSize: 12 }));
  const status =
    text(options.status) ?? (await select({ message: "Status:", choices: statuses.map((s) => ({ value: s.id, name: s.label })) }));
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
    values(options.funding) ??
    (await checkbox({ message: "Finansiering:", choices: termChoices(fundingKinds), validate: atLeastOne, pageSize: 12 }));
  const role =
    text(options.role) ??
    (await input({
      message: "Kontakt – en roll, inte ett namn (t.ex. integrationsstrateg):",
      validate: (v) => check({ contact: { role: v } }, ["contact", "role"]),
    }));
  const organisation =
    text(options.organisation) ??
    (await input({
      message: "Kontakt – organisation (t.ex. Flens kommun):",
      validate: (v) => check({ contact: { organisation: v } }, ["contact", "organisation"]),
    }));
  const organiserType =
    text(options.organiserType) ??
    ((await select({
      message: "Vilken sorts organisation driver arbetet?",
      choices: [...organiserTypes.map((t) => ({ value: t.id, name: t.label })), { value: "", name: "Vet inte" }],
    })) ||
      undefined);
  const summary =
    text(options.summary) ??
    (await input({ message: "Sammanfattning (en eller två meningar):", validate: (v) => check({ summary: v }, ["summary"]) }));
  const sokord =
    values(options.sokord) ??
    splitList(
      await input({
        message: "Ord som läsare använder för arbetet (valfritt, skilj med komma, t.ex. läxhjälp, fika):",
        validate: (v) => check({ sokord: splitList(v) }, ["sokord"]),
      }),
    );
  const sourceDocument =
    text(options.sourceDocument) ??
    onlyDocument ??
    (await select({
      message: "Källa – dokument:",
      choices: sourceDocuments.map((d) => ({ value: d.id, name: `${d.title} (${d.publisher} ${d.year})` })),
    }));
  const sourceSection =
    text(options.sourceSection) ??
    (await input({
      message: 'Källa – avsnitt eller sida i dokumentet (t.ex. "Bilaga 2, Flens kommun"):',
      validate: (v) => check({ sources: [{ document: sourceDocument, section: v }] }, ["sources", 0, "section"]),
    }));
  return {
    title,
    summary,
    sokord,
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
    organiserType,
  };
}

/** The flag an option came from: `targetGroups` → `--target-group`. */
const flagName = (key: string) => answerFlags.find((spec) => spec.answer === key)?.flag ?? `--${key}`;

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
  if (start === undefined) throw new UsageError(`--start ska vara ett årtal med fyra siffror, t.ex. 2017, inte "${text(options.start)}".`);
  const end = toYear(options.end);
  if (options.end !== undefined && end === undefined)
    throw new UsageError(`--end ska vara ett årtal med fyra siffror, inte "${text(options.end)}".`);
  // missingFlags has made sure every required flag is there.
  return {
    title: text(options.title)!,
    summary: text(options.summary)!,
    sokord: values(options.sokord),
    municipalities: placeIds(values(options.municipalities)!),
    organiserType: text(options.organiserType),
    topics: values(options.topics)!,
    targetGroups: values(options.targetGroups)!,
    status: text(options.status)!,
    start,
    end,
    funding: values(options.funding)!,
    role: text(options.role)!,
    organisation: text(options.organisation)!,
    sourceDocument: text(options.sourceDocument) ?? onlyDocument!,
    sourceSection: text(options.sourceSection)!,
  };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export function registerNew(program: Command): void {
  registerAnswerFlags(
    program.command("new").description("skapa en fil för ett nytt gott exempel; frågar efter det som inte anges med flaggor"),
  )
    .option("--id <id>", "eget id i stället för det som bildas av kommun och rubrik")
    .option("--dir <mapp>", "mappen för exemplen; filen hamnar i undermappen för länet", join("content", folderOf("practice")))
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

      // In the folder of the county of the first place, where validation expects it.
      const path = join(options.dir, practiceFolderOf(answers.municipalities), `${id}.md`);
      if (await exists(path)) {
        console.error(
          `kb new: filen ${escapeForTerminal(path)} finns redan och skrivs inte över. Redigera den filen, eller välj en annan rubrik eller ett eget id med --id.`,
        );
        process.exitCode = ExitCode.problems;
        return;
      }
      try {
        await mkdir(dirname(path), { recursive: true });
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
