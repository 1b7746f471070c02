// Loads and validates all content once per build; every part of the site reads from here.
import type { Content, Problem } from "@kunskapsbanken/indexer";
import { labelsFrom, type Labels } from "./labels";
import { packages, type Packages } from "./packages";
import { contentDir, contentDirFromEnv, repoRoot } from "./paths";

/** Validated content plus what the site needs to present it. */
export interface Loaded extends Packages {
  content: Content;
  labels: Labels;
}

let loading: Promise<Loaded> | undefined;

/** Thrown when content has errors: the message is the `FILE:LINE: FIELD: message` lines. */
export class ContentError extends Error {
  override name = "ContentError";
}

export function problemsMessage(problems: readonly Problem[], format: (problem: Problem) => string): string | undefined {
  const errors = problems.filter((problem) => problem.severity === "error");
  return errors.length === 0 ? undefined : errors.map(format).join("\n");
}

/** All practices and profiles, validated and cross-checked; rejects with the problem lines. */
export function getContent(): Promise<Loaded> {
  loading ??= (async () => {
    const pkgs = await packages();
    const content = await pkgs.indexer.loadContent(contentDir, repoRoot).catch((error: unknown) => {
      // A missing or empty content folder fails the build like `kb validate` does, saying where it looked.
      if (!(error instanceof pkgs.indexer.ContentFolderError)) throw error;
      const source = contentDirFromEnv ? ` (från KB_CONTENT_DIR=${contentDirFromEnv})` : "";
      throw new ContentError(`Webbplatsen kan inte byggas: ${error.message}${source}`);
    });
    // Problem lines quote values from the files: escaped, so the build log shows them as written.
    const message = problemsMessage(content.problems, (problem) => pkgs.indexer.escapeForTerminal(pkgs.indexer.formatProblem(problem)));
    if (message) throw new ContentError(message);
    return { ...pkgs, content, labels: labelsFrom(pkgs.schema.vocabularies) };
  })();
  return loading;
}
