// Reads a content directory, validates every file and checks the files against each other.
// All problems are collected before anything fails, so a contributor sees them all at once.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import {
  type Collection,
  validateCollection,
  validatePractice,
  validateProfile,
  type MunicipalityProfile,
  type Practice,
  type ValidationResult,
} from "@kunskapsbanken/content-schema";
import {
  type ContentFolder,
  type ContentKind,
  contentFolderOf as folderOfPath,
  contentFolders as folders,
  folderOf,
  practiceFilePath,
} from "@kunskapsbanken/domain";
import { sortProblems, type Problem } from "./problem.js";
import { crossCheck } from "./cross-checks.js";
import { checkFile } from "./check-file.js";
import type { Entry } from "./entry.js";

export { checkFile };
export type { Entry };

export interface Content {
  practices: Entry<Practice>[];
  profiles: Entry<MunicipalityProfile>[];
  /** Practices gathered for a meeting: `content/collections/*.md`. */
  collections: Entry<Collection>[];
  problems: Problem[];
}

/** The schema that checks each kind of content file (the folders themselves are the domain's layout). */
const validators = {
  practice: validatePractice,
  profile: validateProfile,
  collection: validateCollection,
} as const;

/** The folder a path inside the content directory (`practices/x.md`) belongs to, with the kind of file it holds and its schema. */
export function contentFolderOf(
  pathInContent: string,
): { kind: ContentKind; validate: (data: unknown) => ValidationResult<unknown> } | undefined {
  const folder = folderOfPath(pathInContent);
  return folder === undefined ? undefined : { kind: folders[folder], validate: validators[folders[folder]] };
}

const PRACTICES = folderOf("practice");

export async function loadContent(contentDir: string, cwd = process.cwd()): Promise<Content> {
  await checkContentFolder(contentDir);
  const problems: Problem[] = [];
  const load = <T>(folder: ContentFolder, validate: (data: unknown) => ValidationResult<T>) =>
    loadFolder(join(contentDir, folder), validate, problems, cwd);
  const practices = await load("practices", validatePractice);
  problems.push(...practices.flatMap((entry) => misplaced(entry, contentDir, cwd)));
  const profiles = await load("municipalities", validateProfile);
  const gathered = await load("collections", validateCollection);
  // A related id counts as existing when its file exists, even if that file has problems of its own.
  const practiceFileIds = new Set((await markdownFiles(join(contentDir, PRACTICES))).map((name) => basename(name, ".md")));
  problems.push(...crossCheck(practices, profiles, gathered, practiceFileIds));
  return { practices, profiles, collections: gathered, problems: sortProblems(problems) };
}

/**
 * The content folder is missing, is not a folder, or holds no practices: a mistyped path
 * or KB_CONTENT_DIR. Thrown before anything is checked, so that a wrong folder never
 * passes as "0 practices, all fine". The message is Swedish and names the folder.
 */
export class ContentFolderError extends Error {
  override name = "ContentFolderError";
  constructor(
    message: string,
    /** The folder as it was given. */
    readonly folder: string,
  ) {
    super(message);
  }
}

const WHAT_A_CONTENT_FOLDER_IS = `Innehållsmappen är den med undermappen ${PRACTICES}/, t.ex. content i projektets rotmapp.`;

/** Throws a ContentFolderError unless `contentDir` is a folder with at least one practice in its practices folder. */
async function checkContentFolder(contentDir: string): Promise<void> {
  const practices = join(contentDir, PRACTICES);
  let wrong: string | undefined;
  const kind = await kindOf(contentDir);
  if (kind === "missing") wrong = `innehållsmappen ${contentDir} finns inte.`;
  else if (kind === "file") wrong = `${contentDir} är en fil, inte en mapp.`;
  else if ((await kindOf(practices)) !== "folder") wrong = `${contentDir} är ingen innehållsmapp: den har ingen undermapp ${PRACTICES}/.`;
  else if ((await markdownFiles(practices)).length === 0)
    wrong = `${contentDir} är ingen innehållsmapp: ${practices} har inga exempel (.md-filer).`;
  if (wrong === undefined) return;
  const better = await suggestFolder(contentDir);
  throw new ContentFolderError(
    [wrong, better ? `Menade du ${better}?` : "", WHAT_A_CONTENT_FOLDER_IS].filter(Boolean).join(" "),
    contentDir,
  );
}

/**
 * A content folder near the one given, for the message: the parent of `content/practices`
 * (or of a folder of .md files), `DIR/content`, or a sibling such as `content` for `contnet`.
 */
async function suggestFolder(contentDir: string): Promise<string | undefined> {
  const parent = dirname(contentDir);
  const candidates = [parent, join(contentDir, "content")];
  const siblings = await readdir(parent, { withFileTypes: true }).catch(() => []);
  candidates.push(
    ...siblings
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(parent, entry.name))
      .sort(),
  );
  for (const candidate of candidates) {
    if (join(candidate) === join(contentDir)) continue;
    if ((await markdownFiles(join(candidate, PRACTICES)).catch(() => [])).length > 0) return candidate;
  }
  return undefined;
}

async function kindOf(path: string): Promise<"missing" | "file" | "folder"> {
  try {
    return (await stat(path)).isDirectory() ? "folder" : "file";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return "missing";
    throw unreadable(path, error);
  }
}

function unreadable(folder: string, error: unknown): ContentFolderError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "EACCES" || code === "EPERM"
      ? "behörighet saknas"
      : code === "ENOTDIR"
        ? "det är en fil, inte en mapp"
        : (code ?? String(error));
  return new ContentFolderError(`kunde inte läsa ${folder} (${why}).`, folder);
}

/**
 * The .md files of a folder and of its subfolders one level down (practices/ has a folder per
 * county), as paths relative to it, sorted; none when the folder does not exist
 * (municipalities/ and collections/ may be left out).
 */
async function markdownFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true });
    return entries
      .filter((entry) => entry.name.endsWith(".md") && entry.isFile())
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
      .filter((path) => path.split(sep).length <= 2)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw unreadable(folder, error);
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

/** A practice must sit in the folder of its place's county, so that county's reviewers see it. */
function misplaced(entry: Entry<Practice>, contentDir: string, cwd: string): Problem[] {
  const expected = dirname(practiceFilePath(entry.data.id, entry.data.municipalities));
  const actual = dirname(relative(resolve(contentDir), resolve(cwd, entry.file)))
    .split(sep)
    .join("/");
  if (actual === expected) return [];
  const folder = relative(cwd, resolve(contentDir, expected)) || expected;
  return [
    {
      file: entry.file,
      line: entry.lineOf(["municipalities"]),
      field: "municipalities",
      message: `filen ska ligga i mappen ${folder}/, länet där exemplets första plats ligger (varje län granskar sin mapp)`,
      severity: "error",
    },
  ];
}
