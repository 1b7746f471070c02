import { loadContent, type Content } from "../content/load.js";
import { formatProblem } from "../content/problem.js";

/** Loads content for commands that need it whole; stops with the problems if any file is wrong. */
export async function loadValidContent(dir: string, command: string): Promise<Content | undefined> {
  const content = await loadContent(dir);
  const errors = content.problems.filter((p) => p.severity === "error");
  if (errors.length === 0) return content;
  for (const problem of errors) console.error(formatProblem(problem));
  console.error(`\nkb ${command}: ${errors.length} fel i innehållet. Rätta dem först (kör kb validate).`);
  process.exitCode = 1;
  return undefined;
}
