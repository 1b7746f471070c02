/** One thing wrong with a content file, located so a contributor can find it. */
export interface Problem {
  /** Path of the file, as given to the loader (relative to where `kb` runs). */
  file: string;
  /** 1-based line; 1 for a problem with the file as a whole. */
  line: number;
  /** The field, e.g. `contact.role`; `fil` for the file itself, `text` for the Markdown body. */
  field: string;
  message: string;
  /** Warnings are shown but do not fail validation. */
  severity: "error" | "warning";
}

export const FILE_FIELD = "fil";
export const BODY_FIELD = "text";

/** `FILE:LINE: FIELD: message`, the one line format every tool of ours prints. */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === "warning" ? "varning: " : "";
  return `${problem.file}:${problem.line}: ${problem.field}: ${prefix}${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
