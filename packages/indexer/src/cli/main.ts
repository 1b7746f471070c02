// `kb`: the command line of Kunskapsbanken. Each command lives in its own module.
import { Command, CommanderError } from "commander";
import { registerValidate } from "./validate.js";
import { registerBuild } from "./build.js";
import { registerSearch } from "./search.js";
import { registerNew } from "./new.js";
import { registerReview } from "./review.js";

const program = new Command()
  .name("kb")
  .description("Kunskapsbanken: kontrollera, indexera och sök bland goda exempel")
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) })
  .helpOption("-h, --help", "visa hjälp")
  .addHelpCommand("help [kommando]", "visa hjälp för ett kommando");

registerValidate(program);
registerBuild(program);
registerSearch(program);
registerNew(program);
registerReview(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    // A bug of ours, not the contributor's: say so plainly, keep the details for a developer.
    console.error(`kb: ett oväntat fel inträffade: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.KB_DEBUG) console.error(error);
    process.exitCode = 3;
  }
}
