// `kb`: the command line of Kunskapsbanken. Each command lives in its own module; this one
// parses, and turns every way a command can end into one of the exit codes in errors.ts.
import { Command, CommanderError, type Help } from "commander";
import { ContentFolderError } from "../content/load.js";
import { ExitCode, exitCodeHelp, UsageError } from "./errors.js";
import { escapeForTerminal } from "./terminal.js";
import { registerValidate } from "./validate.js";
import { registerBuild } from "./build.js";
import { registerSearch } from "./search.js";
import { registerNew } from "./new.js";
import { registerReview } from "./review.js";
import { registerCodeowners } from "./codeowners.js";

/** Commander writes its help in English; the headings and the notes on defaults are put in Swedish. */
const swedishTitles: Record<string, string> = {
  "Usage:": "Användning:",
  "Options:": "Flaggor:",
  "Commands:": "Kommandon:",
  "Arguments:": "Argument:",
  "Global Options:": "Gemensamma flaggor:",
};
const swedishNotes = (text: string) =>
  text
    .replace(/\(default: /g, "(standard: ")
    .replace(/, default: /g, ", standard: ")
    .replace(/choices: /g, "val: ");
const swedishUsage = (text: string) => text.replace(/\[options\]/g, "[flaggor]").replace(/\[command\]/g, "[kommando]");

const program = new Command()
  .name("kb")
  .description("Kunskapsbanken: kontrollera, indexera och sök bland goda exempel")
  .exitOverride()
  // Commander's own error messages are English; they are printed in Swedish below instead.
  .configureOutput({ outputError: () => {} })
  .configureHelp({
    styleTitle: (title: string) => swedishTitles[title] ?? title,
    optionDescription(this: Help, option) {
      return swedishNotes(Object.getPrototypeOf(this).optionDescription.call(this, option) as string);
    },
    argumentDescription(this: Help, argument) {
      return swedishNotes(Object.getPrototypeOf(this).argumentDescription.call(this, argument) as string);
    },
    commandUsage(this: Help, command) {
      return swedishUsage(Object.getPrototypeOf(this).commandUsage.call(this, command) as string);
    },
    subcommandTerm(this: Help, command) {
      return swedishUsage(Object.getPrototypeOf(this).subcommandTerm.call(this, command) as string);
    },
  })
  .helpOption("-h, --help", "visa hjälp")
  .helpCommand("help [kommando]", "visa hjälp för ett kommando")
  .addHelpText("afterAll", `\nSlutkoder:\n${exitCodeHelp}\n`);

registerValidate(program);
registerBuild(program);
registerSearch(program);
registerNew(program);
registerReview(program);
registerCodeowners(program);

/** The command being run, for messages: `kb search: …`. */
let commandName = program.commands.find((command) => command.name() === process.argv[2])?.name();
program.hook("preAction", (_program, action) => {
  commandName = action.name();
});

/** Commander's usage errors, said in Swedish; the quoted names (flags, commands) are kept. */
function swedishUsageMessage(error: CommanderError): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  const didYouMean = /\(Did you mean (.+)\?\)/.exec(error.message)?.[1];
  const hint = didYouMean ? ` Menade du ${didYouMean}?` : "";
  const help = commandName ? `kb ${commandName} --help` : "kb --help";
  switch (error.code) {
    case "commander.unknownOption":
      return `okänd flagga ${quoted[0]}.${hint} Se ${help}.`;
    case "commander.unknownCommand":
      return `okänt kommando ${quoted[0]}.${hint} Se kb --help.`;
    case "commander.missingArgument":
      return `argumentet ${quoted[0]} saknas. Se ${help}.`;
    case "commander.optionMissingArgument":
      return `flaggan ${quoted[0]} behöver ett värde. Se ${help}.`;
    case "commander.missingMandatoryOptionValue":
      return `flaggan ${quoted[0]} måste anges. Se ${help}.`;
    case "commander.excessArguments": {
      const expected = /Expected (\d+)/.exec(error.message)?.[1] ?? "färre";
      return `för många argument (högst ${expected}). Sätt citattecken runt en fråga med flera ord. Se ${help}.`;
    }
    case "commander.help":
      return ""; // `kb` alone: the help has been shown.
    default:
      return `${error.message.replace(/^error: /, "")} Se ${help}.`;
  }
}

function report(message: string): void {
  if (message) console.error(`${commandName ? `kb ${commandName}` : "kb"}: ${escapeForTerminal(message)}`);
}

// `kb search bostad | head` closes the pipe before kb is done writing: stop quietly, not with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? ExitCode.ok);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) {
      process.exitCode = ExitCode.ok;
    } else {
      report(swedishUsageMessage(error));
      process.exitCode = ExitCode.usage;
    }
  } else if (error instanceof UsageError || error instanceof ContentFolderError) {
    if (error instanceof UsageError) for (const line of error.details) report(line);
    report(error.message);
    process.exitCode = ExitCode.usage;
  } else if (error instanceof Error && error.name === "ExitPromptError") {
    // Ctrl+C in one of kb new's questions.
    report("avbrutet. Ingen fil skapades.");
    process.exitCode = ExitCode.usage;
  } else {
    // A bug of ours, not the contributor's: say so plainly, keep the details for a developer.
    report(`ett oväntat fel inträffade – ett fel i kb, inte i innehållet: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.KB_DEBUG) console.error(error);
    else console.error("Kör igen med KB_DEBUG=1 för detaljer, och rapportera felet.");
    process.exitCode = ExitCode.bug;
  }
}
