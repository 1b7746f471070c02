// The flags of `kb new`, declared once: the option commander registers, the answer it fills,
// whether it is required without a terminal, and the frontmatter it ends up in (so a schema
// problem can name the flag that caused it).
import type { Command } from "commander";
import { sourceDocuments } from "@kunskapsbanken/content-schema";
import type { NewPracticeAnswers } from "../content/new-practice.js";

type ListKey = "municipalities" | "topics" | "targetGroups" | "funding";

interface FlagSpec {
  /** The flag as typed, e.g. `--target-group`. */
  flag: `--${string}`;
  /** What it takes, shown in --help: `<id>`, `<text>`, `<år>`. */
  value: string;
  help: string;
  /** The answer it fills. */
  answer: keyof NewPracticeAnswers;
  /** The first steps of the frontmatter path the answer is written to. */
  path: readonly (string | number)[];
  /** May be given more than once, or as a comma-separated list. */
  list?: boolean;
  /** Needed when there is no terminal to ask in. */
  required: boolean;
}

/** With a single source document there is nothing to choose; otherwise the contributor must say which. */
export const onlyDocument = sourceDocuments.length === 1 ? sourceDocuments[0]!.id : undefined;

const list = (answer: ListKey, flag: `--${string}`, help: string): FlagSpec => ({
  flag,
  value: "<id>",
  help,
  answer,
  path: [answer],
  list: true,
  required: true,
});

/** In the order `kb new` asks for them. */
export const answerFlags: readonly FlagSpec[] = [
  { flag: "--title", value: "<text>", help: "rubrik", answer: "title", path: ["title"], required: true },
  list(
    "municipalities",
    "--municipality",
    "kommun eller län, id eller namn, t.ex. malmo eller Malmö; sverige för ett nationellt program (kan upprepas; den första inleder id:t)",
  ),
  list("topics", "--topic", "ämne, t.ex. bostad (kan upprepas)"),
  list("targetGroups", "--target-group", "målgrupp, t.ex. anvisade (kan upprepas)"),
  { flag: "--status", value: "<id>", help: "pagaende, avslutad, planerad eller ide", answer: "status", path: ["status"], required: true },
  { flag: "--start", value: "<år>", help: "startår, t.ex. 2017", answer: "start", path: ["period", "start"], required: true },
  { flag: "--end", value: "<år>", help: "slutår, om arbetet är avslutat", answer: "end", path: ["period", "end"], required: false },
  list("funding", "--funding", "finansiering, t.ex. paragraf-37 (kan upprepas)"),
  {
    flag: "--organiser-type",
    value: "<id>",
    help: "vilken sorts organisation som driver arbetet: kommun, region, lansstyrelse, myndighet, civilsamhalle …",
    answer: "organiserType",
    path: ["organiserType"],
    required: false,
  },
  {
    flag: "--role",
    value: "<text>",
    help: "kontaktens roll, inte namn, t.ex. integrationsstrateg",
    answer: "role",
    path: ["contact", "role"],
    required: true,
  },
  {
    flag: "--organisation",
    value: "<text>",
    help: "kontaktens organisation, t.ex. Flens kommun",
    answer: "organisation",
    path: ["contact", "organisation"],
    required: true,
  },
  {
    flag: "--summary",
    value: "<text>",
    help: "sammanfattning, en eller två meningar",
    answer: "summary",
    path: ["summary"],
    required: true,
  },
  {
    flag: "--sokord",
    value: "<ord>",
    help: "ord som läsare använder för arbetet, t.ex. läxhjälp (valfritt; kan upprepas eller skiljas med komma)",
    answer: "sokord",
    path: ["sokord"],
    list: true,
    required: false,
  },
  {
    flag: "--source-section",
    value: "<text>",
    help: 'avsnitt i källan, t.ex. "Bilaga 2, Flens kommun"',
    answer: "sourceSection",
    path: ["sources", 0, "section"],
    required: true,
  },
  {
    flag: "--source-document",
    value: "<id>",
    help: `källdokument (${sourceDocuments.map((d) => d.id).join(", ")})`,
    answer: "sourceDocument",
    path: ["sources", 0, "document"],
    required: onlyDocument === undefined,
  },
];

/** What commander hands over: each answer flag under its answer's name, as text. */
export type FlagValues = Partial<Record<keyof NewPracticeAnswers, string | string[]>>;

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean),
];

/** Registers every answer flag on the command, stored under the answer's name. */
export function registerAnswerFlags(command: Command): Command {
  for (const spec of answerFlags) {
    const option = command.createOption(`${spec.flag} ${spec.value}`, spec.help);
    option.attributeName = () => spec.answer;
    if (spec.list) option.argParser(collect);
    command.addOption(option);
  }
  return command;
}

/** The required flags that were not given. */
export const missingFlags = (values: FlagValues): string[] =>
  answerFlags.filter((spec) => spec.required && values[spec.answer] === undefined).map((spec) => spec.flag);

/** How many leading steps of `path` a flag's own path shares (an index matches any index). */
function sharedSteps(spec: FlagSpec, path: readonly (string | number)[]): number {
  let shared = 0;
  while (shared < Math.min(spec.path.length, path.length)) {
    const step = spec.path[shared];
    if (step !== path[shared] && !(typeof step === "number" && typeof path[shared] === "number")) break;
    shared++;
  }
  return shared === Math.min(spec.path.length, path.length) ? shared : 0;
}

/**
 * The flag that sets the field at `path` (as the schema reports it), for error messages about
 * flags: the one whose path shares most of it, the first declared on a tie (`period` → --start).
 */
export function flagFor(path: readonly (string | number)[]): string {
  let best: FlagSpec | undefined;
  let bestShared = 0;
  for (const spec of answerFlags) {
    const shared = sharedSteps(spec, path);
    if (shared > bestShared) [best, bestShared] = [spec, shared];
  }
  return best?.flag ?? `--${String(path[0] ?? "title")}`;
}
