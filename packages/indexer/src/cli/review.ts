// `kb review`: which practices hold facts that are old and unconfirmed, whom to ask, and
// (with --checklists) one checklist per municipality for the county coordinator to send.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { checklistCsv, checklistMarkdown, checklistsOf } from "../content/checklist.js";
import { loadContent } from "../content/load.js";
import {
  ageFlag,
  DEFAULT_REVIEW_AGE,
  formatReviewAge,
  freshnessOf,
  isIsoDate,
  isoToday,
  parseReviewAge,
  reviewCutoff,
} from "@kunskapsbanken/domain";
import { ExitCode, UsageError } from "./errors.js";
import { escapeForTerminal } from "./terminal.js";

interface ReviewOptions {
  olderThan: string;
  today?: string;
  checklists?: string;
  siteUrl?: string;
}

/** What `kb review` prints of one practice due for confirmation. */
export interface DueEntry {
  file: string;
  data: { title: string; contact: { role: string; organisation: string } };
  freshness: { latest: string };
}

/** Two lines per practice: since when, and what; then the file and whom to ask. Values from the files are escaped. */
export function dueLines(entries: readonly DueEntry[]): string[] {
  return entries.flatMap(({ file, data, freshness }) => [
    `  ${escapeForTerminal(freshness.latest).padEnd(10)}  ${escapeForTerminal(data.title)}`,
    `              ${escapeForTerminal(`${file} – fråga: ${data.contact.role}, ${data.contact.organisation}`)}`,
  ]);
}

export function registerReview(program: Command): void {
  program
    .command("review")
    .description("lista exempel vars uppgifter är gamla och inte bekräftade på länge (fälten asOf och confirmed)")
    .argument("[mapp]", "innehållsmappen", "content")
    .option("--older-than <ålder>", "uppgifter eller bekräftelser äldre än så här, t.ex. 18m, 2y eller 90d", ageFlag(DEFAULT_REVIEW_AGE))
    .option("--today <datum>", "räkna som om det vore detta datum (ÅÅÅÅ-MM-DD)")
    .option("--checklists <mapp>", "skriv en checklista per kommun (Markdown och CSV) i mappen")
    .option("--site-url <adress>", "webbplatsens adress för länkarna i checklistorna (annars SITE_URL)")
    .action(async (dir: string, options: ReviewOptions) => {
      const age = parseReviewAge(options.olderThan);
      if (!age) throw new UsageError(`--older-than ska vara t.ex. 18m (månader), 2y (år) eller 90d (dagar), inte "${options.olderThan}".`);
      if (options.today !== undefined && !isIsoDate(options.today)) {
        throw new UsageError(`--today ska vara ett datum som ÅÅÅÅ-MM-DD, inte "${options.today}".`);
      }
      const siteUrl = options.siteUrl ?? process.env.SITE_URL;
      if (options.checklists !== undefined && !siteUrl?.startsWith("https://")) {
        throw new UsageError("checklistorna behöver webbplatsens adress: ange --site-url https://… eller sätt SITE_URL.");
      }
      const today = options.today ?? isoToday();
      const content = await loadContent(dir);
      const due = content.practices
        .map((entry) => ({ ...entry, freshness: freshnessOf(entry.data, today, age) }))
        .filter((p) => p.freshness.stale)
        .sort((a, b) => a.freshness.latest.localeCompare(b.freshness.latest) || a.data.id.localeCompare(b.data.id));
      const cutoff = reviewCutoff(today, age);
      const never = due.filter((p) => !p.freshness.confirmed);
      const old = due.filter((p) => p.freshness.confirmed);
      if (due.length === 0) {
        console.log(`Alla ${content.practices.length} exempel har bekräftats de senaste ${formatReviewAge(age)} (efter ${cutoff}).`);
      }
      const list = (heading: string, entries: typeof due) => {
        if (entries.length === 0) return;
        console.log(`${heading} (${entries.length}):`);
        for (const line of dueLines(entries)) console.log(line);
        console.log("");
      };
      list(`Aldrig bekräftade av organisationen, med uppgifter från före ${cutoff}`, never);
      list(`Bekräftade, men senast före ${cutoff}`, old);
      if (due.length > 0) {
        console.log(
          `${due.length} av ${content.practices.length} exempel behöver bekräftas: ${never.length} har aldrig bekräftats, ${old.length} bekräftades för mer än ${formatReviewAge(age)} sedan.`,
        );
        console.log("Be organisationen bekräfta eller rätta texten, och fyll sedan i confirmed: med date, role och organisation.");
      }
      if (options.checklists !== undefined && siteUrl) {
        const lists = checklistsOf(
          content.practices.map((entry) => entry.data),
          siteUrl,
          today,
          age,
        );
        try {
          await mkdir(options.checklists, { recursive: true });
          for (const checklist of lists) {
            await writeFile(join(options.checklists, `${checklist.place}.md`), checklistMarkdown(checklist, today));
            await writeFile(join(options.checklists, `${checklist.place}.csv`), checklistCsv(checklist));
          }
        } catch (error) {
          // A folder that cannot be written (a file, no permission) is the caller's to fix.
          const code = (error as NodeJS.ErrnoException).code;
          if (typeof code !== "string") throw error;
          throw new UsageError(`kunde inte skriva checklistorna i ${options.checklists} (${code}). Välj en mapp du kan skriva i.`);
        }
        console.log(`Skrev ${lists.length} checklistor (Markdown och CSV) i ${escapeForTerminal(options.checklists)}.`);
      }
      const errors = content.problems.filter((p) => p.severity === "error").length;
      if (errors > 0) {
        // The list may be missing practices whose files could not be read.
        console.error(`\nkb review: ${errors} fel i innehållet gör att listan kan vara ofullständig. Kör kb validate.`);
        process.exitCode = ExitCode.problems;
      }
    });
}
