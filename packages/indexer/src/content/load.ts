// Reads a content directory, validates every file and checks the files against each other.
// All problems are collected before anything fails, so a contributor sees them all at once.
import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import {
  type Collection,
  formatPath,
  validateCollection,
  validatePractice,
  validateProfile,
  type MunicipalityProfile,
  type Practice,
  type SchemaProblem,
  type ValidationResult,
} from "@kunskapsbanken/content-schema";
import { findUnsafeMarkdown } from "./markdown-safety.js";
import { findPrivateData } from "./privacy.js";
import { parseContentFile, type ParsedFile } from "./frontmatter.js";
import { BODY_FIELD, FILE_FIELD, sortProblems, type Problem } from "./problem.js";
import { crossCheck } from "./cross-checks.js";
import { TODO_MARK } from "./new-practice.js";

export interface Entry<T> {
  /** Path relative to the working directory, as shown in messages. */
  file: string;
  data: T;
  body: string;
  /** Finds the line of a frontmatter key, for checks that run after loading. */
  lineOf: ParsedFile["lineOf"];
}

export interface Content {
  practices: Entry<Practice>[];
  profiles: Entry<MunicipalityProfile>[];
  /** Practices gathered for a meeting: `content/collections/*.md`. */
  collections: Entry<Collection>[];
  problems: Problem[];
}

/** Folders inside the content directory and the schema each one holds. */
const collections = {
  practices: validatePractice,
  municipalities: validateProfile,
  collections: validateCollection,
} as const;

export async function loadContent(contentDir: string, cwd = process.cwd()): Promise<Content> {
  const problems: Problem[] = [];
  const practices = await loadFolder(join(contentDir, "practices"), collections.practices, problems, cwd);
  const profiles = await loadFolder(join(contentDir, "municipalities"), collections.municipalities, problems, cwd);
  const gathered = await loadFolder(join(contentDir, "collections"), collections.collections, problems, cwd);
  // A related id counts as existing when its file exists, even if that file has problems of its own.
  const practiceFileIds = new Set((await markdownFiles(join(contentDir, "practices"))).map((name) => basename(name, ".md")));
  problems.push(...crossCheck(practices, profiles, gathered, practiceFileIds));
  return { practices, profiles, collections: gathered, problems: sortProblems(problems) };
}

async function markdownFiles(folder: string): Promise<string[]> {
  try {
    const names = await readdir(folder);
    return names.filter((name) => name.endsWith(".md")).sort();
  } catch {
    return [];
  }
}

async function loadFolder<T>(
  folder: string,
  validate: (data: unknown) => ValidationResult<T>,
  problems: Problem[],
  cwd: string,
): Promise<Entry<T>[]> {
  const entries: Entry<T>[] = [];
  for (const name of await markdownFiles(folder)) {
    const path = join(folder, name);
    const file = relative(cwd, path) || path;
    const result = checkFile(file, await readFile(path, "utf8"), validate);
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
  }
  return entries;
}

/** Parses and validates one file's text; the entry is there only when the frontmatter is valid. */
export function checkFile<T>(
  file: string,
  text: string,
  validate: (data: unknown) => ValidationResult<T>,
): { entry?: Entry<T>; problems: Problem[] } {
  const problem = (line: number, field: string, message: string): Problem => ({ file, line, field, message, severity: "error" });
  const parsed = parseContentFile(text);
  if (!parsed.ok) return { problems: parsed.problems.map((p) => problem(p.line, FILE_FIELD, p.message)) };

  const { data, body, bodyLine, lineOf } = parsed.file;
  const problems = findUnsafeMarkdown(body).map((finding) => problem(bodyLine + finding.line - 1, BODY_FIELD, finding.message));
  problems.push(...findPrivateData(data, body, bodyLine, lineOf, BODY_FIELD).map((finding) => ({ file, ...finding })));
  problems.push(...templateLeftovers(body).map((line) => ({ ...problem(bodyLine + line - 1, BODY_FIELD, TODO_MESSAGE), severity: "warning" as const })));
  const expectedId = basename(file, ".md");
  if (typeof data.id === "string" && data.id !== expectedId) {
    problems.push(problem(lineOf(["id"]), "id", `"${data.id}" måste vara samma som filnamnet. Byt id till "${expectedId}" eller döp om filen till ${data.id}.md`));
  }
  const result = validate(data);
  if (!result.ok) {
    problems.push(...result.problems.map((p: SchemaProblem) => problem(lineOf(p.path), formatPath(p.path) || FILE_FIELD, p.message)));
    return { problems };
  }
  return { entry: { file, data: result.value, body, lineOf }, problems };
}

const TODO_MESSAGE = `mallens text står kvar: ersätt raden som börjar med ${TODO_MARK} med en egen beskrivning`;

/** Lines (1-based, within the body) where text from the `kb new` template is still waiting to be written. */
function templateLeftovers(body: string): number[] {
  return body.split(/\r?\n/).flatMap((line, index) => (line.trimStart().startsWith(TODO_MARK) ? [index + 1] : []));
}
