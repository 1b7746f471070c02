// Everything `kb new` decides without touching the disk or the terminal: the id a
// title gets, and the text of the new practice file. Kept pure so it is easy to test.
import { Document, isScalar, visit } from "yaml";
import { unsafeCharacterProblem, validatePractice, type PracticeInput, type SchemaProblem } from "@kunskapsbanken/content-schema";
/** What a contributor answers, by prompt or by flag. */
export interface NewPracticeAnswers {
  title: string;
  summary: string;
  /** Everyday words readers use for the practice (`läxhjälp`, `fika`), when the contributor gives any. */
  sokord?: string[] | undefined;
  municipalities: string[];
  topics: string[];
  targetGroups: string[];
  status: string;
  start: number;
  end?: number;
  funding: string[];
  role: string;
  organisation: string;
  sourceDocument: string;
  sourceSection: string;
  /** What kind of organisation runs it (kommun, region, myndighet …), when the contributor says. */
  organiserType?: string | undefined;
}

/** Marks text the contributor still has to write; `kb validate` warns while any is left. */
export const TODO_MARK = "TODO:";

/** The Swedish section headings used by the practices in content/practices, with what to write. */
export const bodySections: readonly { heading: string; hint: string }[] = [
  { heading: "Vad är det?", hint: "Beskriv arbetssättet i några meningar: vad görs, var och för vem." },
  { heading: "Vilket problem löser det?", hint: "Vilket behov eller vilken svårighet i mottagandet ledde till arbetet?" },
  { heading: "Så fungerar det", hint: "Beskriv stegen i en numrerad lista, så att en annan kommun kan göra likadant." },
  { heading: "Vem gör vad", hint: "Vilka förvaltningar, bolag, föreningar eller myndigheter gör vad?" },
  { heading: "Finansiering", hint: "Hur betalas arbetet, och ungefär vad kostar det om det är känt?" },
  { heading: "Resultat", hint: "Vad har arbetet gett? Skriv siffror där det finns, och säg ärligt om resultat saknas." },
  { heading: "Att tänka på om ni vill göra likadant", hint: "Råd till den som vill göra likadant: vad krävs, vad var svårt?" },
  { heading: "Källa", hint: "Var kommer uppgifterna ifrån? Samma källa som under sources i fälten ovan." },
];

/** The frontmatter of the new practice, in the order the existing files use. */
function practiceData(id: string, answers: NewPracticeAnswers, today: string): PracticeInput {
  return {
    id,
    title: answers.title.trim(),
    summary: answers.summary.trim(),
    ...(answers.sokord && answers.sokord.length > 0 ? { sokord: answers.sokord.map((word) => word.trim()) } : {}),
    municipalities: answers.municipalities,
    topics: answers.topics,
    targetGroups: answers.targetGroups,
    status: answers.status,
    period: answers.end === undefined ? { start: answers.start } : { start: answers.start, end: answers.end },
    funding: answers.funding,
    partners: [],
    ...(answers.organiserType ? { organiserType: answers.organiserType } : {}),
    contact: { role: answers.role.trim(), organisation: answers.organisation.trim() },
    sources: [{ document: answers.sourceDocument, section: answers.sourceSection.trim() }],
    asOf: today,
    related: [],
    figures: [],
  };
}

/**
 * Why `text` cannot be an answer, in Swedish, or undefined when it can: the schema's rule for
 * one-line values (a newline in a title would end the YAML value and start a field of its own).
 */
export const controlCharacterProblem = unsafeCharacterProblem;

/** Every answer with its path in the frontmatter, for checks that look at each text. */
function answerTexts(id: string, answers: NewPracticeAnswers): [path: (string | number)[], text: string][] {
  const list = (key: string, values: readonly string[]) => values.map((value, i): [(string | number)[], string] => [[key, i], value]);
  return [
    [["id"], id],
    [["title"], answers.title],
    [["summary"], answers.summary],
    ...list("sokord", answers.sokord ?? []),
    ...list("municipalities", answers.municipalities),
    ...list("topics", answers.topics),
    ...list("targetGroups", answers.targetGroups),
    [["status"], answers.status],
    ...list("funding", answers.funding),
    [["contact", "role"], answers.role],
    [["contact", "organisation"], answers.organisation],
    [["sources", 0, "document"], answers.sourceDocument],
    [["sources", 0, "section"], answers.sourceSection],
  ];
}

/** Problems in the answers, before anything is written: control characters first, then what the schema finds. */
export function checkAnswers(id: string, answers: NewPracticeAnswers, today: string): SchemaProblem[] {
  const unreadable = answerTexts(id, answers).flatMap(([path, text]) => {
    const message = controlCharacterProblem(text);
    return message ? [{ path, message }] : [];
  });
  if (unreadable.length > 0) return unreadable;
  const result = validatePractice(practiceData(id, answers, today));
  return result.ok ? [] : result.problems;
}

/**
 * A practice file's text: frontmatter in the house style (keys in the schema's order, short
 * lists of plain values on one line, `topics: [bostad, skola]`) and the Markdown body.
 * `kb new` and the contribution form on /bidra both write files with it.
 */
export function practiceFileText(data: Record<string, unknown>, body: string): string {
  const document = new Document(data);
  visit(document, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${body ? `\n${body}` : ""}`;
}

/** The whole file: the answers as frontmatter and the body template, every section waiting for text. */
export function renderPractice(id: string, answers: NewPracticeAnswers, today: string): string {
  const data = practiceData(id, answers, today);
  const body = bodySections.map(({ heading, hint }) => `## ${heading}\n\n${TODO_MARK} ${hint}\n`).join("\n");
  return practiceFileText(data as unknown as Record<string, unknown>, body);
}

/** Today's date as YYYY-MM-DD in local time: a new practice's facts are as of the day it is written. */

/** The first problem the schema finds at `path` (e.g. `["contact", "role"]`) in a partial practice, if any. */
export function fieldProblem(data: Record<string, unknown>, path: readonly (string | number)[]): string | undefined {
  let value: unknown = data;
  for (const step of path) value = (value as Record<string | number, unknown> | undefined)?.[step];
  if (typeof value === "string" && controlCharacterProblem(value)) return controlCharacterProblem(value);
  const result = validatePractice(data);
  if (result.ok) return undefined;
  const found = result.problems.find((problem) => path.every((step, index) => problem.path[index] === step));
  return found?.message;
}
