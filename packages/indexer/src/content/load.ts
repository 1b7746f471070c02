// Reads a content directory, validates every file and checks the files against each other.
// All problems are collected before anything fails, so a contributor sees them all at once.
import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
export { checkFile } from "./check-file.js";
import {
  type Collection,
  validateCollection,
  validatePractice,
  validateProfile,
  type MunicipalityProfile,
  type Practice,
  type SiteTarget,
  type ValidationResult,
} from "@kunskapsbanken/content-schema";
import type { ParsedFile } from "./frontmatter.js";
import { sortProblems, type Problem } from "./problem.js";
import { crossCheck } from "./cross-checks.js";
import { checkFile } from "./check-file.js";

export interface Entry<T> {
  /** Path relative to the working directory, as shown in messages. */
  file: string;
  data: T;
  body: string;
  /** Finds the line of a frontmatter key, for checks that run after loading. */
  lineOf: ParsedFile["lineOf"];
  /** Links in the body to the site's own pages, with their lines in the file. */
  siteLinks: { line: number; target: SiteTarget }[];
}

export interface Content {
  practices: Entry<Practice>[];
  profiles: Entry<MunicipalityProfile>[];
  /** Practices gathered for a meeting: `content/collections/*.md`. */
  collections: Entry<Collection>[];
  problems: Problem[];
}

/** Folders inside the content directory, the kind of file each holds and the schema that checks it. */
export const contentFolders = {
  practices: { kind: "practice", validate: validatePractice },
  municipalities: { kind: "profile", validate: validateProfile },
  collections: { kind: "collection", validate: validateCollection },
} as const;

export type ContentKind = (typeof contentFolders)[keyof typeof contentFolders]["kind"];

/** The folder a path inside the content directory (`practices/x.md`) belongs to, if it is one of ours. */
export function contentFolderOf(pathInContent: string): (typeof contentFolders)[keyof typeof contentFolders] | undefined {
  const folder = pathInContent.split(/[\\/]/)[0] ?? "";
  return Object.hasOwn(contentFolders, folder) ? contentFolders[folder as keyof typeof contentFolders] : undefined;
}

export async function loadContent(contentDir: string, cwd = process.cwd()): Promise<Content> {
  const problems: Problem[] = [];
  const practices = await loadFolder(join(contentDir, "practices"), contentFolders.practices.validate, problems, cwd);
  const profiles = await loadFolder(join(contentDir, "municipalities"), contentFolders.municipalities.validate, problems, cwd);
  const gathered = await loadFolder(join(contentDir, "collections"), contentFolders.collections.validate, problems, cwd);
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

