// Loads and validates all content once per build; every part of the site reads from here.
import type { Content, Problem } from "@kunskapsbanken/indexer";
import { labelsFrom, type Labels } from "./labels";
import { packages, type Packages } from "./packages";
import { contentDir, repoRoot } from "./paths";

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
    const content = await pkgs.indexer.loadContent(contentDir, repoRoot);
    const message = problemsMessage(content.problems, pkgs.indexer.formatProblem);
    if (message) throw new ContentError(message);
    return { ...pkgs, content, labels: labelsFrom(pkgs.schema.vocabularies) };
  })();
  return loading;
}
