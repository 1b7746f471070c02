import type { Command } from "commander";
import { loadContent } from "../content/load.js";
import { formatProblem, type Problem } from "../content/problem.js";
import { ExitCode, UsageError } from "./errors.js";
import { escapeForTerminal } from "./terminal.js";

type OutputFormat = "text" | "github";

/**
 * GitHub's workflow command, shown as an annotation on the line of the file in a pull request.
 * Always exactly one line: control characters are shown escaped and `%`, CR and LF are
 * encoded as GitHub reads them, so no value from a content file can end the annotation
 * and start a workflow command of its own.
 */
export function githubAnnotation(problem: Problem): string {
  const encode = (text: string) => escapeForTerminal(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (text: string) => encode(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const level = problem.severity === "warning" ? "warning" : "error";
  return `::${level} file=${property(problem.file)},line=${problem.line},title=${property(problem.field)}::${encode(problem.message)}`;
}

/** `FILE:LINE: FIELD: message` with whatever the message quotes from the file made visible. */
export const problemLine = (problem: Problem) => escapeForTerminal(formatProblem(problem));

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("kontrollera alla filer i innehållsmappen")
    .argument("[mapp]", "innehållsmappen", "content")
    .option("--format <format>", "text, eller github för kommentarer i en pull request", "text")
    .action(async (dir: string, options: { format: string }) => {
      const format = options.format as OutputFormat;
      if (format !== "text" && format !== "github") throw new UsageError(`okänt format "${options.format}". Välj text eller github.`);
      const content = await loadContent(dir);
      for (const problem of content.problems) console.log(format === "github" ? githubAnnotation(problem) : problemLine(problem));
      const errors = content.problems.filter((p) => p.severity === "error").length;
      const files = content.practices.length + content.profiles.length + content.collections.length;
      if (errors > 0) {
        console.error(`\n${errors} fel att rätta. Varje rad visar fil:rad: fält: vad som är fel.`);
        process.exitCode = ExitCode.problems;
      } else if (format === "text") {
        console.log(
          allGoodLine(
            { practices: content.practices.length, profiles: content.profiles.length, collections: content.collections.length, files },
            escapeForTerminal(dir),
          ),
        );
      }
    });
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Allt ser bra ut: 64 exempel, 10 profiler och 1 samling (75 filer) i content." with singulars where one. */
export function allGoodLine(count: { practices: number; profiles: number; collections: number; files: number }, dir: string): string {
  return `Allt ser bra ut: ${count.practices} exempel, ${counted(count.profiles, "profil", "profiler")} och ${counted(count.collections, "samling", "samlingar")} (${counted(count.files, "fil", "filer")}) i ${dir}.`;
}
