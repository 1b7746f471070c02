// `kb codeowners`: prints .github/CODEOWNERS as the county list gives it, so adding a county
// (or renaming the review teams) is `npx kb codeowners > .github/CODEOWNERS`.
import type { Command } from "commander";
import { codeownersText } from "@kunskapsbanken/domain";

export function registerCodeowners(program: Command): void {
  program
    .command("codeowners")
    .description("skriv ut .github/CODEOWNERS: vilka som granskar varje läns exempel")
    .action(() => {
      process.stdout.write(codeownersText());
    });
}
