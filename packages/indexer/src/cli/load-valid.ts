import { loadContent, type Content } from "../content/load.js";
import { ExitCode } from "./errors.js";
import { problemLine } from "./validate.js";

/** Loads content for commands that need it whole; stops with the problems (exit 1) if any file is wrong. */
export async function loadValidContent(dir: string, command: string): Promise<Content | undefined> {
  const content = await loadContent(dir);
  const errors = content.problems.filter((p) => p.severity === "error");
  if (errors.length === 0) return content;
  for (const problem of errors) console.error(problemLine(problem));
  console.error(`\nkb ${command}: ${errors.length} fel i innehållet. Rätta dem först (kör kb validate).`);
  process.exitCode = ExitCode.problems;
  return undefined;
}
