// `kb review`: which practices have not been reviewed for a while, and whom to ask.
import type { Command } from "commander";
import { loadContent } from "../content/load.js";
import { DEFAULT_REVIEW_AGE, formatReviewAge, isDueForReview, parseReviewAge, reviewCutoff } from "../content/review-due.js";

export function registerReview(program: Command): void {
  program
    .command("review")
    .description("lista exempel som inte har granskats på länge (fältet lastReviewed)")
    .argument("[mapp]", "innehållsmappen", "content")
    .option("--older-than <ålder>", "granskade för längre sedan än så här, t.ex. 18m, 2y eller 90d", `${DEFAULT_REVIEW_AGE.amount}m`)
    .option("--today <datum>", "räkna som om det vore detta datum (ÅÅÅÅ-MM-DD)")
    .action(async (dir: string, options: { olderThan: string; today?: string }) => {
      const age = parseReviewAge(options.olderThan);
      if (!age) {
        console.error(`kb review: --older-than ska vara t.ex. 18m (månader), 2y (år) eller 90d (dagar), inte "${options.olderThan}".`);
        process.exitCode = 2;
        return;
      }
      if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
        console.error(`kb review: --today ska vara ett datum som ÅÅÅÅ-MM-DD, inte "${options.today}".`);
        process.exitCode = 2;
        return;
      }
      const today = options.today ?? new Date();
      const content = await loadContent(dir);
      const due = content.practices
        .filter((p) => isDueForReview(p.data.lastReviewed, today, age))
        .sort((a, b) => a.data.lastReviewed.localeCompare(b.data.lastReviewed) || a.data.id.localeCompare(b.data.id));
      const cutoff = reviewCutoff(today, age);
      if (due.length === 0) {
        console.log(`Alla ${content.practices.length} exempel är granskade de senaste ${formatReviewAge(age)} (efter ${cutoff}).`);
      } else {
        for (const { file, data } of due) {
          console.log(`${data.lastReviewed}  ${data.title}`);
          console.log(`            ${file} – fråga: ${data.contact.role}, ${data.contact.organisation}`);
        }
        console.log(`\n${due.length} av ${content.practices.length} exempel granskades senast före ${cutoff} (mer än ${formatReviewAge(age)} sedan).`);
        console.log("Kontrollera uppgifterna med kontakten, uppdatera texten och sätt lastReviewed till dagens datum.");
      }
      const errors = content.problems.filter((p) => p.severity === "error").length;
      if (errors > 0) console.error(`(${errors} fel i innehållet gör att några filer inte kunde läsas; kör kb validate.)`);
    });
}
